import type { GuideStepKey } from '../../workflows/shared/guide-keys.js';

/**
 * Every symptom the triage knows: what the patient (or a staff member) says is wrong, in catalog
 * order.
 *
 * @example
 * ```ts
 * const symptom: SymptomId = 'code-not-received';
 * ```
 */
export type SymptomId =
  | 'no-invitation-email'
  | 'link-not-working'
  | 'code-not-received'
  | 'security-answer-refused'
  | 'forgot-password'
  | 'already-has-account'
  | 'cannot-attach-file'
  | 'provider-not-listed'
  | 'office-staff-missing'
  | 'message-will-not-send'
  | 'browser-warning'
  | 'child-under-13'
  | 'manage-family-account'
  | 'cannot-see-family-record'
  | 'staff-login-as-patient';

/**
 * A cause whose fix is a step of one of the library's workflows (the step the patient or staff
 * member goes back to).
 *
 * @example
 * ```ts
 * const cause: WorkflowCauseCode = 'landline-cannot-text';
 * ```
 */
export type WorkflowCauseCode =
  | 'under-minimum-age'
  | 'old-enough'
  | 'browser-not-supported'
  | 'landline-cannot-text'
  | 'phone-number-invalid'
  | 'phone-not-personal'
  | 'phone-of-record-out-of-date'
  | 'new-code-needed'
  | 'new-verification-code-needed'
  | 'answer-typed-differently'
  | 'attachments-need-home-page'
  | 'too-many-attachments'
  | 'one-file-at-a-time'
  | 'provider-not-seen'
  | 'provider-based-routing-on'
  | 'message-too-long'
  | 'card-number-in-message'
  | 'empty-message'
  | 'register-as-manager'
  | 'manager-under-age'
  | 'use-switch-to-view'
  | 'staff-browser-not-supported';

/**
 * A cause where the reference gives no fact to build on (an email that never came, an expired
 * link, a forgotten password): its fix is general helpdesk advice that belongs to the practice,
 * which it may replace with its own words ({@link defineTriagePolicy}).
 *
 * @example
 * ```ts
 * const cause: PracticeCauseCode = 'password-forgotten';
 * ```
 */
export type PracticeCauseCode =
  | 'email-address-wrong'
  | 'email-filtered'
  | 'invitation-not-received'
  | 'link-expired'
  | 'account-already-created'
  | 'answer-forgotten'
  | 'password-forgotten'
  | 'account-exists'
  | 'provider-list-other'
  | 'office-staff-expected'
  | 'message-other-problem'
  | 'browser-warning-other'
  | 'family-access-not-set-up'
  | 'staff-login-other';

/**
 * A possible cause of a symptom, as a stable reason code.
 *
 * @example
 * ```ts
 * const cause: TriageCauseCode = 'message-too-long';
 * ```
 */
export type TriageCauseCode = WorkflowCauseCode | PracticeCauseCode;

/**
 * What staff ask to tell the causes apart; each question fills one or more facts.
 *
 * @example
 * ```ts
 * const question: TriageQuestionId = 'browser';
 * ```
 */
export type TriageQuestionId =
  | 'browser'
  | 'staff-browser'
  | 'birth-date'
  | 'manager-birth-date'
  | 'email-on-file'
  | 'checked-junk'
  | 'link-used-before'
  | 'code-step'
  | 'code-method'
  | 'phone'
  | 'phone-of-record-current'
  | 'saved-answer'
  | 'answer-special-characters'
  | 'started-from'
  | 'attachments'
  | 'message-text'
  | 'provider-seen'
  | 'seen-providers'
  | 'provider-based-routing'
  | 'has-account'
  | 'name-under-switch-to-view';

/**
 * The rule checks a symptom may run on the facts.
 *
 * @example
 * ```ts
 * const check: TriageCheck = 'phone';
 * ```
 */
export type TriageCheck =
  | 'browser'
  | 'staff-browser'
  | 'eligibility'
  | 'phone'
  | 'message'
  | 'answers'
  | 'recipients';

