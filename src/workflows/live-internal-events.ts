import type { AnyActorRef, AnyMachineSnapshot, AnyStateMachine, EventObject } from 'xstate';
import { plainEvent } from './shared/plain-event.js';

const XSTATE = 'xstate.';
const DONE_ACTOR = 'xstate.done.actor.';
const ERROR_ACTOR = 'xstate.error.actor.';
const guarded = new WeakSet<AnyStateMachine>();

/**
 * Makes a live machine ignore xstate's internal events when they come from outside: one sent to a
 * bare `createActor` (or `useActorRef`) cannot finish a task that never ran, nor skip a task's
 * steps through the `xstate.done.state.*` events of its compound states. xstate steps an actor
 * through its machine's `transition` with each event of its mailbox; the internal events it puts
 * there itself are `xstate.stop` and a child actor's done and error events, sent with the output
 * (or error) object of the child's own final snapshot. So an `xstate.*` event goes ahead only when
 * it is `xstate.stop`, or the snapshot's child of that id has finished with that very output
 * (failed with that very error); every other one leaves the snapshot as it was. Guide walks and
 * `workflowPaths`, which never run the children, step the same config made again (`provide`),
 * where the sample done events stand for the tasks.
 *
 * Every event of the workflow's own is read once, as plain data, before the machine sees it: its guards and
 * actions get the copy, so a getter or proxy cannot pass the event check with one payload and be
 * stored with another, and an event that cannot be read (a getter that throws, data nested deeper
 * than any event) leaves the snapshot as it was instead of failing the actor. Idempotent; returns
 * `machine`.
 */
export function ignoreForgedInternalEvents<Machine extends AnyStateMachine>(machine: Machine): Machine {
  if (guarded.has(machine)) return machine;
  guarded.add(machine);
  const step = machine.transition.bind(machine);
  (machine as AnyStateMachine).transition = (snapshot, event, scope) => {
    let copy: EventObject;
    try {
      const type: unknown = event.type;
      // xstate's own events keep their output or error object: the check below compares it by
      // identity with the child's.
      copy = isInternal(type) ? { ...event, type } : (plainEvent(event) as EventObject);
    } catch {
      return snapshot;
    }
    return isInternal(copy.type) && isForgedInternalEvent(snapshot, copy)
      ? snapshot
      : step(snapshot, copy, scope);
  };
  return machine;
}

function isInternal(type: unknown): type is string {
  return typeof type === 'string' && type.startsWith(XSTATE);
}

function isForgedInternalEvent(snapshot: AnyMachineSnapshot, event: EventObject): boolean {
  const { type } = event;
  if (type === 'xstate.stop') return false;
  const done = type.startsWith(DONE_ACTOR);
  if (!done && !type.startsWith(ERROR_ACTOR)) return true;
  const id = type.slice((done ? DONE_ACTOR : ERROR_ACTOR).length);
  // An own child only: `constructor` or `__proto__` must not reach Object.prototype.
  const children: Record<string, AnyActorRef> = snapshot.children;
  if (!Object.hasOwn(children, id)) return true;
  const child = children[id]?.getSnapshot() as
    | { status?: unknown; output?: unknown; error?: unknown }
    | undefined;
  const sent = event as { output?: unknown; error?: unknown };
  return done
    ? !(child?.status === 'done' && 'output' in event && sent.output === child.output)
    : !(child?.status === 'error' && 'error' in event && sent.error === child.error);
}
