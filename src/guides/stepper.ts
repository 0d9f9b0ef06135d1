import {
  type AnyEventObject,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  initialTransition,
  transition,
} from 'xstate';

/** Moves one machine from snapshot to snapshot without running it. */
export interface Stepper {
  /** The initial snapshot for the input. */
  readonly start: AnyMachineSnapshot;
  /** The snapshot after `event`. */
  next(snapshot: AnyMachineSnapshot, event: AnyEventObject): AnyMachineSnapshot;
}

/**
 * xstate's pure `initialTransition` and `transition`: snapshots are computed, actions are only
 * returned (and ignored here), so a guide never runs a workflow.
 *
 * @throws whatever the machine's context factory throws for `input` (a `PortalHelpdeskError`).
 */
export function createStepper(machine: AnyStateMachine, input: unknown): Stepper {
  const [start] = initialTransition(machine, input);
  const { status, error } = start as AnyMachineSnapshot & { readonly error?: unknown };
  if (status === 'error') throw error;
  return { start, next: (snapshot, event) => transition(machine, snapshot, event)[0] };
}
