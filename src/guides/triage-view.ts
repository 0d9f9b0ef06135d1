import { triage as enTriage } from '../locales/en/triage.js';
import type { LocaleOption } from '../locales/option.js';
import type { Locale, TriageWords } from '../locales/types.js';
import { browserLabels } from '../rules/browser/advice.js';
import { type NamedOperatingSystem, SYSTEM_NAMES } from '../rules/browser-by-name.js';
import type { TriageCause, TriageQuestion } from '../rules/triage/diagnose.js';
import { diagnose } from '../rules/triage/diagnose.js';
import { answerFacts, factAnswers, type TriageFactKey } from '../rules/triage/facts.js';
import type { AssistSessionInput } from '../workflows/assist/input.js';
import { type AssistTriage, sessionDiagnoseOptions } from '../workflows/assist/triage.js';

/**
 * One choice of a triage answer: the `value` to send as the `ANSWER` event's `value`, as it is
 * (`true`, `false` or a string), and its words in the step view's language.
 *
 * @example
 * ```ts
 * const choice: TriageAnswerChoice = { value: 'text', label: 'By text message' };
 * const event = { type: 'ANSWER', question: 'code-method', value: choice.value };
 * event.value;
 * //=> 'text'
 * ```
 */
export type TriageAnswerChoice = { readonly value: string | boolean; readonly label: string };

/**
 * How a triage question is answered, so a renderer draws the right control and sends an `ANSWER`
 * whose `value` has the type the session takes: `yes-no` and `choice` send one of `choices`' values
 * (`true`/`false` for yes-no), `number` a whole number from `min` to `max`, `text` a string of at
 * most `maxLength` characters (`format: 'date'`: `YYYY-MM-DD`). Any other type is refused with the
 * problem `triage-refused`.
 *
 * @example
 * ```ts
 * const answer: TriageAnswerView = { type: 'number', min: 0, max: 10000 };
 * const typed = '3';
 * const value = answer.type === 'number' ? Number(typed) : typed;
 * value;
 * //=> 3
 * ```
 */
export type TriageAnswerView =
  | TriageAnswerField
  | {
      /**
       * A question some facts answer together (a browser and its system, or the answer typed and
       * the one written down): send `value` as an object of the fields filled, by `fact`.
       */
      readonly type: 'fields';
      readonly fields: readonly (TriageAnswerField & { readonly fact: string; readonly label: string })[];
    };

/**
 * The answer of one fact: a question's whole answer, or one of its `fields`.
 *
 * @example
 * ```ts
 * const field: TriageAnswerField = { type: 'text', maxLength: 10, format: 'date' };
 * ```
 */
export type TriageAnswerField =
  | { readonly type: 'yes-no' | 'choice'; readonly choices: readonly TriageAnswerChoice[] }
  | { readonly type: 'number'; readonly min: number; readonly max: number }
  | { readonly type: 'text'; readonly maxLength: number; readonly format: 'date' | null };

/**
 * The question a triage asks now, with how it is answered.
 *
 * @example
 * ```ts
 * const question: TriageStepQuestion = {
 *   id: 'checked-junk', text: 'Has the patient looked in their junk or spam folder?', facts: ['checkedJunk'],
 *   answer: { type: 'yes-no', choices: [{ value: true, label: 'Yes' }, { value: false, label: 'No' }] },
 * };
 * ```
 */
export type TriageStepQuestion = TriageQuestion & { readonly answer: TriageAnswerView };

/**
 * An assist session's triage as staff see it: the symptom, and either the question to ask now or
 * the diagnosis (each cause with its fix and what to tell the patient), in the chosen language.
 *
 * @example
 * ```ts
 * const actor = createWorkflowActor(assistMachine, sampleInputs.assist['patient-browser-unknown']).start();
 * actor.send({ type: 'CONTINUE' });
 * actor.send({ type: 'CHOOSE_SYMPTOM', symptom: 'code-not-received' });
 * const view: TriageStepView | null = describeStep(actor).triage;
 * view?.question?.id;
 * //=> 'code-step'
 * view?.question?.answer.type;
 * //=> 'choice'
 * ```
 */
