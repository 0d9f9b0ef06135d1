import type { Actor, AnyStateMachine } from 'xstate';
import { PortalHelpdeskError, type PortalHelpdeskIssue } from '../errors.js';
import { workflowDefinitions } from './registry.js';
import { EVENT_REFUSED, type EventRefused, eventChecker } from './shared/event-guard.js';
import { typeOf } from './shared/event-schema.js';
import { plainEvent } from './shared/plain-event.js';

/** Options this library adds to xstate's actor options. */
export type EventRefusalOptions = {
  /**
   * Called, synchronously, with each event the actor refused: a payload that breaks the event's
   * schema, an event the workflow does not have, an `xstate.*` event, or any event once the
   * workflow has finished. State and context are left as they were.
   */
  readonly onEventRefused?: ((refusal: EventRefused) => void) | undefined;
};

const checkers = new WeakMap<AnyStateMachine, (event: unknown) => readonly PortalHelpdeskIssue[]>();

/**
 * What is wrong with an event for a workflow machine: an empty list when the machine's actors
 * would accept it, else value-free issues (the same check `createWorkflowActor`'s `send` runs).
 *
 * @example
 * ```ts
 * eventIssues(securitySetupMachine, { type: 'SEND_CODE', phone: 42 });
 * //=> [{ path: ['phone'], message: 'Expected string' }]
 * ```
 */
export function eventIssues(machine: AnyStateMachine, event: unknown): readonly PortalHelpdeskIssue[] {
  const definition = workflowDefinitions.find((candidate) => candidate.machine === machine);
  if (definition === undefined) {
    throw new PortalHelpdeskError('unknown-workflow', [
      { path: ['machine'], message: 'Not a portal-helpdesk workflow' },
    ]);
  }
  // The same plain copy `send` makes, so both give the same answer for any value.
  let plain: unknown;
  try {
    plain = plainEvent(event);
  } catch {
    return [{ path: [], message: PLAIN_DATA }];
  }
  return checkerFor(definition.machine)(plain);
}

const PLAIN_DATA = 'Expected an event of plain data';

function knownTypes(machine: AnyStateMachine): ReadonlySet<string> {
  const definition = workflowDefinitions.find((candidate) => candidate.machine === machine);
  return new Set((definition?.events ?? []).map(typeOf));
}

function checkerFor(machine: AnyStateMachine) {
  let check = checkers.get(machine);
  if (check === undefined) {
    const definition = workflowDefinitions.find((candidate) => candidate.machine === machine);
    check = eventChecker(definition?.events ?? []);
    checkers.set(machine, check);
  }
  return check;
}

/**
 * Puts the workflow's event boundary in front of an actor's `send`: every event from the host is
 * checked against the workflow's event schemas before xstate sees it, and refused events are
 * reported through `onEventRefused` instead of reaching the machine. Events the actor's own
 * children send to it do not pass through `send`, so they are not affected.
 */
export function guardActor<TMachine extends AnyStateMachine>(
  actor: Actor<TMachine>,
  machine: TMachine,
  onEventRefused: EventRefusalOptions['onEventRefused'],
): Actor<TMachine> {
  const check = checkerFor(machine);
  const known = knownTypes(machine);
  const send = actor.send.bind(actor);
  const refuse = (event: unknown, issues: readonly PortalHelpdeskIssue[]) => {
    const type: unknown =
      typeof event === 'object' && event !== null ? (event as { type?: unknown }).type : null;
    onEventRefused?.({
      type: EVENT_REFUSED,
      // Only a type the workflow declares is named: anything else the host sent could be any text.
      eventType: typeof type === 'string' && known.has(type) ? type : null,
      issues,
    });
  };
  Object.defineProperty(actor, 'send', {
    configurable: true,
    writable: false,
    value: (sent: unknown) => {
      // The machine gets a plain copy, read once: a getter or proxy cannot show the check one
      // payload and the machine another, and one that throws is refused like any bad payload.
      let event: unknown;
      try {
        event = plainEvent(sent);
      } catch {
        return refuse(null, [{ path: [], message: PLAIN_DATA }]);
      }
      const issues = check(event);
      if (issues.length > 0) return refuse(event, issues);
      if ((actor.getSnapshot() as { status?: unknown }).status !== 'active') {
        return refuse(event, [{ path: ['type'], message: 'The workflow is no longer running' }]);
      }
      send(event as Parameters<typeof send>[0]);
    },
  });
  return actor;
}
