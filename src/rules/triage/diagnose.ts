import { optionalField, parseFields } from '../../internal/fields.js';
import { deepFreeze } from '../../internal/freeze.js';
import { triage as enTriage } from '../../locales/en/triage.js';
import { type LocaleOption, localeField, wordsOf } from '../../locales/option.js';
import type { Locale, TriageWords } from '../../locales/types.js';
import {
  causeFixes,
  type PracticeCauseCode,
  type SymptomId,
  type TriageCauseCode,
  type TriageCheck,
  type TriageFix,
  type TriageQuestionId,
  triageCatalog,
} from './catalog.js';
import type { Finding, TriageCheckResult } from './evaluate.js';
import { questionFacts, type TriageFactKey, type TriageFacts } from './facts.js';
import { findCauses, readSymptom, type TriageRunOptions, triageOptionsShape } from './find-causes.js';
import { liveTriageChecks } from './live-rule-checks.js';
import { checkPhrasings } from './phrasings.js';
import { parseTriagePolicy, type TriagePolicy, type TriagePolicyOverrides } from './policy.js';

/**
 * Options of {@link diagnose} and {@link describeSymptom}.
 *
 * @example
 * ```ts
 * import { es } from 'portal-helpdesk/locales/es';
 * const options: DiagnoseOptions = { locale: es, now: new Date('2026-01-15T17:00:00Z'), timeZone: 'America/Chicago' };
 * ```
 */
export interface DiagnoseOptions {
  /** A locale object (English by default). */
  readonly locale?: Locale | undefined;
  /** The practice's policy, from `defineTriagePolicy` or as overrides. */
  readonly policy?: TriagePolicy | TriagePolicyOverrides | undefined;
  /** The moment of the call: needed with a `birthDate` fact (the age check never reads the clock). */
  readonly now?: Date | undefined;
  /** The practice's IANA time zone: needed with a `birthDate` fact. */
  readonly timeZone?: string | undefined;
  /** The practice's minimum age (13 or more). */
  readonly minimumAge?: number | undefined;
}

/**
 * A question to ask, in words, with the facts that answer it.
 *
 * @example
 * ```ts
 * const question: TriageQuestion = { id: 'code-method', text: 'Was the code to come by text message or by phone call?', facts: ['codeMethod'] };
 * ```
 */
export interface TriageQuestion {
  readonly id: TriageQuestionId;
  readonly text: string;
  readonly facts: readonly TriageFactKey[];
}

/**
 * A cause with its fix and what to tell the patient. `practice` is true when the fix is general
 * advice that is the practice's (the reference says nothing about it): show it as such.
 *
 * @example
 * ```ts
 * const cause: TriageCause = diagnose('forgot-password', {}).causes[0]!;
 * ```
 */
export interface TriageCause {
  readonly code: TriageCauseCode;
  /** What went wrong, for staff. */
  readonly explanation: string;
  readonly fix: TriageFix;
  readonly practice: boolean;
  /**
   * What staff tell the patient, in the patient's voice: the check's own advice when a check found
   * the cause and its advice speaks to the patient (browser, age, landline), else the catalog's line.
   */
  readonly say: string;
  /**
   * The advice to staff of the check that found the cause, when it speaks to staff ("Ask the
   * patient to...": phone, message and Provider list checks); absent otherwise.
   */
  readonly advice?: string;
}

/**
 * The deep-frozen result of {@link diagnose}. `diagnosed`: `causes` are the causes found, most
 * specific first, and `say` is the first one's. `needs-answers`: the facts cannot tell yet;
 * `questions` are what to ask next, `causes` every possible cause, and `say` the first question.
 *
 * @example
 * ```ts
 * const { status, causes, questions, checks, say } = diagnose('code-not-received', {});
 * ```
 */
export interface TriageDiagnosis {
  readonly symptom: SymptomId;
  readonly name: string;
  readonly status: 'diagnosed' | 'needs-answers';
  readonly causes: readonly TriageCause[];
  readonly questions: readonly TriageQuestion[];
  readonly checks: readonly TriageCheckResult[];
  readonly say: string;
}

/**
 * A symptom as staff see it before any fact: its name, phrasings, questions, checks and every cause
 * with its fix.
 *
 * @example
 * ```ts
 * const description: SymptomDescription = describeSymptom('forgot-password');
 * ```
 */
export interface SymptomDescription {
  readonly id: SymptomId;
  readonly name: string;
  readonly phrasings: readonly string[];
  readonly questions: readonly TriageQuestion[];
  readonly checks: readonly { readonly check: TriageCheck; readonly name: string }[];
  readonly causes: readonly TriageCause[];
}

const triageLocale = localeField('triage', enTriage);

const optionsShape = { locale: optionalField(triageLocale), ...triageOptionsShape };

interface ReadOptions extends Omit<TriageRunOptions, 'locale'> {
  readonly locale: LocaleOption | undefined;
  readonly words: TriageWords;
}

function readOptions(options: unknown, fn: string): ReadOptions {
  const context = `${fn}(options)`;
  const parsed = options === undefined ? undefined : parseFields(optionsShape, options, context);
  const locale = parsed?.locale;
  checkPhrasings(locale, context);
  return {
    locale,
    words: wordsOf(locale, 'triage', enTriage),
    policy: parseTriagePolicy(parsed?.policy),
    now: parsed?.now,
    timeZone: parsed?.timeZone,
    minimumAge: parsed?.minimumAge,
  };
}

function questionView(id: TriageQuestionId, words: TriageWords): TriageQuestion {
  return { id, text: words.questions[id], facts: questionFacts[id] };
}

