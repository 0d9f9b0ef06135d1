import type { EventObject } from 'xstate';
import type { AssistEvent } from '../../workflows/assist/machine.js';
import {
  sampleAdultPatient,
  sampleChildPatient,
  sampleInternetExplorerUserAgent,
  sampleManager,
  sampleStaffUserAgent,
} from '../../workflows/assist/samples.js';
import type { WorkflowId } from '../../workflows/definitions.js';
import type { FamilyAccessEvent } from '../../workflows/family-access/machine.js';
import type { PhoneVerificationEvent } from '../../workflows/phone-verification/states.js';
import type { ProfileSwitchEvent } from '../../workflows/profile-switch/machine.js';
import type { RegistrationEvent } from '../../workflows/registration/machine.js';
import { getWorkflow } from '../../workflows/registry.js';
import type { RelationshipEvent } from '../../workflows/relationship/states.js';
import type { SecureMessageEvent } from '../../workflows/secure-message/machine.js';
import type { SecuritySetupEvent } from '../../workflows/security-setup/states.js';

/**
 * A US number different from the sample phone of record (so verification of the record is needed).
 *
 * @example
 * ```ts
 * phoneNumbersMatch(sampleOtherMobile, sampleAdultPatient.phoneOfRecord);
 * //=> false
 * ```
 */
export const sampleOtherMobile = '(201) 555-0188';
/**
 * A UK landline: libphonenumber can tell it is fixed-line, so "Text me" leads to "Call me".
 *
 * @example
 * ```ts
 * checkPhoneNumber(sampleLandline).type;
 * //=> 'fixed-line'
 * ```
 */
export const sampleLandline = '+44 20 7946 0958';

const securityEvents: SecuritySetupEvent[] = [
  { type: 'CHOOSE_TEXT' },
  { type: 'CHOOSE_CALL' },
  { type: 'CHOOSE_QUESTION' },
  { type: 'SEND_CODE', phone: sampleAdultPatient.phoneOfRecord },
  { type: 'SEND_CODE', phone: sampleOtherMobile },
  { type: 'SEND_CODE', phone: sampleLandline },
  { type: 'SEND_CODE', phone: '12345' },
  { type: 'CALL', phone: sampleAdultPatient.phoneOfRecord },
  { type: 'CALL', phone: '12345' },
  { type: 'VERIFY', accepted: true },
  { type: 'VERIFY', accepted: false },
  { type: 'TRY_AGAIN' },
  { type: 'RESEND_CODE' },
  { type: 'SWITCH_TO_CALL' },
  { type: 'CHANGE_NUMBER' },
  { type: 'BACK' },
  { type: 'SAVE_ANSWER', answer: 'Maple Street' },
  { type: 'SAVE_ANSWER', answer: '   ' },
];

const verificationEvents: PhoneVerificationEvent[] = [
  { type: 'CHOOSE_TEXT' },
  { type: 'CHOOSE_CALL' },
  { type: 'VERIFY', accepted: true },
  { type: 'VERIFY', accepted: false },
  { type: 'TRY_AGAIN' },
  { type: 'RESEND_CODE' },
  { type: 'SWITCH_TO_CALL' },
  { type: 'PHONE_OUT_OF_DATE' },
  { type: 'PHONE_OF_RECORD_UPDATED', phone: sampleOtherMobile },
  { type: 'PHONE_OF_RECORD_UPDATED', phone: '12345' },
];

const relationshipEvents: RelationshipEvent[] = [
  { type: 'I_AM_PATIENT' },
  { type: 'I_MANAGE_ACCOUNT' },
  { type: 'SUBMIT_MANAGER_DETAILS', ...sampleManager },
  {
    type: 'SUBMIT_MANAGER_DETAILS',
    name: 'Sam Rivera',
    email: 'sam.rivera@example.com',
    birthDate: '2015-01-20',
  },
  { type: 'SUBMIT_MANAGER_DETAILS', name: 'Sam Rivera', email: 'not-an-email', birthDate: '1990-01-20' },
  { type: 'CONTINUE' },
  { type: 'BACK' },
];

/**
 * A message body of 1001 characters: one over the limit.
 *
 * @example
 * ```ts
 * validateMessage({ body: sampleOverlongBody, attachments: [], startedFrom: 'home-page' }).reason;
 * //=> 'message-too-long'
 * ```
 */
export const sampleOverlongBody = 'a'.repeat(1001);
/**
 * A message that includes a test card number (Luhn-valid).
 *
 * @example
 * ```ts
 * findCardNumbers(sampleBodyWithCardNumber).map((match) => match.lastFour);
 * //=> ['1111']
 * ```
 */
export const sampleBodyWithCardNumber = 'Please charge my card 4111 1111 1111 1111 for the copay.';

const messageEvents: SecureMessageEvent[] = [
  { type: 'SHOW_FORM' },
  { type: 'SELECT_PROVIDER', providerId: 'prov-lee' },
  { type: 'SELECT_PROVIDER', providerId: 'office-staff' },
  { type: 'SELECT_PROVIDER', providerId: 'prov-unknown' },
  { type: 'SELECT_LOCATION', departmentId: 'dept-north' },
  { type: 'SELECT_LOCATION', departmentId: 'dept-unknown' },
  { type: 'SELECT_SUBJECT', subject: 'Medical question' },
  { type: 'ENTER_MESSAGE', body: 'My rash is worse since Monday; photos attached.' },
  { type: 'ENTER_MESSAGE', body: sampleBodyWithCardNumber },
  { type: 'ENTER_MESSAGE', body: sampleOverlongBody },
  { type: 'ENTER_MESSAGE', body: '' },
  { type: 'ATTACH_FILE', name: 'rash-photo.jpg' },
  { type: 'REMOVE_ATTACHMENT', index: 0 },
  { type: 'SEND' },
  { type: 'CONTINUE_WITHOUT_ATTACHMENTS' },
  { type: 'START_FROM_HOME_PAGE' },
  { type: 'DISMISS' },
];

