import { and, type EventObject } from 'xstate';
import type * as z from 'zod/mini';
import type { PortalHelpdeskIssue } from '../../errors.js';
import { toIssues, withoutKeyNames } from '../../internal/validate.js';
import { typeOf } from './event-schema.js';

/**
 * The type of the report `onEventRefused` receives when an actor refused an event sent to it.
 *
 * @example
 * ```ts
 * const refusals: EventRefused[] = [];
 * const actor = createWorkflowActor(securitySetupMachine, {}, { onEventRefused: (r) => refusals.push(r) }).start();
 * actor.send({ type: 'VERIFY', code: 42 } as never);
 * refusals[0]?.type === EVENT_REFUSED;
 * //=> true
 * ```
 */
export const EVENT_REFUSED = 'portal-helpdesk.event-refused';

/**
 * Emitted (`actor.on('portal-helpdesk.event-refused', ...)`) when an actor made by
 * `createWorkflowActor` or `restoreSession` refuses an event: state and context stay as they were.
 * `issues` name the bad fields, never their values.
 */
export type EventRefused = {
  readonly type: typeof EVENT_REFUSED;
  /** The refused event's type when it is one the workflow declares; `null` for anything else. */
  readonly eventType: string | null;
  readonly issues: readonly PortalHelpdeskIssue[];
};

/** The name of the guard every transition of a workflow checks first. */
export const EVENT_IS_VALID = 'eventIsValid';

const MAX_TYPE_LENGTH = 64;

/**
 * A checker for the events of one workflow: an empty list for a valid event, else value-free
 * issues. Internal xstate events (`xstate.*`) are never accepted from outside.
 */
export function eventChecker(
  schemas: readonly z.ZodMiniObject[],
): (event: unknown) => readonly PortalHelpdeskIssue[] {
  const byType = new Map<string, z.ZodMiniObject>();
  for (const schema of schemas) if (!byType.has(typeOf(schema))) byType.set(typeOf(schema), schema);
  return (event) => {
    if (typeof event !== 'object' || event === null || Array.isArray(event))
      return [{ path: [], message: 'Expected an event object' }];
    const type: unknown = (event as { type?: unknown }).type;
    if (typeof type !== 'string' || type.length > MAX_TYPE_LENGTH)
      return [{ path: ['type'], message: 'Expected an event type' }];
    if (type.startsWith('xstate.')) return [{ path: ['type'], message: 'Internal events cannot be sent' }];
    const schema = byType.get(type);
    if (schema === undefined) return [{ path: ['type'], message: 'Not an event of this workflow' }];
    const result = schema.safeParse(event);
    return result.success ? [] : withoutKeyNames(toIssues(result.error.issues));
  };
}

/**
 * A guard refusing any event its workflow's schemas refuse (the event is then ignored), and one
 * that cannot be read (a getter or proxy trap that throws) rather than failing the actor.
 */
export function eventIsValid(check: (event: unknown) => readonly PortalHelpdeskIssue[]) {
  return ({ event }: { event: EventObject }) => {
    try {
      return check(event).length === 0;
    } catch {
      return false;
    }
  };
}

type TransitionConfig = Record<string, unknown>;

function guarded(transition: unknown): unknown {
  const config: TransitionConfig =
    typeof transition === 'string' ? { target: transition } : { ...(transition as TransitionConfig) };
  config.guard = config.guard === undefined ? EVENT_IS_VALID : and([EVENT_IS_VALID, config.guard as never]);
  return config;
}

/**
 * Puts the `eventIsValid` guard first on every event transition of a state tree (wildcard and
 * `always` transitions excepted), so an event whose payload breaks its schema is ignored by the
 * machine itself, whoever sent it: never stored in context, never an actor error.
 *
 * @example
 * ```ts
 * const states = guardEvents({ idle: { on: { GO: 'busy' } }, busy: {} });
 * states.idle.on.GO;
 * //=> [{ target: 'busy', guard: 'eventIsValid' }]
 * ```
 */
export function guardEvents<const States extends object>(states: States): States {
  const result: Record<string, unknown> = {};
  for (const [key, node] of Object.entries(states)) {
    const copy: Record<string, unknown> = { ...(node as Record<string, unknown>) };
    if (typeof copy.on === 'object' && copy.on !== null) {
      const on: Record<string, unknown> = {};
      for (const [type, transitions] of Object.entries(copy.on as Record<string, unknown>)) {
        on[type] =
          type === '*'
            ? transitions
            : (Array.isArray(transitions) ? transitions : [transitions]).map(guarded);
      }
      copy.on = on;
    }
    if (typeof copy.states === 'object' && copy.states !== null) copy.states = guardEvents(copy.states);
    result[key] = copy;
  }
  return result as States;
}
