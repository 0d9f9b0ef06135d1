import type { BrowserSupportInput } from '../rules/browser-support.js';
import type { MessageDraft, MessageIssueCode } from '../rules/message.js';
import type { MessagePolicy } from '../rules/message-policy.js';
import type { CountryCode } from '../rules/phone.js';
import type { SymptomId } from '../rules/triage/catalog.js';
import type { Evaluation } from '../rules/triage/evaluate.js';
import type { TriageFacts } from '../rules/triage/facts.js';
import type { AssistSessionInput } from './assist/input.js';
import type { BrowserVerdict } from './assist/pre-checks.js';

/**
 * A typed phone number as a workflow needs it: usable or not, a landline or not (a landline
 * cannot take a text), and its E.164 form when usable.
 *
 * @example
 * ```ts
 * const phone: TypedPhoneCheck = { valid: true, landline: false, e164: '+12015550123' };
 * ```
 */
export interface TypedPhoneCheck {
  readonly valid: boolean;
  readonly landline: boolean;
  /** The number in E.164 form (`+12015550123`) when valid, else `null`. */
  readonly e164: string | null;
}

/**
 * The message rule's verdict on a draft, as the message form needs it: can it be sent, and why not.
 *
 * @example
 * ```ts
 * const verdict: MessageCheck = { ok: false, issues: ['empty-message'] };
 * ```
 */
export interface MessageCheck {
  readonly ok: boolean;
  readonly issues: readonly MessageIssueCode[];
}

/**
 * The rule-dependent decisions of the workflow machines, injected into each machine factory
 * (`createRegistrationMachine(checks)`...), so a machine module never imports the heavy rules
 * (libphonenumber-js, the user-agent classifier, `diagnose`). Live machines get `liveChecks`, which
 * run the rules; a guide walk gets checks stating its scenario's facts (docs/decisions.md,
 * "Workflow checks").
 *
 * @example
 * ```ts
 * // Each definition builds its machine from checks; the registry's `machine` is the live one.
 * const { createMachine, machine } = getWorkflow('security-setup');
 * [typeof createMachine, machine.id];
 * //=> ['function', 'securitySetup']
 * ```
 */
export interface WorkflowChecks {
  /** The phone rule on a number typed in a step, read in `region` when it has no country code. */
  readonly typedPhone: (phone: string, region: CountryCode) => TypedPhoneCheck;
  /** The phone of record in E.164, or `null` when it is not a valid number. */
  readonly phoneOfRecord: (raw: string, region: CountryCode) => string | null;
  /** The browser rule on a patient's user agent. */
  readonly patientBrowser: (userAgent: string) => BrowserVerdict;
  /** The staff browser rule on a staff member's user agent (and client hints, when sent). */
  readonly staffBrowser: (input: BrowserSupportInput) => BrowserVerdict;
  /** The message rule on a draft, under the practice's policy. */
  readonly message: (draft: MessageDraft, policy: MessagePolicy) => MessageCheck;
  /**
   * The assist session's triage: what `diagnose` finds for a symptom on the facts recorded so far,
   * in the session's practice (its clock, time zone, minimum age and triage policy), as codes: the
   * causes, or the questions still to ask. Throws when `diagnose` would refuse the facts. Live
   * machines run `diagnose`'s own evaluation with the rules; a guide walk states what it finds for
   * the walk's own answers.
   */
  readonly triageCauses: (symptom: SymptomId, facts: TriageFacts, session: AssistSessionInput) => Evaluation;
}
