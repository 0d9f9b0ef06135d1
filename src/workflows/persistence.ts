import { type Actor, type ActorOptions, type AnyStateMachine, createActor, type StateValue } from 'xstate';
import { PortalHelpdeskError, type PortalHelpdeskIssue } from '../errors.js';
import { isRecord } from '../internal/is-record.js';
import { toIssues, withoutKeyNames } from '../internal/validate.js';
import type { AssistSessionInput } from './assist/input.js';
import type { AssistContext } from './assist/machine.js';
import { type AssistUser, familyMemberIsUnderAge, toRegistrationUser } from './assist/registering-user.js';
import { type AssistBlock, type AssistTask, assistTaskStates, type TaskOutcome } from './assist/tasks.js';
import { type AssistTriage, runTriage } from './assist/triage.js';
import type { WorkflowId } from './definitions.js';
import { type EventRefusalOptions, guardActor } from './guard-actor.js';
import { liveChecks } from './live-checks.js';
import { assistFactsIssue, taskFactsAgree } from './persistence/assist-facts.js';
import { contextSchemas } from './persistence/context-schemas.js';
import { stateInvariants } from './persistence/invariants.js';
import { withoutSecretAnswers } from './persistence/secret-answers.js';
import { isCompleteStateValue } from './persistence/state-value.js';
import { isWorkflowId, workflowIdOfMachine, workflows } from './registry.js';
import { stateId } from './shared/state-id.js';

/**
 * The version of the persisted session format; a session saved in another version is refused
 * (`invalid-snapshot` at `schemaVersion`). Version 2 (0.2.0): contexts record the user, the phone
 * of record per user and the new-code requests, and an assist session who registers in its
 * registration task, so version-1 sessions cannot be read.
 *
 * @example
 * ```ts
 * persistSession(createWorkflowActor(securitySetupMachine, {}).start()).schemaVersion === SESSION_SCHEMA_VERSION;
 * //=> true
 * ```
 */
export const SESSION_SCHEMA_VERSION = 2;

/**
 * A persisted workflow session: plain JSON, safe to `JSON.stringify` into `localStorage` or a
 * database. It holds the workflow's context, which may contain patient details: store it as you
 * store the chart.
 */
export type PersistedSession = {
  readonly format: 'portal-helpdesk/session';
  readonly schemaVersion: typeof SESSION_SCHEMA_VERSION;
  readonly workflowId: WorkflowId;
  readonly snapshot: unknown;
};

type PersistableActor = { logic: AnyStateMachine; getPersistedSnapshot(): unknown };

/**
 * Saves a running workflow actor as a JSON-safe {@link PersistedSession}. An assist session's
 * triage keeps no security answer and no text of a message that would not send: they are saved as
 * stand-ins with the same verdict, so the restored session diagnoses the same (xstate's own
 * `getPersistedSnapshot` still holds them; store what this function returns).
 *
 * @throws {PortalHelpdeskError} `unknown-workflow` when the actor does not run one of this library's machines.
 * @example
 * ```ts
 * const actor = createWorkflowActor(securitySetupMachine, {}).start();
 * actor.send({ type: 'CHOOSE_QUESTION' });
 * const saved = JSON.stringify(persistSession(actor));
 * JSON.parse(saved).workflowId;
 * //=> 'security-setup'
 * ```
 */
export function persistSession(actor: PersistableActor): PersistedSession {
  const workflowId = workflowOf(isRecord(actor) ? actor.logic : undefined);
  if (workflowId === undefined) {
    throw new PortalHelpdeskError('unknown-workflow', [
      { path: ['actor'], message: 'Not a portal-helpdesk workflow' },
    ]);
  }
  return {
    format: 'portal-helpdesk/session',
    schemaVersion: SESSION_SCHEMA_VERSION,
    workflowId,
    snapshot: withoutSecrets(workflowId, JSON.parse(JSON.stringify(actor.getPersistedSnapshot()))),
  };
}

/** An assist session's snapshot with its triage's secret answers replaced by stand-ins. */
function withoutSecrets(workflowId: WorkflowId, snapshot: unknown): unknown {
  if (workflowId !== 'assist' || !isRecord(snapshot) || !isRecord(snapshot.context)) return snapshot;
  return { ...snapshot, context: withoutSecretAnswers(snapshot.context) };
}

