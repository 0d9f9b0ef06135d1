import type { DiagnoseOptions, SymptomId, TriageCauseCode, TriageFacts } from '../../../src/rules/index.js';

export const IE11 = 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko';
export const CHROME_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36';
/** The moment and zone of the age checks: 15 January 2026 in Chicago. */
export const clock = { now: new Date('2026-01-15T17:00:00Z'), timeZone: 'America/Chicago' } as const;

/** One walk from a symptom, through facts, to one of its causes. */
export interface CauseWalk {
  readonly symptom: SymptomId;
  readonly facts: TriageFacts;
  readonly cause: TriageCauseCode;
  readonly options?: DiagnoseOptions;
}

/** Facts that lead to each cause of each symptom: every cause of the catalog appears. */
export const causeWalks: readonly CauseWalk[] = [
  {
    symptom: 'no-invitation-email',
    facts: { birthDate: '2016-03-01' },
    cause: 'under-minimum-age',
    options: clock,
  },
  {
    symptom: 'no-invitation-email',
    facts: { birthDate: '1990-05-05', emailOnFile: false },
    cause: 'email-address-wrong',
    options: clock,
  },
  {
    symptom: 'no-invitation-email',
    facts: { birthDate: '1990-05-05', emailOnFile: true, checkedJunk: false },
    cause: 'email-filtered',
    options: clock,
  },
  {
    symptom: 'no-invitation-email',
    facts: { birthDate: '1990-05-05', emailOnFile: true, checkedJunk: true },
    cause: 'invitation-not-received',
    options: clock,
  },
  { symptom: 'link-not-working', facts: { userAgent: IE11 }, cause: 'browser-not-supported' },
  { symptom: 'link-not-working', facts: { linkUsedBefore: true }, cause: 'account-already-created' },
  {
    symptom: 'link-not-working',
    facts: { browser: 'chrome', os: 'android', linkUsedBefore: false },
    cause: 'link-expired',
  },
  {
    symptom: 'code-not-received',
    facts: { codeStep: 'phone-of-record', phoneOfRecordCurrent: false },
    cause: 'phone-of-record-out-of-date',
  },
  {
    symptom: 'code-not-received',
    facts: { codeStep: 'security-setup', codeMethod: 'text', phone: '+44 20 7946 0958' },
    cause: 'landline-cannot-text',
  },
  {
    symptom: 'code-not-received',
    facts: { codeStep: 'security-setup', codeMethod: 'text', phone: '12' },
    cause: 'phone-number-invalid',
  },
  {
    symptom: 'code-not-received',
    facts: { codeStep: 'security-setup', codeMethod: 'text', phone: '+1 800 555 0100' },
    cause: 'phone-not-personal',
  },
  {
    symptom: 'code-not-received',
    facts: { codeStep: 'phone-of-record', phoneOfRecordCurrent: true },
    cause: 'new-verification-code-needed',
  },
  {
    symptom: 'code-not-received',
    facts: { codeStep: 'security-setup', codeMethod: 'call', phone: '+44 20 7946 0958' },
    cause: 'new-code-needed',
  },
  {
    symptom: 'security-answer-refused',
    facts: { answer: 'blue_sky', savedAnswer: 'blue sky' },
    cause: 'answer-typed-differently',
  },
  {
    symptom: 'security-answer-refused',
    facts: { answerSpecialCharacters: false },
    cause: 'answer-forgotten',
  },
  { symptom: 'forgot-password', facts: {}, cause: 'password-forgotten' },
  { symptom: 'already-has-account', facts: {}, cause: 'account-exists' },
  {
    symptom: 'cannot-attach-file',
    facts: { startedFrom: 'messages-page', attachments: 1 },
    cause: 'attachments-need-home-page',
  },
  {
    symptom: 'cannot-attach-file',
    facts: { startedFrom: 'home-page', attachments: 11 },
    cause: 'too-many-attachments',
  },
  {
    symptom: 'cannot-attach-file',
    facts: { startedFrom: 'home-page', attachments: 2 },
    cause: 'one-file-at-a-time',
  },
  { symptom: 'provider-not-listed', facts: { providerSeen: false }, cause: 'provider-not-seen' },
  { symptom: 'provider-not-listed', facts: { providerSeen: true }, cause: 'provider-list-other' },
  {
    symptom: 'office-staff-missing',
    facts: { providerBasedRouting: true },
    cause: 'provider-based-routing-on',
  },
  { symptom: 'office-staff-missing', facts: { providerBasedRouting: false }, cause: 'office-staff-expected' },
  {
    symptom: 'message-will-not-send',
    facts: { messageText: 'My card is 4111 1111 1111 1111' },
    cause: 'card-number-in-message',
  },
  { symptom: 'message-will-not-send', facts: { messageText: 'a'.repeat(1001) }, cause: 'message-too-long' },
  { symptom: 'message-will-not-send', facts: { messageText: '   ' }, cause: 'empty-message' },
  {
    symptom: 'message-will-not-send',
    facts: { messageText: 'Results attached', startedFrom: 'messages-page', attachments: 1 },
    cause: 'attachments-need-home-page',
  },
  {
    symptom: 'message-will-not-send',
    facts: { messageText: 'Results attached', attachments: 12 },
    cause: 'too-many-attachments',
  },
  {
    symptom: 'message-will-not-send',
    facts: { messageText: 'Hello', attachments: 0 },
    cause: 'message-other-problem',
  },
  {
    symptom: 'browser-warning',
    facts: { browser: 'safari', os: 'windows-10' },
    cause: 'browser-not-supported',
  },
  { symptom: 'browser-warning', facts: { userAgent: CHROME_WINDOWS }, cause: 'browser-warning-other' },
  {
    symptom: 'child-under-13',
    facts: { birthDate: '2016-03-01' },
    cause: 'under-minimum-age',
    options: clock,
  },
  { symptom: 'child-under-13', facts: { birthDate: '2012-01-15' }, cause: 'old-enough', options: clock },
  {
    symptom: 'manage-family-account',
    facts: { birthDate: '2015-06-01', hasAccount: false },
    cause: 'manager-under-age',
    options: clock,
  },
  {
    symptom: 'manage-family-account',
    facts: { birthDate: '1985-06-01', hasAccount: false },
    cause: 'register-as-manager',
    options: clock,
  },
  { symptom: 'manage-family-account', facts: { hasAccount: true }, cause: 'use-switch-to-view' },
  {
    symptom: 'cannot-see-family-record',
    facts: { nameUnderSwitchToView: true },
    cause: 'use-switch-to-view',
  },
  {
    symptom: 'cannot-see-family-record',
    facts: { nameUnderSwitchToView: false },
    cause: 'family-access-not-set-up',
  },
  { symptom: 'staff-login-as-patient', facts: { userAgent: IE11 }, cause: 'staff-browser-not-supported' },
  {
    symptom: 'staff-login-as-patient',
    facts: { browser: 'firefox', os: 'macos' },
    cause: 'staff-login-other',
  },
];