/**
 * The causes whose check speaks to the patient (the browser checks, the age check, the landline
 * advice): that advice is what staff say. The phone, message and Provider list checks speak to
 * staff ("Ask the patient to..."): their advice goes with the cause as `advice`, and staff say the
 * catalog's line.
 */
const SPOKEN_ADVICE: ReadonlySet<TriageCauseCode> = new Set<TriageCauseCode>([
  'browser-not-supported',
  'staff-browser-not-supported',
  'under-minimum-age',
  'old-enough',
  'landline-cannot-text',
]);

function causeView(finding: Finding, read: ReadOptions): TriageCause {
  const { cause: code, advice } = finding;
  const fix = causeFixes[code];
  const practice = fix.kind === 'practice';
  const spoken = advice !== undefined && SPOKEN_ADVICE.has(code);
  const say = spoken
    ? advice
    : practice
      ? (read.policy.practiceAdvice[code as PracticeCauseCode] ??
        read.words.practiceAdvice[code as PracticeCauseCode])
      : read.words.tell[code as Exclude<TriageCauseCode, PracticeCauseCode>];
  const view = { code, explanation: read.words.causes[code], fix, practice, say };
  return advice === undefined || spoken ? view : { ...view, advice };
}

/**
 * Diagnoses a symptom from what staff learnt on the call: runs the symptom's rule checks (browser,
 * eligibility, phone, message, answers, recipients) on the facts, and returns the cause or causes
 * with their fixes and what to tell the patient, or the questions still to ask. Pure: no clock
 * (give `now` and `timeZone` with a birth date), no I/O. For the browser symptoms, a user agent
 * is checked with `checkBrowserSupport`; without one, staff ask "which browser, on what device"
 * and the named browser is checked with `checkBrowserByName`.
 *
 * @param symptom - A symptom id of the policy (`SymptomId`).
 * @param facts - What is known ({@link TriageFacts}); every key optional, unknown keys refused.
 * @param options - `locale`, `policy`, `now`, `timeZone`, `minimumAge` ({@link DiagnoseOptions}).
 * @returns A deep-frozen {@link TriageDiagnosis}: a result, never an exception, for any symptom.
 * @throws {PortalHelpdeskError} `invalid-input` for a symptom the policy does not offer, an unknown
 *   fact (named), a fact of the wrong type or length (named, never its value), a birth date without
 *   `now` and `timeZone`, or bad options.
 *
 * @example
 * ```ts
 * diagnose('code-not-received', { codeStep: 'security-setup', codeMethod: 'text', phone: '+44 20 7946 0958' });
 * //=> { symptom: 'code-not-received', name: 'The code never came', status: 'diagnosed',
 * //     causes: [{ code: 'landline-cannot-text', practice: false,
 * //       fix: { kind: 'workflow', workflow: 'security-setup', state: 'landlineAdvice', ... }, ... }],
 * //     questions: [], checks: [{ check: 'phone', reason: 'landline' }], say: 'This is a landline, ...' }
 *
 * diagnose('browser-warning', {}).questions[0]?.id;
 * //=> 'browser'
 * diagnose('browser-warning', { browser: 'internet-explorer', os: 'windows-10' }).causes[0]?.code;
 * //=> 'browser-not-supported'
 * ```
 */
export function diagnose(
  symptom: SymptomId,
  facts?: TriageFacts,
  options?: DiagnoseOptions,
): TriageDiagnosis {
  const read = readOptions(options, 'diagnose');
  const {
    symptom: id,
    evaluation,
    checks,
  } = findCauses(
    symptom,
    facts,
    { ...read, locale: read.locale === 'en' ? undefined : read.locale },
    liveTriageChecks,
    'diagnose',
  );
  const name = read.words.symptoms[id].name;
  if ('causes' in evaluation) {
    const causes = evaluation.causes.map((finding) => causeView(finding, read));
    return deepFreeze({
      symptom: id,
      name,
      status: 'diagnosed',
      causes,
      questions: [],
      checks,
      say: causes[0]?.say ?? '',
    });
  }
  const questions = evaluation.ask.map((question) => questionView(question, read.words));
  const causes = triageCatalog[id].causes.map((cause) => causeView({ cause }, read));
  return deepFreeze({
    symptom: id,
    name,
    status: 'needs-answers',
    causes,
    questions,
    checks,
    say: questions[0]?.text ?? '',
  });
}

/**
 * Describes a symptom before any fact: its name and phrasings, the questions staff ask, the checks
 * it can run and every possible cause with its fix and what to tell the patient. The generated
 * troubleshooting page is made of these.
 *
 * @param symptom - A symptom id of the policy.
 * @param options - `locale` and `policy` ({@link DiagnoseOptions}).
 * @returns A deep-frozen {@link SymptomDescription}.
 * @throws {PortalHelpdeskError} `invalid-input` for a symptom the policy does not offer or bad options.
 *
 * @example
 * ```ts
 * describeSymptom('cannot-attach-file').causes.map((cause) => cause.code);
 * //=> ['attachments-need-home-page', 'too-many-attachments', 'one-file-at-a-time']
 * ```
 */
export function describeSymptom(symptom: SymptomId, options?: DiagnoseOptions): SymptomDescription {
  const read = readOptions(options, 'describeSymptom');
  const id = readSymptom(symptom, read.policy, 'describeSymptom(symptom)');
  const entry = triageCatalog[id];
  const { name, phrasings } = read.words.symptoms[id];
  return deepFreeze({
    id,
    name,
    phrasings: [...phrasings],
    questions: entry.questions.map((question) => questionView(question, read.words)),
    checks: entry.checks.map((check) => ({ check, name: read.words.checks[check] })),
    causes: entry.causes.map((cause) => causeView({ cause }, read)),
  });
}