/**
 * Restores a session saved by {@link persistSession} as a new, not yet started actor.
 *
 * Everything is checked before xstate sees it (format, version, workflow, state, context, child
 * tasks), so a corrupt, foreign or out-of-date session throws here, synchronously, instead of
 * failing later inside the actor.
 *
 * @throws {PortalHelpdeskError} `invalid-snapshot` with the path of the first bad part; never its value.
 * @example
 * ```ts
 * const before = createWorkflowActor(securitySetupMachine, {}).start();
 * before.send({ type: 'CHOOSE_QUESTION' });
 * const saved = JSON.stringify(persistSession(before)); // kept by the host, e.g. in sessionStorage
 * const actor = restoreSession(securitySetupMachine, JSON.parse(saved)).start();
 * actor.getSnapshot().value;
 * //=> 'answeringQuestion'
 * ```
 */
export function restoreSession<TMachine extends AnyStateMachine>(
  machine: TMachine,
  value: unknown,
  options: Omit<ActorOptions<TMachine>, 'snapshot' | 'input'> & EventRefusalOptions = {},
): Actor<TMachine> {
  const { onEventRefused, ...actorOptions } = typeof options === 'object' && options !== null ? options : {};
  const workflowId = workflowOf(machine);
  if (workflowId === undefined) {
    throw new PortalHelpdeskError('unknown-workflow', [
      { path: ['machine'], message: 'Not a portal-helpdesk workflow' },
    ]);
  }
  const saved = checkEnvelope(jsonCopy(value), workflowId);
  const checked = checkSnapshot(machine, workflowId, saved, ['snapshot']);
  failIfAny(checked.issues);
  // xstate gets a snapshot rebuilt from the validated parts only: no key of the saved JSON that a
  // schema did not read (`__proto__`, `xstate$$type`...) reaches the actor.
  const snapshot = checked.rebuilt;
  let actor: Actor<TMachine>;
  try {
    actor = createActor(machine, { ...actorOptions, snapshot } as ActorOptions<TMachine>);
  } catch {
    throw invalid([{ path: ['snapshot'], message: 'The workflow could not resume from this snapshot' }]);
  }
  const restored = actor.getSnapshot() as {
    status: string;
    children: Record<string, { getSnapshot(): { status: string } } | undefined>;
  };
  if (
    restored.status === 'error' ||
    Object.values(restored.children).some((child) => child?.getSnapshot().status === 'error')
  ) {
    throw invalid([{ path: ['snapshot'], message: 'The workflow could not resume from this snapshot' }]);
  }
  return guardActor(actor, machine, onEventRefused);
}

/**
 * The saved session as JSON data, read once: a getter, proxy or `toJSON` cannot throw later or
 * show one check one value and the next another. What is not JSON (a cycle, a `BigInt`, too deep
 * to serialise) is refused.
 */
function jsonCopy(value: unknown): unknown {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return reject([{ path: [], message: 'Expected a persisted session of JSON data' }]);
  }
}

function checkEnvelope(value: unknown, workflowId: WorkflowId): Record<string, unknown> {
  if (!isRecord(value)) reject([{ path: [], message: 'Expected a persisted session object' }]);
  if (value.format !== 'portal-helpdesk/session')
    reject([{ path: ['format'], message: 'Not a portal-helpdesk session' }]);
  if (value.schemaVersion !== SESSION_SCHEMA_VERSION) {
    reject([
      {
        path: ['schemaVersion'],
        message: `Saved in an unsupported format version (this library reads ${SESSION_SCHEMA_VERSION})`,
      },
    ]);
  }
  if (value.workflowId !== workflowId)
    reject([{ path: ['workflowId'], message: 'Saved from a different workflow' }]);
  if (!isRecord(value.snapshot)) reject([{ path: ['snapshot'], message: 'Expected a snapshot object' }]);
  return value.snapshot;
}

type Checked = { readonly issues: PortalHelpdeskIssue[]; readonly rebuilt: Record<string, unknown> };

