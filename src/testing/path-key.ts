import type { AnyMachineSnapshot } from 'xstate';
import { validateMessage } from '../rules/message.js';
import type { WorkflowId } from '../workflows/registry.js';

/**
 * The identity of a snapshot for path generation: the state and the parts of the context that
 * change what can happen next. Counters (code attempts) and constant inputs are left out, so the
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
    projectContext(workflowId, snapshot.context, detail),
  ]);
}

function projectContext(
  workflowId: WorkflowId,
  context: Record<string, unknown>,
  detail: 'full' | 'branch',
): unknown {
  // `problem` only explains the last refusal; no guard reads it, so 'branch' detail may drop it.
  const { codeAttempts: _attempts, problem, ...kept } = context;
  const rest = detail === 'full' ? { ...kept, problem } : kept;
  switch (workflowId) {
    case 'secure-message': {
      const { body, attachments, providers: _providers, policy: _policy, ...others } = rest;
      return {
        ...others,
        body: typeof body === 'string' ? bodyKind(body) : null,
        attachments: Array.isArray(attachments) ? attachments.length : 0,
      };
    }
    case 'assist': {
      // Outcomes and task options never steer the session itself; 'branch' detail drops them.
      const { session: _session, outcomes, taskOptions, ...others } = rest;
      if (detail === 'branch') return others;
      return {
        ...others,
        taskOptions,
        lastOutcome: Array.isArray(outcomes) ? (outcomes.at(-1) ?? null) : null,
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
