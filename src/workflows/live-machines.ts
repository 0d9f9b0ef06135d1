// The public live machines: each workflow's machine built with the real rules (`liveChecks`). The
// factories memoise per checks object, so these are the very machines of the registry and of the
// assist session's tasks. A guide walk never imports this module (docs/decisions.md, "Workflow checks").
import { type AssistMachine, createAssistMachine } from './assist/machine.js';
import { createFamilyAccessMachine, type FamilyAccessMachine } from './family-access/machine.js';
import { liveChecks } from './live-checks.js';
import { ignoreForgedInternalEvents } from './live-internal-events.js';
import {
  createPhoneVerificationMachine,
  type PhoneVerificationMachine,
} from './phone-verification/machine.js';
import { createRegistrationMachine, type RegistrationMachine } from './registration/machine.js';
import { createSecureMessageMachine, type SecureMessageMachine } from './secure-message/machine.js';
import { createSecuritySetupMachine, type SecuritySetupMachine } from './security-setup/machine.js';

/**
 * The one-time security setup: "Text me" (recommended), "Call me" or "Security Question".
 *
 * A landline entered for "Text me" leads to the advice to use "Call me". The code itself never
 * enters the machine: `VERIFY` carries only whether the portal accepted it.
 *
 * @example
 * ```ts
 * const actor = createActor(securitySetupMachine, { input: {} }).start();
 * actor.send({ type: 'CHOOSE_TEXT' });
 * actor.send({ type: 'SEND_CODE', phone: '+1 201 555 0123' });
 * actor.send({ type: 'VERIFY', accepted: true });
 * actor.getSnapshot().output;
 * //=> { method: 'text', recoveryPhone: '+12015550123' }
 * ```
 */
export const securitySetupMachine: SecuritySetupMachine = createSecuritySetupMachine(liveChecks);

/**
 * Verifying access to the phone of record: "Text" or "Call", then the code and "Verify". Without a
 * usable phone of record the workflow stops: staff must update the phone of record first. When the
 * code never comes, a new one can be asked for or a text switched to a call; when the patient no
 * longer has that phone (`PHONE_OUT_OF_DATE`), staff update it (`PHONE_OF_RECORD_UPDATED`) and
 * verification starts again with the new number.
 *
 * @example
 * ```ts
 * const actor = createActor(phoneVerificationMachine, { input: { phoneOfRecord: '(201) 555-0123' } }).start();
 * actor.send({ type: 'CHOOSE_TEXT' });
 * actor.send({ type: 'VERIFY', accepted: true });
 * actor.getSnapshot().output;
 * //=> { status: 'verified', method: 'text' }
 * ```
 */
export const phoneVerificationMachine: PhoneVerificationMachine = createPhoneVerificationMachine(liveChecks);

/**
 * Creating a Patient Portal account from an email invitation or notification, online check-in or
 * an office visit: the link in the email, "Create your new password", security setup, verification
 * of the phone of record when required, "Choose your patient relationship" when the portal asks,
 * the confirmation page and the home page.
 *
 * The age rule guards whoever will hold the account. An under-age account holder ends in
 * `blockedUnderAge`, whose output says when they become eligible and recommends a family access
 * account; a missing phone of record, when it must be verified, ends in `blockedNoPhoneOfRecord`.
 *
 * @example
 * ```ts
 * const actor = createActor(registrationMachine, {
 *   input: {
 *     channel: 'invitation',
 *     patient: { displayName: 'Jordan', birthDate: '1990-04-12', phoneOfRecord: '(201) 555-0123' },
 *     practice: { timeZone: 'America/New_York' },
 *     now: new Date('2025-06-01T15:00:00Z'),
 *   },
 * }).start();
 * actor.getSnapshot().value;
 * //=> 'openingInvitation'
 * ```
 */
export const registrationMachine: RegistrationMachine = createRegistrationMachine(liveChecks);

/**
 * Family access for a patient's parent or other caregiver: staff set up access (the caregiver
 * must be at least the minimum age, 13 or more), then the caregiver opens the invitation email and
 * creates an account as someone who manages the patient's account. Their phone of record is the
 * patient's entry on the Portal Accounts page. This is what an under-13 block recommends.
 *
 * @example
 * ```ts
 * const actor = createActor(familyAccessMachine, {
 *   input: {
 *     patient: { displayName: 'Mia', birthDate: '2017-03-02', portalAccountsPhone: '(201) 555-0123' },
 *     practice: { timeZone: 'America/New_York' },
 *     now: new Date('2025-06-01T15:00:00Z'),
 *   },
 * }).start();
 * actor.send({ type: 'ACCESS_SET_UP', caregiverBirthDate: '1988-01-09' });
 * actor.getSnapshot().value;
 * //=> 'openingInvitation'
 * ```
 */
export const familyAccessMachine: FamilyAccessMachine = createFamilyAccessMachine(liveChecks);

/**
 * The staff assist session: pre-checks (the staff member's and the patient's browsers, age
 * eligibility, Prospective status, scheduling, the portal URL), then the task the patient needs,
 * run as a child actor with id `task`. Staff can switch task; the session ends with a summary
 * that carries reason codes and ids only.
 *
 * Workflow events sent to the session while a task runs are forwarded to the task.
 *
 * @example
 * ```ts
 * const actor = createWorkflowActor(assistMachine, {
 *   ...sampleInputs.assist['patient-browser-unknown'],
 *   patient: { ...sampleAdultPatient, userAgent: sampleStaffUserAgent },
 * }).start();
 * actor.send({ type: 'CONTINUE' });
 * actor.send({ type: 'CHOOSE_TASK', task: 'secure-message', startedFrom: 'home-page' });
 * actor.getSnapshot().value;
 * //=> { runningTask: 'secureMessage' }
 * ```
 */
export const assistMachine: AssistMachine = ignoreForgedInternalEvents(createAssistMachine(liveChecks));

/**
 * Sending a secure message: from the home page (attachments allowed, one at a time, at most 10) or
 * the Messages page (no attachments); Provider, Office location, Subject, Message, then
 * "Send message", which routes it to the provider's Clinical Inbox. Sending is guarded by
 * `validateMessage`: an empty or over-long message, or one holding a card number, cannot be sent,
 * and `sendBlocked` says why in `context.sendIssues`.
 *
 * @example
 * ```ts
 * const actor = createActor(secureMessageMachine, {
 *   input: { startedFrom: 'home-page', providerBasedRouting: true, providers: [{ id: 'p1', name: 'Dr. Lee', departments: [{ id: 'd1', name: 'Main St' }] }] },
 * }).start();
 * for (const event of [{ type: 'SHOW_FORM' }, { type: 'SELECT_PROVIDER', providerId: 'p1' }, { type: 'SELECT_LOCATION', departmentId: 'd1' },
 *   { type: 'SELECT_SUBJECT', subject: 'Medical question' }, { type: 'ENTER_MESSAGE', body: 'Is my refill ready?' }, { type: 'SEND' }] as const) actor.send(event);
 * actor.getSnapshot().output?.department;
 * //=> { id: 'd1', name: 'Main St' }
 * ```
 */
export const secureMessageMachine: SecureMessageMachine = createSecureMessageMachine(liveChecks);
