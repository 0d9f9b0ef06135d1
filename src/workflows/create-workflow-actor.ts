import { type Actor, type ActorOptions, type AnyStateMachine, createActor, type InputFrom } from 'xstate';
import { isPortalHelpdeskError, PortalHelpdeskError } from '../errors.js';

/**
 * Creates an actor for one of the workflow machines and validates its input synchronously.
 *
 * With a bare `createActor`, xstate catches an error thrown while building the first snapshot and
 * reports it later, asynchronously; this function throws the `PortalHelpdeskError` right away
 * instead. The actor is returned not yet started, as `createActor` returns it.
 *
 * @throws {PortalHelpdeskError} `invalid-input` with the paths of the bad fields.
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
  options: Omit<ActorOptions<TMachine>, 'input' | 'snapshot'> = {},
): Actor<TMachine> {
  const actor = createActor(machine, { ...options, input } as ActorOptions<TMachine>);
  const snapshot = actor.getSnapshot() as { status: string; error?: unknown };
  if (snapshot.status === 'error') {
    if (isPortalHelpdeskError(snapshot.error)) throw snapshot.error;
    throw new PortalHelpdeskError('invalid-input', [
      { path: [], message: 'The workflow could not start from this input' },
    ]);
  }
  return actor;
}