/**
 * The fix of a cause: a step of a workflow (its id, the state id, and the guide step that says
 * what to do there), or general advice that is the practice's own.
 *
 * @example
 * ```ts
 * const fix: TriageFix = { kind: 'workflow', workflow: 'security-setup', state: 'landlineAdvice', step: 'security.landlineAdvice' };
 * ```
 */
export type TriageFix =
  | {
      readonly kind: 'workflow';
      /** A workflow id of the registry (`portal-helpdesk/workflows`). */
      readonly workflow: string;
      /** The state id in that workflow's machine, dotted for a nested state. */
      readonly state: string;
      /** The guide step of that state, whose words say what to do. */
      readonly step: GuideStepKey;
    }
  | { readonly kind: 'practice' };

/**
 * One symptom of the catalog: its questions, the checks it runs and its possible causes, most
 * specific first.
 *
 * @example
 * ```ts
 * const entry: SymptomEntry = triageCatalog['forgot-password'];
 * ```
 */
export interface SymptomEntry {
  readonly id: SymptomId;
  readonly questions: readonly TriageQuestionId[];
  readonly checks: readonly TriageCheck[];
  readonly causes: readonly TriageCauseCode[];
}

const step = (workflow: string, state: string, key: GuideStepKey): TriageFix => ({
  kind: 'workflow',
  workflow,
  state,
  step: key,
});
const practice: TriageFix = { kind: 'practice' };

/**
 * The fix of every cause. Workflow fixes name states of the library's own machines (a test walks
 * each one, so a renamed state fails it); practice fixes are advice the practice owns.
 *
 * @example
 * ```ts
 * causeFixes['landline-cannot-text'];
 * //=> { kind: 'workflow', workflow: 'security-setup', state: 'landlineAdvice', step: 'security.landlineAdvice' }
 * ```
 */
export const causeFixes: { readonly [Code in TriageCauseCode]: TriageFix } = {
  'under-minimum-age': step('family-access', 'settingUpAccess', 'familyAccess.setUpAccess'),
  'old-enough': step('registration', 'openingInvitation', 'registration.openInvitation'),
  'browser-not-supported': step('assist', 'browserMustChange', 'assist.browserMustChange'),
  'landline-cannot-text': step('security-setup', 'landlineAdvice', 'security.landlineAdvice'),
  'phone-number-invalid': step('security-setup', 'choosingOption', 'security.chooseOption'),
  'phone-not-personal': step('security-setup', 'choosingOption', 'security.chooseOption'),
  'phone-of-record-out-of-date': step(
    'phone-verification',
    'updatingPhoneOfRecord',
    'verification.updatePhoneOfRecord',
  ),
  'new-code-needed': step('security-setup', 'enteringCode', 'security.enterCode'),
  'new-verification-code-needed': step('phone-verification', 'enteringCode', 'verification.enterCode'),
  'answer-typed-differently': step('security-setup', 'answeringQuestion', 'security.answerQuestion'),
  'attachments-need-home-page': step(
    'secure-message',
    'attachmentsUnavailable',
    'message.attachmentsUnavailable',
  ),
  'too-many-attachments': step('secure-message', 'attachmentLimit', 'message.attachmentLimit'),
  'one-file-at-a-time': step('secure-message', 'writing', 'message.write'),
  'provider-not-seen': step('secure-message', 'choosingProvider', 'message.chooseProvider'),
  'provider-based-routing-on': step('secure-message', 'choosingProvider', 'message.chooseProvider'),
  'message-too-long': step('secure-message', 'sendBlocked', 'message.sendBlocked'),
  'card-number-in-message': step('secure-message', 'sendBlocked', 'message.sendBlocked'),
  'empty-message': step('secure-message', 'sendBlocked', 'message.sendBlocked'),
  'register-as-manager': step('family-access', 'settingUpAccess', 'familyAccess.setUpAccess'),
  'manager-under-age': step('family-access', 'blockedUnderAge', 'familyAccess.blockedUnderAge'),
  'use-switch-to-view': step('profile-switch', 'menuOpen', 'profile.menu'),
  'staff-browser-not-supported': step('assist', 'reviewingPreChecks', 'assist.preChecks'),
  'email-address-wrong': practice,
  'email-filtered': practice,
  'invitation-not-received': practice,
  'link-expired': practice,
  'account-already-created': practice,
  'answer-forgotten': practice,
  'password-forgotten': practice,
  'account-exists': practice,
  'provider-list-other': practice,
  'office-staff-expected': practice,
  'message-other-problem': practice,
  'browser-warning-other': practice,
  'family-access-not-set-up': practice,
  'staff-login-other': practice,
};