function checkSnapshot(
  machine: AnyStateMachine,
  workflowId: WorkflowId,
  snapshot: unknown,
  path: (string | number)[],
): Checked {
  const issues = snapshotIssues(machine, workflowId, snapshot, path);
  if (issues.length > 0 || !isRecord(snapshot)) return { issues, rebuilt: {} };
  const children: Record<string, unknown> = {};
  const savedChildren = isRecord(snapshot.children) ? snapshot.children : {};
  for (const [id, child] of Object.entries(savedChildren)) {
    if (!isRecord(child)) continue;
    const src = String(child.src);
    const childWorkflow = workflowIdOfChildSource(machine, src);
    if (childWorkflow === undefined) continue;
    const inner = checkSnapshot(workflows[childWorkflow].machine, childWorkflow, child.snapshot, [
      ...path,
      'children',
      id,
      'snapshot',
    ]);
    if (inner.issues.length > 0) return { issues: inner.issues, rebuilt: {} };
    children[id] = {
      src,
      ...(typeof child.systemId === 'string' ? { systemId: child.systemId } : {}),
      ...(typeof child.syncSnapshot === 'boolean' ? { syncSnapshot: child.syncSnapshot } : {}),
      snapshot: inner.rebuilt,
    };
  }
  const context = contextSchemas[workflowId].safeParse(snapshot.context);
  return {
    issues: [],
    rebuilt: {
      status: snapshot.status,
      value: plainCopy(snapshot.value),
      ...(snapshot.historyValue === undefined ? {} : { historyValue: plainCopy(snapshot.historyValue) }),
      context: context.success ? context.data : {},
      children,
      ...(snapshot.status === 'done' ? { output: computedOutput(machine, context.data) } : {}),
    },
  };
}

/** A copy made of plain objects, arrays and strings only, without any prototype-changing key. */
function plainCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainCopy);
  if (!isRecord(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === '__proto__' || key.startsWith('xstate$$')) continue;
    copy[key] = plainCopy(item);
  }
  return copy;
}

function snapshotIssues(
  machine: AnyStateMachine,
  workflowId: WorkflowId,
  snapshot: unknown,
  path: (string | number)[],
): PortalHelpdeskIssue[] {
  if (!isRecord(snapshot)) return [{ path, message: 'Expected a snapshot object' }];
  if (snapshot.status !== 'active' && snapshot.status !== 'done') {
    return [{ path: [...path, 'status'], message: 'Only active or finished sessions can be restored' }];
  }
  if (!isCompleteStateValue(machine, snapshot.value)) {
    return [{ path: [...path, 'value'], message: 'Not a state of this workflow' }];
  }
  const topLevel = typeof snapshot.value === 'string' ? machine.root.states[snapshot.value] : undefined;
  if ((snapshot.status === 'done') !== (topLevel?.type === 'final')) {
    return [{ path: [...path, 'status'], message: 'Status does not match the state' }];
  }
  const context = contextSchemas[workflowId].safeParse(snapshot.context);
  if (!context.success) {
    return withoutKeyNames(toIssues(context.error.issues)).map((issue) => ({
      ...issue,
      path: [...path, 'context', ...issue.path],
    }));
  }
  if (
    !contextAgreesWithState(workflowId, snapshot.value, context.data) ||
    !userAgreesWithState(workflowId, snapshot.value, context.data)
  ) {
    return [{ path: [...path, 'context'], message: 'Context does not match the state' }];
  }
  if (workflowId === 'assist') {
    const issue = assistFactsIssue(snapshot.value, context.data as AssistContext);
    if (issue !== undefined) return [{ path: [...path, 'context'], message: issue }];
  }
  const invariant = stateInvariants[workflowId];
  const problem = invariant?.(stateId(snapshot.value as StateValue), context.data as never, liveChecks);
  if (problem !== undefined) return [{ path: [...path, 'context'], message: problem }];
  if (!isHistoryValue(machine, snapshot.historyValue)) {
    return [{ path: [...path, 'historyValue'], message: 'Not a history of this workflow' }];
  }
  if (snapshot.error !== undefined) return [{ path: [...path, 'error'], message: 'Unexpected error' }];
  if (!outputMatches(machine, snapshot)) {
    return [{ path: [...path, 'output'], message: 'Output does not match the state' }];
  }
  const childIssues = checkChildren(machine, snapshot, path);
  if (childIssues.length > 0) return childIssues;
  if (
    workflowId === 'assist' &&
    (!taskUserAgrees(context.data, snapshot.children) ||
      !runningTaskFactsAgree(context.data, snapshot.children))
  ) {
    return [
      {
        path: [...path, 'children', 'task', 'snapshot', 'context'],
        message: 'The task does not match the session',
      },
    ];
  }
  return [];
}

/**
 * Context facts that the state implies. An assist session names the task it is running exactly when
 * it is in `runningTask`, and names the one it runs: the summary reports that task's outcome. It
 * carries a block reason exactly in `taskBlocked`, and that block is the last outcome recorded.
 * Its history fits the step (see {@link historyAgreesWithState}).
 */
