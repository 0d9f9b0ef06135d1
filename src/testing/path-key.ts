import type { AnyMachineSnapshot } from 'xstate';
import { validateMessage } from '../rules/message.js';
import type { WorkflowId } from '../workflows/definitions.js';

/**
 * The identity of a snapshot for path generation: the state and the parts of the context that
 * change what can happen next. Counters (codes refused, new codes asked for) and constant inputs are left out, so the
 * graph stays finite and small; message bodies count only by the problem they cause.
 */
export function pathKey(
  workflowId: WorkflowId,
  snapshot: AnyMachineSnapshot,
  detail: 'full' | 'branch' = 'full',
): string {
  return JSON.stringify([
    snapshot.status,
    snapshot.value,
    projectContext(workflowId, snapshot.context, detail, bodyKind),
  ]);
}

/**
 * {@link pathKey} for one path generation, with the same keys, faster: a context's part of the key
 * is worked out once per context object (xstate shares the context between snapshots until an
 * action assigns to it, and never changes one in place), and a message body's kind once per text.
 * Path generation serialises every snapshot it reaches, most of them with an unchanged context.
 */
export function pathKeyer(
  workflowId: WorkflowId,
  detail: 'full' | 'branch',
): (snapshot: AnyMachineSnapshot) => string {
  const contexts = new WeakMap<object, string>();
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
    let projected = contexts.get(context);
    if (projected === undefined) {
      projected = JSON.stringify(projectContext(workflowId, context, detail, cachedBodyKind));
      contexts.set(context, projected);
    }
    // The same text as pathKey's JSON.stringify of the three-element array.
    return `[${JSON.stringify(snapshot.status)},${JSON.stringify(snapshot.value)},${projected}]`;
  };
}

function projectContext(
  workflowId: WorkflowId,
  context: Record<string, unknown>,
  detail: 'full' | 'branch',
  kindOfBody: (body: string) => string,
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
      // Outcomes, diagnoses and task options never steer the session itself; 'branch' detail
      // drops them, 'full' keeps the last of each (the lists grow with every round). Who registers
      // (in the task options and a registration's outcome) is left out too: only a registration's
      // start reads it, and what it decides there (refused, or run) shows in the state.
      const { session: _session, outcomes, diagnoses, taskOptions, ...others } = rest;
      if (detail === 'branch') return others;
      const { user: _user, ...options } = (taskOptions ?? {}) as Record<string, unknown>;
      const last = Array.isArray(outcomes)
        ? (outcomes.at(-1) as Record<string, unknown> | undefined)
        : undefined;
      const { user: _role, ...lastOutcome } = last ?? {};
      return {
        ...others,
        taskOptions: options,
        lastOutcome: last === undefined ? null : lastOutcome,
        lastDiagnosis: Array.isArray(diagnoses) ? (diagnoses.at(-1) ?? null) : null,
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

/** A body counts only by the issues the message rule finds in it. */
function bodyKind(body: string): string {
  return validateMessage({ body, attachments: [], startedFrom: 'home-page' })
    .issues.map((issue) => issue.code)
    .join(',');
}
