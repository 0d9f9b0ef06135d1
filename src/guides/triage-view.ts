import type { LocaleOption } from '../locales/option.js';
import type { TriageCause, TriageQuestion } from '../rules/triage/diagnose.js';
import { diagnose } from '../rules/triage/diagnose.js';
import type { AssistSessionInput } from '../workflows/assist/input.js';
import { type AssistTriage, sessionDiagnoseOptions } from '../workflows/assist/triage.js';

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
 * ```
 */
export type TriageStepView = {
  readonly symptom: string;
  /** The symptom's name in the chosen language. */
  readonly name: string;
  readonly status: 'diagnosed' | 'needs-answers';
  /** The question to ask now; `null` once diagnosed. */
  readonly question: TriageQuestion | null;
  /** The causes found (diagnosed), or every possible cause while questions remain. */
  readonly causes: readonly TriageCause[];
  /** What to say: the first cause's words, or the question. */
  readonly say: string;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

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
  const diagnosis = diagnose(triage.symptom, triage.answers, {
    ...sessionDiagnoseOptions(context.session as AssistSessionInput),
    ...(locale !== undefined && locale !== 'en' ? { locale } : {}),
  });
  const question = diagnosis.questions.find((candidate) => candidate.id === triage.question) ?? null;
  return {
    symptom: diagnosis.symptom,
    name: diagnosis.name,
    status: diagnosis.status,
    question: diagnosis.status === 'diagnosed' ? null : question,
    causes: diagnosis.causes,
    say: diagnosis.say,
  };
}