function contextAgreesWithState(workflowId: WorkflowId, value: unknown, context: unknown): boolean {
  if (workflowId !== 'assist' || !isRecord(context)) return true;
  if (!blockAgreesWithState(value, context)) return false;
  if (!historyAgreesWithState(value, context)) return false;
  if (!problemAgreesWithState(value, context)) return false;
  if (!triageAgreesWithState(value, context)) return false;
  const running = isRecord(value) ? value.runningTask : undefined;
  const current = context.currentTask as AssistTask | null;
  if (running === undefined) return current === null;
  return current !== null && assistTaskStates[current] === running;
}

/**
 * A triage is set exactly in `triaging` and `diagnosis`, and is never trusted: `diagnose` runs
 * again on the stored answers and must give the same question, causes and fix. A diagnosis is the
 * last one the summary records; a fix step names the task running, if any.
 */
function triageAgreesWithState(value: unknown, context: Record<string, unknown>): boolean {
  const triage = isRecord(context.triage) ? (context.triage as AssistTriage) : null;
  const fixStep = isRecord(context.fixStep) ? context.fixStep : null;
  const running = isRecord(value) ? value.runningTask : undefined;
  if (fixStep !== null && running !== undefined && fixStep.task !== context.currentTask) return false;
  if (value !== 'triaging' && value !== 'diagnosis') return triage === null;
  if (triage === null || fixStep !== null) return false;
  const again = runTriage(liveChecks, context.session as AssistSessionInput, triage.symptom, triage.answers);
  if (again === null || JSON.stringify(again) !== JSON.stringify(triage)) return false;
  if (value === 'triaging') return again.question !== null;
  const last = Array.isArray(context.diagnoses) ? (context.diagnoses.at(-1) as unknown) : undefined;
  return (
    again.question === null &&
    isRecord(last) &&
    JSON.stringify(last) === JSON.stringify({ symptom: again.symptom, causes: again.causes })
  );
}

/** The steps before the task list, which no task, triage or fix has passed through yet. */
const beforeAnyTask = new Set([
  'reviewingPreChecks',
  'reviewingPreChecksWithoutPortalLogin',
  'browserMustChange',
]);

/**
 * The history agrees with the state: the pre-check steps come before any task outcome, diagnosis
 * or fix step, and `taskFinished` follows a task that completed (a blocked one goes to
 * `taskBlocked`; one left goes to the task list or the end).
 */
function historyAgreesWithState(value: unknown, context: Record<string, unknown>): boolean {
  const outcomes = Array.isArray(context.outcomes) ? context.outcomes : [];
  const diagnoses = Array.isArray(context.diagnoses) ? context.diagnoses : [];
  if (typeof value === 'string' && beforeAnyTask.has(value))
    return outcomes.length === 0 && diagnoses.length === 0 && context.fixStep === null;
  if (value !== 'taskFinished') return true;
  const last: unknown = outcomes.at(-1);
  return isRecord(last) && last.outcome === 'completed' && context.fixStep === null;
}

/**
 * A refused choice is flagged only where staff choose (a task or a symptom) or answer a triage
 * question, and stays on the record if staff then end the session.
 */
function problemAgreesWithState(value: unknown, context: Record<string, unknown>): boolean {
  const problem = context.problem;
  if (problem === null || value === 'choosingTask' || value === 'ended') return true;
  return value === 'triaging' && problem === 'triage-refused';
}

/**
 * Who registers agrees with the facts. It is the user of the last task chosen (the one running,
 * else the last outcome): the patient for any task but registration, and the role a registration
 * outcome records. Registration outcomes, and only they, record a role. A block for an under-age
 * family member holds one who is under age; a patient under age blocks only the patient's own
 * registration; a registration runs only for a user old enough, as the pre-checks decided.
 */
