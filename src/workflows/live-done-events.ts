import type { AnyActorRef, AnyMachineSnapshot, AnyStateMachine, EventObject } from 'xstate';

const DONE_ACTOR = 'xstate.done.actor.';
const guarded = new WeakSet<AnyStateMachine>();

/**
 * Makes a live machine ignore a child actor's done event that the child did not send: one sent from
 * outside (to a bare `createActor` too) cannot finish a task that never ran. xstate steps an actor
 * through its machine's `transition`, the child's own done event included, and sends that event
 * with the output object of the child's final snapshot; so the step goes ahead only when the
 * machine snapshot's child of that id has finished with that very output. Guide walks and
 * `workflowPaths`, which never run the children, step the same config made again (`provide`),
 * where the sample done events stand for the tasks. Idempotent; returns `machine`.
 */
export function ignoreForgedDoneEvents<Machine extends AnyStateMachine>(machine: Machine): Machine {
  if (guarded.has(machine)) return machine;
  guarded.add(machine);
  const step = machine.transition.bind(machine);
  (machine as AnyStateMachine).transition = (snapshot, event, scope) =>
    isForgedDoneEvent(snapshot, event) ? snapshot : step(snapshot, event, scope);
  return machine;
}

function isForgedDoneEvent(snapshot: AnyMachineSnapshot, event: EventObject): boolean {
  if (!event.type.startsWith(DONE_ACTOR)) return false;
  const children: Partial<Record<string, AnyActorRef>> = snapshot.children;
  const child = children[event.type.slice(DONE_ACTOR.length)]?.getSnapshot() as
    | { status?: unknown; output?: unknown }
    | undefined;
  return !(child?.status === 'done' && 'output' in event && event.output === child.output);
}
