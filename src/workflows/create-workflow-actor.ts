import { type Actor, type ActorOptions, type AnyStateMachine, createActor, type InputFrom } from 'xstate';
import { isPortalHelpdeskError, PortalHelpdeskError } from '../errors.js';
import { type EventRefusalOptions, guardActor } from './guard-actor.js';
import { workflowDefinitions } from './registry.js';

/**
 * Creates an actor for one of the workflow machines and validates its input synchronously.
 *
 * With a bare `createActor`, xstate catches an error thrown while building the first snapshot and
 * reports it later, asynchronously; this function throws the `PortalHelpdeskError` right away
 * instead. The actor is returned not yet started, as `createActor` returns it.
 *
 * Its `send` checks every event against the workflow's event schemas first: a refused event
 * changes nothing and is reported to `options.onEventRefused` (see `docs/security.md`).
 *
 * The machine must be one of the exported workflow machines as it is: a copy made with xstate's
 * `machine.provide` could swap the guards that keep a session's facts and state in step, so it is
 * refused like any other unknown machine.
 *
 * @throws {PortalHelpdeskError} `invalid-input` with the paths of the bad fields; `unknown-workflow`
 * when `machine` is not one of the library's workflow machines.
 * @example
 * ```ts
 * const actor = createWorkflowActor(securitySetupMachine, { defaultCountry: 'US' }).start();
 * actor.getSnapshot().value;
 * //=> 'choosingOption'
 * ```
 */
export function createWorkflowActor<TMachine extends AnyStateMachine>(
  machine: TMachine,
  input: InputFrom<TMachine>,
  options: Omit<ActorOptions<TMachine>, 'input' | 'snapshot'> & EventRefusalOptions = {},
): Actor<TMachine> {
  if (!workflowDefinitions.some((definition) => (definition.machine as unknown) === machine)) {
    throw new PortalHelpdeskError('unknown-workflow', [
      { path: ['machine'], message: 'Not a portal-helpdesk workflow machine' },
    ]);
  }
  const { onEventRefused, ...actorOptions } = typeof options === 'object' && options !== null ? options : {};
  const actor = createActor(machine, { ...actorOptions, input } as ActorOptions<TMachine>);
  const snapshot = actor.getSnapshot() as { status: string; error?: unknown };
  if (snapshot.status === 'error') {
    if (isPortalHelpdeskError(snapshot.error)) throw snapshot.error;
    throw new PortalHelpdeskError('invalid-input', [
      { path: [], message: 'The workflow could not start from this input' },
    ]);
  }
  return guardActor(actor, machine, onEventRefused);
}
