import type { AnyMachineSnapshot } from 'xstate';
import { validateMessage } from '../rules/message.js';
import type { WorkflowId } from '../workflows/definitions.js';

/**
 * The identity of a snapshot for path generation: the state and the parts of the context that
 * change what can happen next or what the step shows. Counters (codes refused, new codes asked for)
 * and constant inputs are left out, so the graph stays finite and small; message bodies count only
 * by the problem they cause.
 *
 * A context's part of the key is worked out once per context object and view (xstate shares the
 * context between snapshots until an action assigns to it, and never changes one in place), and a
 * message body's kind once per text: path generation serialises every snapshot it reaches, most of
 * them with an unchanged context.
 */
export function pathKeyer(
  workflowId: WorkflowId,
  detail: 'full' | 'branch',
): (snapshot: AnyMachineSnapshot) => string {
  const contexts = new WeakMap<object, Map<AssistView, string>>();
  const bodies = new Map<string, string>();
  const cachedBodyKind = (body: string): string => {
    let kind = bodies.get(body);
    if (kind === undefined) {
      kind = bodyKind(body);
      bodies.set(body, kind);
    }
    return kind;
  };
  return (snapshot) => {
    const context: Record<string, unknown> = snapshot.context;
    const view = workflowId === 'assist' ? assistView(snapshot.value, context) : 'none';
    let views = contexts.get(context);
    if (views === undefined) {
      views = new Map();
      contexts.set(context, views);
    }
    let projected = views.get(view);
    if (projected === undefined) {
      projected = JSON.stringify(projectContext(workflowId, context, detail, cachedBodyKind, view));
      views.set(view, projected);
    }
    return `[${JSON.stringify(snapshot.status)},${JSON.stringify(snapshot.value)},${projected}]`;
  };
}

/**
 * What of an assist session's history counts in a key: what the state in view shows. The last
 * outcome where it was just recorded (a task finished or blocked, the task list right after a
 * switch) and in the summary of the ended session; the last diagnosis on the diagnosis and in the
 * summary; nothing elsewhere. Keying every state by its history multiplied the paths by the
 * outcomes and diagnoses (20,440 shortest paths, 6-7 s, for the same states and the same last
 * outcomes and diagnoses in the summaries); combinations across rounds are not enumerated.
 */
type AssistView = 'none' | 'outcome' | 'diagnosis' | 'summary';

function assistView(value: unknown, context: Record<string, unknown>): AssistView {
  if (value === 'ended') return 'summary';
  if (value === 'taskFinished' || value === 'taskBlocked') return 'outcome';
  // The task list right after staff switched away from a task shows where that task was left.
  if (value === 'choosingTask' && lastOf(context.outcomes)?.outcome === 'switched') return 'outcome';
  if (value === 'diagnosis') return 'diagnosis';
  return 'none';
}

function projectContext(
  workflowId: WorkflowId,
  context: Record<string, unknown>,
  detail: 'full' | 'branch',
  kindOfBody: (body: string) => string,
  view: AssistView,
): unknown {
  // `problem` only explains the last refusal; no guard reads it, so 'branch' detail may drop it.
  const { codeAttempts: _attempts, codeResends: _resends, problem, ...kept } = context;
  const rest = detail === 'full' ? { ...kept, problem } : kept;
  switch (workflowId) {
    case 'secure-message': {
      const { body, attachments, providers: _providers, policy: _policy, ...others } = rest;
      return {
        ...others,
        body: typeof body === 'string' ? kindOfBody(body) : null,
        attachments: Array.isArray(attachments) ? attachments.length : 0,
      };
    }
    case 'assist': {
      // Outcomes and diagnoses never steer the session itself; 'branch' detail drops them with the
      // task options, 'full' keeps what the state in view shows (see AssistView) and the task
      // options, whose channel carries over to the next registration. Who registers (in the task
      // options and a registration's outcome) is left out: only a registration's start reads it,
      // and what it decides there (refused, or run) shows in the state.
      const { session: _session, outcomes, diagnoses, taskOptions, ...others } = rest;
      if (detail === 'branch') return others;
      const { user: _user, ...options } = (taskOptions ?? {}) as Record<string, unknown>;
      const last = lastOf(outcomes);
      const { user: _role, ...lastOutcome } = last ?? {};
      return {
        ...others,
        taskOptions: options,
        lastOutcome: view === 'outcome' || view === 'summary' ? (last === undefined ? null : lastOutcome) : 0,
        lastDiagnosis:
          (view === 'diagnosis' || view === 'summary') && Array.isArray(diagnoses)
            ? (diagnoses.at(-1) ?? null)
            : 0,
      };
    }
    case 'profile-switch': {
      const { familyProfiles: _profiles, ...others } = rest;
      return others;
    }
    default:
      return rest;
  }
}

function lastOf(list: unknown): Record<string, unknown> | undefined {
  return Array.isArray(list) ? (list.at(-1) as Record<string, unknown> | undefined) : undefined;
}

/** A body counts only by the issues the message rule finds in it. */
function bodyKind(body: string): string {
  return validateMessage({ body, attachments: [], startedFrom: 'home-page' })
    .issues.map((issue) => issue.code)
    .join(',');
}
