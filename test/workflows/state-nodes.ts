import type { AnyStateMachine } from 'xstate';

type Node = AnyStateMachine['root'];

/**
 * Every leaf state a snapshot can rest in, as dotted ids. Left out: transient `always` states, and
 * final states of nested step trees (the parent's `onDone` leaves them at once).
 */
export function restingLeaves(machine: AnyStateMachine): { id: string; node: Node }[] {
  const result: { id: string; node: Node }[] = [];
  const visit = (node: Node, prefix: string) => {
    for (const [key, child] of Object.entries(node.states)) {
      const id = prefix ? `${prefix}.${key}` : key;
      if (child.type === 'atomic' || child.type === 'final') {
        const transient =
          (child.always?.length ?? 0) > 0 || (child.type === 'final' && node !== machine.root);
        if (!transient) result.push({ id, node: child });
      } else {
        visit(child, id);
      }
    }
  };
  visit(machine.root, '');
  return result;
}