export type TriageStepView = {
  readonly symptom: string;
  /** The symptom's name in the chosen language. */
  readonly name: string;
  readonly status: 'diagnosed' | 'needs-answers';
  /** The question to ask now, with how it is answered; `null` once diagnosed. */
  readonly question: TriageStepQuestion | null;
  /** The causes found (diagnosed), or every possible cause while questions remain. */
  readonly causes: readonly TriageCause[];
  /** What to say: the first cause's words, or the question. */
  readonly say: string;
  /**
   * The language of these words (the locale's `code`): `en` when the `locale` option carries no
   * `triage` words (a locale made for guides only), which are then English.
   */
  readonly lang: string;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** The sections of a locale a triage reads: `diagnose` passes the locale on to the rule checks. */
const TRIAGE_SECTIONS = [
  'browser',
  'staffBrowser',
  'eligibility',
  'message',
  'phone',
  'recipients',
  'triage',
];

/**
 * The locale a triage speaks: `locale` when it carries the words of every rule check the triage runs,
 * else `undefined` (English). A locale made for guides only (the element's built-in Spanish) reads
 * the triage in English rather than failing.
 *
 * @example
 * ```ts
 * triageLocaleOf(es) === es;
 * //=> true
 * triageLocaleOf({ code: 'es', guide: es.guide });
 * //=> undefined
 * ```
 */
export function triageLocaleOf(locale: unknown): Locale | undefined {
  return isRecord(locale) && TRIAGE_SECTIONS.every((name) => isRecord(locale[name]))
    ? (locale as unknown as Locale)
    : undefined;
}

/** The answer of one fact, with words for its choices. */
function fieldView(fact: TriageFactKey, words: TriageWords): TriageAnswerField {
  const answer = factAnswers[fact];
  if (answer.type === 'yes-no')
    return {
      type: 'yes-no',
      choices: [
        { value: true, label: words.answers.yes },
        { value: false, label: words.answers.no },
      ],
    };
  // A copy: the rule's own table is shared by every session.
  if (answer.type !== 'choice') return { ...answer };
  const labels = (words.answers as unknown as Record<string, Readonly<Record<string, string>> | undefined>)[
    fact
  ];
  return {
    type: 'choice',
    choices: answer.values.map((value) => ({ value, label: labels?.[value] ?? choiceName(value, words) })),
  };
}

/** A browser or system named on the phone: its brand name (the same in every language), or words. */
function choiceName(value: string, words: TriageWords): string {
  if (value === 'other' || value === 'unknown') return words.answers[value];
  const names: Readonly<Record<string, string>> = {
    ...browserLabels,
    'internet-explorer': 'Internet Explorer',
  };
  return names[value] ?? SYSTEM_NAMES[value as NamedOperatingSystem]?.join(' ') ?? value;
}

/** The answer of a question: one fact's, or the fields of the facts one answer fills together. */
function answerView(question: TriageQuestion, words: TriageWords): TriageAnswerView {
  const facts = answerFacts(question.id);
  const first = facts[0];
  if (facts.length === 1 && first !== undefined) return fieldView(first, words);
  const labels: Readonly<Record<string, string>> = words.answers.facts;
  return {
    type: 'fields',
    fields: facts.map((fact) => ({ ...fieldView(fact, words), fact, label: labels[fact] ?? fact })),
  };
}

/**
 * The triage view of an assist session's context, words from the same pure `diagnose` the
 * session ran (the context holds codes and answers only), or `null` when no triage is under way.
 */
export function triageStepView(
  context: Record<string, unknown>,
  locale: LocaleOption | undefined,
): TriageStepView | null {
  const triage = isRecord(context.triage) ? (context.triage as AssistTriage) : null;
  if (triage === null || !isRecord(context.session)) return null;
  const own = triageLocaleOf(locale);
  const diagnosis = diagnose(triage.symptom, triage.answers, {
    ...sessionDiagnoseOptions(context.session as AssistSessionInput),
    ...(own !== undefined ? { locale: own } : {}),
  });
  const question = diagnosis.questions.find((candidate) => candidate.id === triage.question);
  return {
    symptom: diagnosis.symptom,
    name: diagnosis.name,
    status: diagnosis.status,
    question:
      diagnosis.status === 'diagnosed' || question === undefined
        ? null
        : { ...question, answer: answerView(question, own?.triage ?? enTriage) },
    causes: diagnosis.causes,
    say: diagnosis.say,
    lang: own?.code ?? 'en',
  };
}
