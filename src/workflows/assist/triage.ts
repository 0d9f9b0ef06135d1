import * as z from 'zod/mini';
import { textUpTo } from '../../internal/checks.js';
import {
  causeFixes,
  type SymptomId,
  symptomIds,
  type TriageCauseCode,
  type TriageFix,
  type TriageQuestionId,
  triageCatalog,
} from '../../rules/triage/catalog.js';
import type { DiagnoseOptions } from '../../rules/triage/diagnose.js';
import type { Evaluation } from '../../rules/triage/evaluate.js';
import {
  answerFacts,
  MAX_TRIAGE_MESSAGE_LENGTH,
  parseFacts,
  questionFacts,
  type TriageFactKey,
  type TriageFacts,
  triageFactKeys,
} from '../../rules/triage/facts.js';
import type { WorkflowChecks } from '../checks.js';
import type { AssistSessionInput } from './input.js';
import { type AssistTask, assistTasks } from './tasks.js';

/** Every question id of the catalog, for the `ANSWER` event's schema. */
export const triageQuestionIds = Object.keys(questionFacts) as TriageQuestionId[];

/**
 * Facts by name, each optional: a key that is not a fact's name is refused as unknown, which runtime
 * data reports at the object's path, never by name (such a key may hold a patient's details).
 */
export const factRecord = <Value extends z.ZodMiniType>(value: Value) =>
  z.partialRecord(z.enum(triageFactKeys as [TriageFactKey, ...TriageFactKey[]]), value);

/**
 * An answer: one value for the question's own fact, or an object of the question's facts when it
 * has several (`{ browser, os }` named on the phone; `{ answer, savedAnswer }`). Capped before any check.
 */
export const triageAnswerSchema = z.union([
  textUpTo(MAX_TRIAGE_MESSAGE_LENGTH),
  z.boolean(),
  z.number(),
  factRecord(z.union([textUpTo(MAX_TRIAGE_MESSAGE_LENGTH), z.boolean(), z.number()])),
]);

/** The most symptoms a practice's triage policy can offer: the whole catalog. */
export const MAX_TRIAGE_SYMPTOMS = symptomIds.length;

/** The triage's own events' schemas pieces: the symptom and the question asked. */
export const symptomSchema = z.enum(symptomIds as [SymptomId, ...SymptomId[]]);
export const questionSchema = z.enum(triageQuestionIds as [TriageQuestionId, ...TriageQuestionId[]]);

/** The fact a single-value answer fills: the question's first fact (a user agent for `browser`). */
const answerFact = (question: TriageQuestionId): TriageFactKey =>
  (questionFacts[question][0] ?? 'userAgent') as TriageFactKey;

/**
 * A triage in the session: the symptom, the answers staff recorded (kept for restore and never put
 * in the summary), and what `diagnose` made of them: the next question, or the causes and the fix
 * of the first cause.
 */
export type AssistTriage = {
  symptom: SymptomId;
  answers: TriageFacts;
  question: TriageQuestionId | null;
  causes: TriageCauseCode[];
  fix: TriageFix | null;
};

/** The `diagnose` options of a session: its practice's policy, clock, zone and minimum age. */
export function sessionDiagnoseOptions(session: AssistSessionInput): DiagnoseOptions {
  const { minimumAge, triageSymptoms } = session.practice;
  return {
    now: new Date(session.now),
    timeZone: session.practice.timeZone,
    ...(minimumAge !== undefined ? { minimumAge } : {}),
    ...(triageSymptoms !== undefined ? { policy: { symptoms: triageSymptoms } } : {}),
  };
}

/** The symptoms the practice's triage policy offers (all of the catalog by default). */
export function offeredSymptoms(session: AssistSessionInput): readonly SymptomId[] {
  return session.practice.triageSymptoms ?? symptomIds;
}

/**
 * The triage state of what the facts point to: the same evaluation as `diagnose` runs (never a
 * second copy), without its words: the session keeps codes only.
 */
function triageOf(symptom: SymptomId, evaluation: Evaluation, answers: TriageFacts): AssistTriage {
  const causes = 'causes' in evaluation ? evaluation.causes.map((finding) => finding.cause) : [];
  const first = causes[0];
  return {
    symptom,
    answers,
    question: 'causes' in evaluation ? null : (evaluation.ask[0] ?? null),
    causes,
    fix: first === undefined ? null : { ...causeFixes[first] },
  };
}

/**
 * Runs the triage for a symptom on the recorded answers, or `null` when `diagnose` refuses them
 * (a symptom the policy does not offer, a fact of the wrong type, a birth date that is no date).
 */
export function runTriage(
  checks: WorkflowChecks,
  session: AssistSessionInput,
  symptom: SymptomId,
  answers: TriageFacts,
): AssistTriage | null {
  try {
    return triageOf(symptom, checks.triageCauses(symptom, answers, session), answers);
  } catch {
    return null;
  }
}

/**
 * The triage after one answer, or `null` when the answer does not fit: a question the symptom
 * does not ask, a fact the question does not fill, or a value `diagnose` refuses.
 */
export function answerTriage(
  checks: WorkflowChecks,
  session: AssistSessionInput,
  triage: AssistTriage,
  question: TriageQuestionId,
  value: z.output<typeof triageAnswerSchema>,
): AssistTriage | null {
  if (!triageCatalog[triage.symptom].questions.includes(question)) return null;
  const own = answerFacts(question);
  const given: Record<string, unknown> =
    typeof value === 'object' ? { ...value } : { [answerFact(question)]: value };
  // An answer gives one of the question's facts at least (`{}` answers nothing), and no other.
  const keys = Object.keys(given);
  if (keys.length === 0 || keys.some((key) => !(own as readonly string[]).includes(key))) return null;
  let facts: TriageFacts;
  try {
    facts = parseFacts({ ...triage.answers, ...given }, 'ANSWER');
  } catch {
    return null;
  }
  return runTriage(checks, session, triage.symptom, facts);
}

/** The assist task that runs a fix's workflow, when there is one (a practice fix has none). */
export function fixTask(fix: TriageFix | null): AssistTask | null {
  if (fix === null || fix.kind !== 'workflow') return null;
  return (assistTasks as readonly string[]).includes(fix.workflow) ? (fix.workflow as AssistTask) : null;
}