const profileEvents: ProfileSwitchEvent[] = [
  { type: 'OPEN_MENU' },
  { type: 'CLOSE_MENU' },
  { type: 'CHOOSE_MY_PROFILE' },
  { type: 'SWITCH_TO', profileId: 'pat-1002' },
  { type: 'SWITCH_TO', profileId: 'pat-9999' },
];

// The session's own events, and the done event a finished task sends it (id `task`), so graph
// traversal can finish a task without running the child actor.
const assistEvents: (AssistEvent | { type: 'xstate.done.actor.task'; output: unknown })[] = [
  { type: 'REPORT_PATIENT_BROWSER', userAgent: sampleStaffUserAgent },
  { type: 'REPORT_PATIENT_BROWSER', userAgent: sampleInternetExplorerUserAgent },
  { type: 'CONTINUE' },
  { type: 'CHOOSE_TASK', task: 'registration', channel: 'lab-result' },
  // Who registers: an adult family member (a child's registration runs) and one under 13 (refused
  // before any step).
  {
    type: 'CHOOSE_TASK',
    task: 'registration',
    user: { role: 'family-member', displayName: sampleManager.name, birthDate: sampleManager.birthDate },
  },
  {
    type: 'CHOOSE_TASK',
    task: 'registration',
    user: { role: 'family-member', displayName: 'Leo Rivera', birthDate: '2015-01-20' },
  },
  { type: 'CHOOSE_TASK', task: 'security-setup' },
  { type: 'CHOOSE_TASK', task: 'phone-verification' },
  { type: 'CHOOSE_TASK', task: 'relationship' },
  { type: 'CHOOSE_TASK', task: 'family-access' },
  { type: 'CHOOSE_TASK', task: 'secure-message', startedFrom: 'home-page' },
  { type: 'CHOOSE_TASK', task: 'profile-switch' },
  { type: 'xstate.done.actor.task', output: { status: 'registered' } },
  { type: 'xstate.done.actor.task', output: { status: 'blocked', reason: 'under-minimum-age' } },
  { type: 'CHOOSE_SYMPTOM', symptom: 'forgot-password' },
  { type: 'CHOOSE_SYMPTOM', symptom: 'cannot-see-family-record' },
  { type: 'ANSWER', question: 'name-under-switch-to-view', value: true },
  { type: 'START_FIX' },
  { type: 'SWITCH_TASK' },
  { type: 'CHOOSE_ANOTHER_TASK' },
  { type: 'END_SESSION' },
];

const registrationEvents: RegistrationEvent[] = [
  { type: 'OPEN_LINK' },
  { type: 'REGISTERED_IN_OFFICE' },
  { type: 'CREATE_ACCOUNT', emailConfirmed: true, passwordEnteredTwice: true, termsAccepted: true },
  { type: 'CREATE_ACCOUNT', emailConfirmed: true, passwordEnteredTwice: true, termsAccepted: false },
];

const familyAccessEvents: FamilyAccessEvent[] = [
  { type: 'ACCESS_SET_UP', caregiverBirthDate: sampleManager.birthDate },
  { type: 'ACCESS_SET_UP', caregiverBirthDate: '2015-01-20' },
  { type: 'ACCESS_SET_UP', caregiverBirthDate: '2031-01-20' },
  // The child's Portal Accounts phone, the caregiver's phone of record: no verification follows.
  { type: 'SEND_CODE', phone: sampleChildPatient.portalAccountsPhone },
  ...registrationEvents.filter((event) => event.type !== 'REGISTERED_IN_OFFICE'),
  ...securityEvents,
  ...verificationEvents,
  { type: 'CONTINUE' },
];

const sampleEvents: Record<WorkflowId, readonly EventObject[]> = {
  registration: [...registrationEvents, ...securityEvents, ...verificationEvents, ...relationshipEvents],
  'security-setup': securityEvents,
  'phone-verification': verificationEvents,
  relationship: relationshipEvents,
  'family-access': familyAccessEvents,
  'secure-message': messageEvents,
  'profile-switch': profileEvents,
  assist: assistEvents,
};

/**
 * The sample events of a workflow: together with the variants of `sampleInputs`, they reach every
 * branch of the machine (a landline, a wrong code, an under-13 manager, a card number, an 11th
 * attachment...). Use them to drive your own UI adapter, or pass them to xstate's graph utilities.
 *
 * @example
 * ```ts
 * eventsFor('profile-switch').map((event) => event.type);
 * //=> ['OPEN_MENU', 'CLOSE_MENU', 'CHOOSE_MY_PROFILE', 'SWITCH_TO', 'SWITCH_TO']
 * ```
 */
export function eventsFor(workflowId: WorkflowId): readonly EventObject[] {
  return sampleEvents[getWorkflow(workflowId).id].map((event) => ({ ...event }));
}
