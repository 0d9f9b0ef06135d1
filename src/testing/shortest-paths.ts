import {
  type AnyActorLogic,
  type AnyActorScope,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type EventObject,
  transition,
} from 'xstate';
import { createStepper } from '../guides/stepper.js';

/** One shortest path: the snapshots passed (the first is the initial one) and the events sent. */
export type ShortestPath = {
  readonly snapshots: readonly AnyMachineSnapshot[];
  readonly events: readonly EventObject[];
};

type Node = {
  readonly snapshot: AnyMachineSnapshot;
  readonly parent: Node | undefined;
  readonly event: EventObject | undefined;
};

/**
 * One shortest path to every snapshot key reachable from `input`: a breadth-first search that
 * steps the machine with xstate's pure `transition`. The paths are those of xstate's
 * `getShortestPaths` (every edge weighs 1, so the first visit is a shortest one, and states are
 * visited in the same order), except that a path's last snapshot is the one its own events reach:
 * the graph utility kept the last snapshot seen under the same key, so the output of 534 assist
 * paths held a task their events never ran (docs/decisions.md, "Testing").
 */
export function shortestPaths(
  machine: AnyStateMachine,
  input: unknown,
  events: (snapshot: AnyMachineSnapshot) => readonly EventObject[],
  keyOf: (snapshot: AnyMachineSnapshot) => string,
): ShortestPath[] {
  const first = createStepper(machine, input).start;
  const next = pathStepper(machine, first);
  const start: Node = { snapshot: first, parent: undefined, event: undefined };
  const seen = new Set([keyOf(start.snapshot)]);
  const order: Node[] = [start];
  for (let index = 0; index < order.length; index++) {
    const node = order[index] as Node;
    for (const event of events(node.snapshot)) {
      const snapshot = next(node.snapshot, event);
      const key = keyOf(snapshot);
      if (seen.has(key)) continue;
      seen.add(key);
      order.push({ snapshot, parent: node, event });
    }
  }
  return order.map((last) => {
    const snapshots: AnyMachineSnapshot[] = [];
    const sent: EventObject[] = [];
    for (let node: Node | undefined = last; node; node = node.parent) {
      snapshots.push(node.snapshot);
      if (node.event) sent.push(node.event);
    }
    return { snapshots: snapshots.reverse(), events: sent.reverse() };
  });
}

/**
 * Steps `machine` with one actor scope for the whole search, as xstate's graph utilities do. Each
 * call of xstate's `transition` builds an inert actor of its logic first, and for a workflow that
 * actor's initial snapshot is a context factory refusing a missing input: an error thrown and
 * caught per step, ten times the cost of the step. So the first step goes through `transition`
 * with logic whose initial snapshot is `start`, and the scope xstate made for it serves the rest.
 * Actions are never run: the scope drops them.
 */
function pathStepper(
  machine: AnyStateMachine,
  start: AnyMachineSnapshot,
): (snapshot: AnyMachineSnapshot, event: EventObject) => AnyMachineSnapshot {
  let scope: AnyActorScope | undefined;
  const logic: AnyActorLogic = {
    transition: (snapshot, event, actorScope) => {
      scope = actorScope;
      return machine.transition(snapshot, event, actorScope);
    },
    getInitialSnapshot: () => start,
    getPersistedSnapshot: (snapshot) => machine.getPersistedSnapshot(snapshot),
  };
  return (snapshot, event) => {
    if (scope) return machine.transition(snapshot, event, scope);
    const [next] = transition(logic, snapshot, event);
    if (scope) (scope as { actionExecutor: () => void }).actionExecutor = () => {};
    return next;
  };
}
