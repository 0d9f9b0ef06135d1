import { type AnyStateMachine, createActor } from 'xstate';
import { isRecord } from '../../internal/is-record.js';
import { sameData as same } from '../../internal/same-data.js';
import {
  causeFixes,
  type SymptomId,
  type TriageCauseCode,
  triageCatalog,
} from '../../rules/triage/catalog.js';
import type { AssistContext } from '../assist/machine.js';
import { runPreChecks } from '../assist/pre-checks.js';
import type { AssistUser } from '../assist/registering-user.js';
import { taskInputs } from '../assist/task-inputs.js';
import {
  type AssistTask,
  type TaskOutcome,
  taskNeedsEligiblePatient,
  taskNeedsPatient,
} from '../assist/tasks.js';
import { fixTask, offeredSymptoms } from '../assist/triage.js';
import { liveChecks } from '../live-checks.js';
import { assistBlockReasons } from './context-schemas.js';

// The assist session keeps facts it derived from its input (the pre-checks) and a history (task
// outcomes, diagnoses, the fix step). On restore none of them is trusted: the pre-checks are run
// again on the stored input, and every state and record must be one those facts let through.

/** Reasons a task is refused before it starts, from the session's own pre-checks. */
const refusedAtStart = new Set([
  'patient-under-minimum-age',
  'family-member-under-minimum-age',
  'already-registered',
]);

/**
 * Whether the session's pre-checks let `task` start for `user`: a patient on record where the task
 * needs one, a patient old enough where the task creates or secures their own account, and no
 * account yet for a registration.
 */
function taskCouldStart(context: AssistContext, task: AssistTask, user: AssistUser['role']): boolean {
  const { preChecks, session } = context;
  if (taskNeedsPatient(task) && session.patient === undefined) return false;
  if (taskNeedsEligiblePatient(task) && user === 'patient' && preChecks.eligibility?.eligible === false)
    return false;
  return !(
    task === 'registration' &&
    (preChecks.portalStatus === 'registered' || preChecks.portalStatus === 'prospective')
  );
}

/** Whether a recorded outcome is one the session's facts allow. */
function outcomeIsPossible(context: AssistContext, outcome: TaskOutcome): boolean {
  const user = outcome.user ?? 'patient';
  if ((outcome.outcome === 'blocked') !== (outcome.reason !== null)) return false;
  if (outcome.reason === null) return taskCouldStart(context, outcome.task, user);
  if (!assistBlockReasons[outcome.reason]?.includes(outcome.task)) return false;
  switch (outcome.reason) {
    case 'patient-under-minimum-age':
      return user === 'patient' && context.preChecks.eligibility?.eligible === false;
    case 'family-member-under-minimum-age':
      return user === 'family-member';
    case 'already-registered':
      return (
        context.preChecks.portalStatus === 'registered' || context.preChecks.portalStatus === 'prospective'
      );
    default:
      // A block the task's own workflow reported: the task started.
      return !refusedAtStart.has(outcome.reason) && taskCouldStart(context, outcome.task, user);
  }
}

/**
 * The first fact of a stored assist context that its input and state do not justify, as a
 * value-free reason, or `undefined`.
 */
export function assistFactsIssue(value: unknown, context: AssistContext): string | undefined {
  const again = runPreChecks(liveChecks, context.session);
  const { patientBrowser: _reported, ...derived } = again;
  const { patientBrowser, ...stored } = context.preChecks;
  // The patient's browser may have been reported during the call; everything else comes from the input.
  if (!same(stored, derived)) return 'The pre-checks do not match the session';
  const staffSupported = again.staffBrowser.status === 'supported';
  if (value === 'reviewingPreChecks' && !staffSupported) return 'The staff browser is not supported';
  if (value === 'reviewingPreChecksWithoutPortalLogin' && staffSupported)
    return 'The staff browser is supported';
  if (value === 'browserMustChange' && (patientBrowser === null || patientBrowser.status === 'supported'))
    return "The patient's browser does not need to change";
  if (!context.outcomes.every((outcome) => outcomeIsPossible(context, outcome)))
    return 'A task outcome does not match the session';
  const offered = offeredSymptoms(context.session);
  for (const diagnosis of context.diagnoses) {
    const causes = triageCatalog[diagnosis.symptom as SymptomId]?.causes ?? [];
    if (!offered.includes(diagnosis.symptom as SymptomId)) return 'A diagnosis does not match the session';
    if (
      diagnosis.causes.length === 0 ||
      !diagnosis.causes.every((cause) => causes.includes(cause as TriageCauseCode))
    )
      return 'A diagnosis does not match its symptom';
  }
  const running = isRecord(value) ? value.runningTask : undefined;
  if (running !== undefined && context.currentTask !== null) {
    if (!taskCouldStart(context, context.currentTask, context.taskOptions.user.role))
      return 'The task could not have started';
  }
  if (context.fixStep !== null) {
    const first = context.diagnoses.at(-1)?.causes[0] as TriageCauseCode | undefined;
    const fix = first === undefined ? null : causeFixes[first];
    if (
      fix?.kind !== 'workflow' ||
      fixTask(fix) !== context.fixStep.task ||
      fix.state !== context.fixStep.state ||
      fix.step !== context.fixStep.step
    )
      return 'The fix step does not come from the last diagnosis';
  }
  return undefined;
}

/** The context keys each task's workflow never changes: they come from the task's input. */
const taskFactKeys: Readonly<Record<AssistTask, readonly string[]>> = {
  registration: ['patient', 'now', 'timeZone', 'minimumAge', 'defaultCountry', 'channel', 'user'],
  'security-setup': ['defaultCountry'],
  'phone-verification': ['defaultCountry'],
  relationship: ['patient', 'now', 'timeZone', 'minimumAge'],
  'family-access': ['patient', 'now', 'timeZone', 'minimumAge', 'defaultCountry', 'channel'],
  // Not `startedFrom`: a message begun on the Messages page can start over from the home page.
  'secure-message': ['providers', 'providerBasedRouting', 'policy'],
  'profile-switch': ['familyProfiles'],
};

/**
 * Whether a running task's stored context holds the facts the session hands it: the same patient,
 * clock, practice, providers and profiles its input would give now (a task cannot change them).
 */
export function taskFactsAgree(
  machine: AnyStateMachine,
  context: AssistContext,
  taskContext: unknown,
): boolean {
  if (context.currentTask === null) return true;
  if (!isRecord(taskContext)) return false;
  const task = context.currentTask;
  let fresh: Record<string, unknown>;
  try {
    const initial = createActor(machine, { input: taskInputs[task](context) }).getSnapshot();
    fresh = initial.context as Record<string, unknown>;
  } catch {
    return false;
  }
  // The phone of record too, unless staff updated it during the task (PHONE_OF_RECORD_UPDATED).
  const phoneKept =
    !('phoneOfRecord' in fresh) ||
    taskContext.phoneOfRecordUpdated === true ||
    same(taskContext.phoneOfRecord, fresh.phoneOfRecord);
  return phoneKept && taskFactKeys[task].every((key) => same(taskContext[key], fresh[key]));
}
