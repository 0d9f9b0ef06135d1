import { oneOf, stringUpTo, trueOrFalse, wholeNumberField } from '../../internal/field-checks.js';
import { optionalField, type ParsedField, parseFields } from '../../internal/fields.js';
import { NAMED_BROWSERS, NAMED_SYSTEMS, WINDOWS_VERSIONS } from '../browser/named.js';
import { eligibilityInputShape } from '../eligibility.js';
import { MAX_PHONE_INPUT_LENGTH, MAX_USER_AGENT_LENGTH } from '../input-limits.js';
import type { MessageStart } from '../message.js';
import { MAX_SECURITY_ANSWER_LENGTH } from '../security-answer.js';
import type { TriageQuestionId } from './catalog.js';

/** The longest message text the triage reads: past the card scan, a message is too long anyway. */
export const MAX_TRIAGE_MESSAGE_LENGTH = 100_000;
/** Most files or providers a fact may count. */
const MAX_COUNT = 10_000;
/** `YYYY-MM-DD`; the eligibility rule checks the date itself. */
const BIRTH_DATE_LENGTH = 10;

const STARTS: readonly MessageStart[] = ['home-page', 'messages-page'];

const CODE_STEPS = ['security-setup', 'phone-of-record'] as const;
const CODE_METHODS = ['text', 'call'] as const;

/**
 * The allowed values of the facts that take one of a list (internal: the CLI lists them when a
 * value is refused).
 *
 * @example
 * ```ts
 * factChoices.codeMethod;
 * //=> ['text', 'call']
 * ```
 */
export const factChoices: Readonly<Partial<Record<string, readonly string[]>>> = {
  browser: NAMED_BROWSERS,
  os: NAMED_SYSTEMS,
  osVersion: WINDOWS_VERSIONS,
  codeStep: CODE_STEPS,
  codeMethod: CODE_METHODS,
  startedFrom: STARTS,
};

/** Every fact `diagnose` reads, each optional; anything else is refused and named. */
export const factsShape = {
  /** The patient's (or, for `staff-login-as-patient`, the staff member's) user agent. */
  userAgent: optionalField(stringUpTo(MAX_USER_AGENT_LENGTH)),
  /** The browser as named on the phone, when there is no user agent (`checkBrowserByName`). */
  browser: optionalField(oneOf(NAMED_BROWSERS)),
  /** The system as named on the phone. */
  os: optionalField(oneOf(NAMED_SYSTEMS)),
  /** With `os: 'windows'`: the version, when known. */
  osVersion: optionalField(oneOf(WINDOWS_VERSIONS)),
  /**
   * `YYYY-MM-DD`: the patient's, or for `manage-family-account` the manager's. Checked as the
   * eligibility rule checks it, even where the symptom does not read it.
   */
  birthDate: optionalField(eligibilityInputShape.birthDate),
  emailOnFile: optionalField(trueOrFalse),
  checkedJunk: optionalField(trueOrFalse),
  linkUsedBefore: optionalField(trueOrFalse),
  /** Which code: the security setup's, or the one confirming the phone of record. */
  codeStep: optionalField(oneOf(CODE_STEPS)),
  codeMethod: optionalField(oneOf(CODE_METHODS)),
  /** The phone number the patient typed. */
  phone: optionalField(stringUpTo(MAX_PHONE_INPUT_LENGTH)),
  phoneOfRecordCurrent: optionalField(trueOrFalse),
  /** The security answer typed this time. */
  answer: optionalField(stringUpTo(MAX_SECURITY_ANSWER_LENGTH)),
  /** The answer as the patient set it, when they wrote it down. */
  savedAnswer: optionalField(stringUpTo(MAX_SECURITY_ANSWER_LENGTH)),
  answerSpecialCharacters: optionalField(trueOrFalse),
  startedFrom: optionalField(oneOf(STARTS)),
  /** How many files the patient is attaching. */
  attachments: optionalField(wholeNumberField(0, MAX_COUNT)),
  messageText: optionalField(stringUpTo(MAX_TRIAGE_MESSAGE_LENGTH)),
  providerSeen: optionalField(trueOrFalse),
  /** How many providers the Provider list shows. */
  seenProviders: optionalField(wholeNumberField(0, MAX_COUNT)),
  providerBasedRouting: optionalField(trueOrFalse),
  hasAccount: optionalField(trueOrFalse),
  nameUnderSwitchToView: optionalField(trueOrFalse),
};

/**
 * The keys of {@link TriageFacts}.
 *
 * @example
 * ```ts
 * const key: TriageFactKey = 'codeMethod';
 * ```
 */
export type TriageFactKey = keyof typeof factsShape;

/**
 * What staff learnt on the call, each fact optional: the answers to the symptom's questions,
 * derived from the facts' schema. A fact the symptom does not read is ignored; a key that is no
 * fact is refused, by name.
 *
 * @example
 * ```ts
 * const facts: TriageFacts = { codeStep: 'security-setup', codeMethod: 'text', phone: '+44 20 7946 0958' };
 * ```
 */
