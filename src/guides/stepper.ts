import {
  type AnyActorScope,
  type AnyEventObject,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  createActor,
} from 'xstate';

/** Moves one machine from snapshot to snapshot, running no action. */
export interface Stepper {
  /** The initial snapshot for the input. */
  readonly start: AnyMachineSnapshot;
  /** The snapshot after `event`, as xstate's `getNextSnapshot` gives it. */
  next(snapshot: AnyMachineSnapshot, event: AnyEventObject): AnyMachineSnapshot;
}

/**
 * xstate's `getInitialSnapshot` and `getNextSnapshot`, sharing one inert actor scope for a whole
 * guide. Those functions build a new actor for every call, which starts the machine without input
 * (our machines then fail validation and build an error) and was most of the cost of a guide.
 * Actions are resolved (assignments, invocations) but never executed, as with those functions.
 *
 * @throws whatever the machine's context factory throws for `input` (a `PortalHelpdeskError`).
 */
export function createStepper(machine: AnyStateMachine, input: unknown): Stepper {
  // Never started: the snapshot is computed, and actions wait for a start that never comes.
  const self = createActor(machine, { input });
  const start = self.getSnapshot() as AnyMachineSnapshot & { readonly error?: unknown };
  if (start.status === 'error') throw start.error;
  const scope: AnyActorScope = {
    self,
    system: self.system,
    id: '',
    sessionId: '',
    defer: () => {},
    logger: () => {},
    emit: () => {},
    stopChild: () => {},
    actionExecutor: () => {},
  };
  return { start, next: (snapshot, event) => machine.transition(snapshot, event, scope) };
}