function userAgreesWithState(workflowId: WorkflowId, value: unknown, context: unknown): boolean {
  if (workflowId !== 'assist' || !isRecord(context)) return true;
  const session = context.session as AssistSessionInput;
  const user = (context.taskOptions as { user: AssistUser }).user;
  const outcomes = (Array.isArray(context.outcomes) ? context.outcomes : []) as TaskOutcome[];
  if (!outcomes.every((outcome) => (outcome.task === 'registration') === (outcome.user !== undefined)))
    return false;
  const running = isRecord(value) ? value.runningTask : undefined;
  const last = outcomes.at(-1);
  const task = running !== undefined ? context.currentTask : (last?.task ?? null);
  if (task !== 'registration') return user.role === 'patient';
  if (running === undefined && last?.user !== user.role) return false;
  const blocked = isRecord(context.blocked) ? (context.blocked as AssistBlock) : null;
  const underAgeFamilyMember = familyMemberIsUnderAge(session, user);
  if (blocked?.reason === 'family-member-under-minimum-age') return underAgeFamilyMember;
  if (blocked?.reason === 'patient-under-minimum-age') return user.role === 'patient';
  if (running !== 'registration') return true;
  const preChecks = context.preChecks as { eligibility: { eligible: boolean } | null };
  return user.role === 'patient' ? preChecks.eligibility?.eligible !== false : !underAgeFamilyMember;
}

/** A running registration task was started with the session's user: same role, same date of birth. */
function taskUserAgrees(context: unknown, children: unknown): boolean {
  if (!isRecord(context) || context.currentTask !== 'registration') return true;
  const task = isRecord(children) ? children.task : undefined;
  const taskContext = isRecord(task) && isRecord(task.snapshot) ? task.snapshot.context : undefined;
  if (!isRecord(taskContext) || !isRecord(taskContext.user)) return false;
  const expected = toRegistrationUser((context.taskOptions as { user: AssistUser }).user);
  const birthDate = expected.role === 'family-member' ? expected.birthDate : undefined;
  return taskContext.user.role === expected.role && taskContext.user.birthDate === birthDate;
}

/** A running task holds the facts the session hands it (patient, clock, practice, providers, profiles). */
function runningTaskFactsAgree(context: unknown, children: unknown): boolean {
  if (!isRecord(context) || context.currentTask === null) return true;
  const assist = context as AssistContext;
  const task = isRecord(children) ? children.task : undefined;
  const taskContext = isRecord(task) && isRecord(task.snapshot) ? task.snapshot.context : undefined;
  const childWorkflow = assist.currentTask;
  return childWorkflow !== null && taskFactsAgree(workflows[childWorkflow].machine, assist, taskContext);
}

function blockAgreesWithState(value: unknown, context: Record<string, unknown>): boolean {
  const blocked = isRecord(context.blocked) ? context.blocked : null;
  if (value !== 'taskBlocked') return blocked === null;
  const last = Array.isArray(context.outcomes) ? (context.outcomes.at(-1) as unknown) : undefined;
  return (
    blocked !== null &&
    isRecord(last) &&
    last.outcome === 'blocked' &&
    last.task === blocked.task &&
    last.reason === blocked.reason
  );
}

function checkChildren(
  machine: AnyStateMachine,
  snapshot: Record<string, unknown>,
  path: (string | number)[],
): PortalHelpdeskIssue[] {
  const children = snapshot.children;
  if (!isRecord(children)) return [{ path: [...path, 'children'], message: 'Expected an object' }];
  const expected =
    snapshot.status === 'active' ? invokedChildren(machine, snapshot.value) : new Map<string, Invoked>();
  const ids = Object.keys(children);
  if (ids.length !== expected.size || ids.some((id) => !expected.has(id))) {
    return [{ path: [...path, 'children'], message: 'Child tasks do not match the state' }];
  }
  for (const id of ids) {
    const child = children[id];
    const childPath = [...path, 'children', id];
    const invoked = expected.get(id);
    if (
      !isRecord(child) ||
      invoked === undefined ||
      child.src !== invoked.src ||
      child.systemId !== invoked.systemId ||
      (child.syncSnapshot ?? false) !== invoked.syncSnapshot
    )
      return [{ path: childPath, message: 'Child task does not match the state' }];
    const childWorkflow = workflowIdOfChildSource(machine, invoked.src);
    if (childWorkflow === undefined) return [{ path: childPath, message: 'Unknown child task' }];
    // A child that finished has already handed its output to the parent, which has left the state.
    if (!isRecord(child.snapshot) || child.snapshot.status !== 'active')
      return [{ path: [...childPath, 'snapshot', 'status'], message: 'A running child task must be active' }];
    const issues = snapshotIssues(workflows[childWorkflow].machine, childWorkflow, child.snapshot, [
      ...childPath,
      'snapshot',
    ]);
    if (issues.length > 0) return issues;
  }
  return [];
}