export type TriageFacts = {
  readonly [Key in TriageFactKey]?: ParsedField<(typeof factsShape)[Key]>;
};

/** Every fact key, in schema order (the CLI's `--fact` names them). */
export const triageFactKeys = Object.keys(factsShape) as TriageFactKey[];

/**
 * How a fact is answered (internal: `describeStep` gives it with each triage question, so a
 * renderer draws the right control and sends a value of the type the fact takes): `yes-no` a
 * boolean, `choice` one of `values`, `number` a whole number from `min` to `max`, `text` a string
 * of at most `maxLength` characters (`date`: `YYYY-MM-DD`).
 *
 * @example
 * ```ts
 * factAnswers.attachments;
 * //=> { type: 'number', min: 0, max: 10000 }
 * ```
 */
export type FactAnswer =
  | { readonly type: 'yes-no' }
  | { readonly type: 'choice'; readonly values: readonly string[] }
  | { readonly type: 'number'; readonly min: number; readonly max: number }
  | { readonly type: 'text'; readonly maxLength: number; readonly format: 'date' | null };

const yesNo: FactAnswer = { type: 'yes-no' };
const count: FactAnswer = { type: 'number', min: 0, max: MAX_COUNT };
const text = (maxLength: number, format: 'date' | null = null): FactAnswer => ({
  type: 'text',
  maxLength,
  format,
});
const choice = (values: readonly string[]): FactAnswer => ({ type: 'choice', values });

/** The answer of every fact, matching {@link factsShape} (a test sends each type through the session). */
export const factAnswers: { readonly [Key in TriageFactKey]: FactAnswer } = {
  userAgent: text(MAX_USER_AGENT_LENGTH),
  browser: choice(NAMED_BROWSERS),
  os: choice(NAMED_SYSTEMS),
  osVersion: choice(WINDOWS_VERSIONS),
  birthDate: text(BIRTH_DATE_LENGTH, 'date'),
  emailOnFile: yesNo,
  checkedJunk: yesNo,
  linkUsedBefore: yesNo,
  codeStep: choice(CODE_STEPS),
  codeMethod: choice(CODE_METHODS),
  phone: text(MAX_PHONE_INPUT_LENGTH),
  phoneOfRecordCurrent: yesNo,
  answer: text(MAX_SECURITY_ANSWER_LENGTH),
  savedAnswer: text(MAX_SECURITY_ANSWER_LENGTH),
  answerSpecialCharacters: yesNo,
  startedFrom: choice(STARTS),
  attachments: count,
  messageText: text(MAX_TRIAGE_MESSAGE_LENGTH),
  providerSeen: yesNo,
  seenProviders: count,
  providerBasedRouting: yesNo,
  hasAccount: yesNo,
  nameUnderSwitchToView: yesNo,
};

/** The facts that answer each question: it is answered once any of them is known. */
export const questionFacts: { readonly [Id in TriageQuestionId]: readonly TriageFactKey[] } = {
  browser: ['userAgent', 'browser'],
  'staff-browser': ['userAgent', 'browser'],
  'birth-date': ['birthDate'],
  'manager-birth-date': ['birthDate'],
  'email-on-file': ['emailOnFile'],
  'checked-junk': ['checkedJunk'],
  'link-used-before': ['linkUsedBefore'],
  'code-step': ['codeStep'],
  'code-method': ['codeMethod'],
  phone: ['phone'],
  'phone-of-record-current': ['phoneOfRecordCurrent'],
  'saved-answer': ['answer', 'savedAnswer'],
  'answer-special-characters': ['answerSpecialCharacters'],
  'started-from': ['startedFrom'],
  attachments: ['attachments'],
  'message-text': ['messageText'],
  'provider-seen': ['providerSeen'],
  'seen-providers': ['seenProviders'],
  'provider-based-routing': ['providerBasedRouting'],
  'has-account': ['hasAccount'],
  'name-under-switch-to-view': ['nameUnderSwitchToView'],
};

/**
 * The facts one `ANSWER` to a question may fill: the question's own, and with a named browser the
 * system it runs on (`checkBrowserByName` needs both).
 *
 * @example
 * ```ts
 * answerFacts('browser');
 * //=> ['userAgent', 'browser', 'os']
 * ```
 */
export function answerFacts(question: TriageQuestionId): readonly TriageFactKey[] {
  const own = questionFacts[question];
  return own.includes('browser') ? [...own, 'os'] : own;
}

/** Validates the facts: every key known (an unknown one is named), each value of its type and length. */
export function parseFacts(facts: unknown, context: string): TriageFacts {
  const parsed = parseFields(factsShape, facts ?? {}, context);
  const known: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed)) if (value !== undefined) known[key] = value;
  return known as TriageFacts;
}