const entry = (
  id: SymptomId,
  questions: readonly TriageQuestionId[],
  checks: readonly TriageCheck[],
  causes: readonly TriageCauseCode[],
): SymptomEntry => ({ id, questions, checks, causes });

/**
 * The default symptom catalog, by symptom id, in the order staff see it.
 *
 * @example
 * ```ts
 * triageCatalog['code-not-received'].checks;
 * //=> ['phone']
 * ```
 */
export const triageCatalog: { readonly [Id in SymptomId]: SymptomEntry } = {
  'no-invitation-email': entry(
    'no-invitation-email',
    ['birth-date', 'email-on-file', 'checked-junk'],
    ['eligibility'],
    ['under-minimum-age', 'email-address-wrong', 'email-filtered', 'invitation-not-received'],
  ),
  'link-not-working': entry(
    'link-not-working',
    ['browser', 'link-used-before'],
    ['browser'],
    ['browser-not-supported', 'account-already-created', 'link-expired'],
  ),
  'code-not-received': entry(
    'code-not-received',
    ['code-step', 'code-method', 'phone', 'phone-of-record-current'],
    ['phone'],
    [
      'phone-of-record-out-of-date',
      'landline-cannot-text',
      'phone-number-invalid',
      'phone-not-personal',
      'new-verification-code-needed',
      'new-code-needed',
    ],
  ),
  'security-answer-refused': entry(
    'security-answer-refused',
    ['answer-special-characters', 'saved-answer'],
    ['answers'],
    ['answer-typed-differently', 'answer-forgotten'],
  ),
  'forgot-password': entry('forgot-password', [], [], ['password-forgotten']),
  'already-has-account': entry('already-has-account', [], [], ['account-exists']),
  'cannot-attach-file': entry(
    'cannot-attach-file',
    ['started-from', 'attachments'],
    ['message'],
    ['attachments-need-home-page', 'too-many-attachments', 'one-file-at-a-time'],
  ),
  'provider-not-listed': entry(
    'provider-not-listed',
    ['seen-providers', 'provider-seen'],
    ['recipients'],
    ['provider-not-seen', 'provider-list-other'],
  ),
  'office-staff-missing': entry(
    'office-staff-missing',
    ['provider-based-routing'],
    ['recipients'],
    ['provider-based-routing-on', 'office-staff-expected'],
  ),
  'message-will-not-send': entry(
    'message-will-not-send',
    ['message-text', 'started-from', 'attachments'],
    ['message'],
    [
      'card-number-in-message',
      'message-too-long',
      'empty-message',
      'attachments-need-home-page',
      'too-many-attachments',
      'message-other-problem',
    ],
  ),
  'browser-warning': entry(
    'browser-warning',
    ['browser'],
    ['browser'],
    ['browser-not-supported', 'browser-warning-other'],
  ),
  'child-under-13': entry(
    'child-under-13',
    ['birth-date'],
    ['eligibility'],
    ['under-minimum-age', 'old-enough'],
  ),
  'manage-family-account': entry(
    'manage-family-account',
    ['has-account', 'manager-birth-date'],
    ['eligibility'],
    ['manager-under-age', 'register-as-manager', 'use-switch-to-view'],
  ),
  'cannot-see-family-record': entry(
    'cannot-see-family-record',
    ['name-under-switch-to-view'],
    [],
    ['use-switch-to-view', 'family-access-not-set-up'],
  ),
  'staff-login-as-patient': entry(
    'staff-login-as-patient',
    ['staff-browser'],
    ['staff-browser'],
    ['staff-browser-not-supported', 'staff-login-other'],
  ),
};

/**
 * Every symptom id, in catalog order.
 *
 * @example
 * ```ts
 * symptomIds.length;
 * //=> 15
 * ```
 */
export const symptomIds: readonly SymptomId[] = Object.keys(triageCatalog) as SymptomId[];