type Invoked = { src: string; systemId: string | undefined; syncSnapshot: boolean };

/** The invoked children (by id) that the active states of `value` must have. */
function invokedChildren(machine: AnyStateMachine, value: unknown): Map<string, Invoked> {
  const result = new Map<string, Invoked>();
  let node = machine.root;
  let current: unknown = value;
  for (let depth = 0; depth < 32; depth++) {
    for (const invoke of node.invoke) {
      if (typeof invoke.src !== 'string') continue;
      // xstate syncs a child's snapshots to its parent only for an invoke with `onSnapshot`.
      const syncSnapshot = (invoke as { onSnapshot?: unknown }).onSnapshot !== undefined;
      result.set(invoke.id, { src: invoke.src, systemId: invoke.systemId, syncSnapshot });
    }
    const key =
      typeof current === 'string' ? current : isRecord(current) ? Object.keys(current)[0] : undefined;
    const next = key === undefined ? undefined : node.states[key];
    if (next === undefined) break;
    node = next;
    current = isRecord(current) && key !== undefined ? current[key] : undefined;
  }
  return result;
}

function workflowIdOfChildSource(machine: AnyStateMachine, src: string): WorkflowId | undefined {
  const actors: Record<string, unknown> = machine.implementations.actors;
  const logic = Object.hasOwn(actors, src) ? actors[src] : undefined;
  if (typeof logic !== 'object' || logic === null || !('id' in logic) || typeof logic.id !== 'string')
    return undefined;
  const id = workflowIdOfMachine(logic.id);
  return isWorkflowId(id) && workflows[id].machine === logic ? id : undefined;
}

/**
 * Whether a persisted history value names only state nodes of the machine, as xstate's reviver
 * expects (a record of arrays of `{ id }`); anything else makes the restored actor fail.
 */
function isHistoryValue(machine: AnyStateMachine, value: unknown): boolean {
  if (value === undefined) return true;
  if (!isRecord(value)) return false;
  return Object.values(value).every(
    (entries) =>
      Array.isArray(entries) &&
      entries.every(
        (entry) => isRecord(entry) && typeof entry.id === 'string' && isStateNodeId(machine, entry.id),
      ),
  );
}

function isStateNodeId(machine: AnyStateMachine, id: string): boolean {
  try {
    machine.getStateNodeById(id);
    return true;
  } catch {
    return false;
  }
}

/** The output the machine computes from a (checked) context. */
function computedOutput(machine: AnyStateMachine, context: unknown): unknown {
  const mapper: unknown = machine.config.output;
  return typeof mapper === 'function'
    ? (mapper as (args: { context: unknown; event: unknown; self: unknown }) => unknown)({
        context,
        event: { type: `xstate.done.state.${machine.id}` },
        self: undefined,
      })
    : mapper;
}

/**
 * xstate restores `output` as saved, without computing it again: an unfinished session must have
 * none, and a finished one exactly what the machine computes from its (already checked) context.
 */
function outputMatches(machine: AnyStateMachine, snapshot: Record<string, unknown>): boolean {
  if (snapshot.status !== 'done') return snapshot.output === undefined;
  const mapper: unknown = machine.config.output;
  try {
    const expected =
      typeof mapper === 'function'
        ? (mapper as (args: { context: unknown; event: unknown; self: unknown }) => unknown)({
            context: snapshot.context,
            event: { type: `xstate.done.state.${machine.id}` },
            self: undefined,
          })
        : mapper;
    return JSON.stringify(expected) === JSON.stringify(snapshot.output);
  } catch {
    return false;
  }
}

/** The id of the library's workflow whose machine `logic` is; `undefined` for anything else. */
function workflowOf(logic: unknown): WorkflowId | undefined {
  if (!isRecord(logic) || typeof logic.id !== 'string') return undefined;
  const workflowId = workflowIdOfMachine(logic.id);
  return workflowId !== undefined && (workflows[workflowId].machine as unknown) === logic
    ? workflowId
    : undefined;
}

function invalid(issues: PortalHelpdeskIssue[]): PortalHelpdeskError {
  return new PortalHelpdeskError('invalid-snapshot', issues, 'restoreSession');
}

function reject(issues: PortalHelpdeskIssue[]): never {
  throw invalid(issues);
}

function failIfAny(issues: PortalHelpdeskIssue[]): void {
  if (issues.length > 0) throw invalid(issues);
}
