import type { AnyStateMachine, StateValue } from 'xstate';

type StateNodeLike = AnyStateMachine['root'];

/**
 * Whether `value` names a complete configuration of the machine: every key a child state, every
 * compound state resolved down to a leaf a snapshot can rest in, parallel states complete. xstate
 * itself accepts an unknown state name here and fails later, asynchronously, so this check runs first.
 */
export function isCompleteStateValue(machine: AnyStateMachine, value: unknown): value is StateValue {
  return matchesNode(machine.root, value, 0);
}

function matchesNode(node: StateNodeLike, value: unknown, depth: number): boolean {
  if (depth > 32) return false;
  const children = node.states;
  const childKeys = Object.keys(children);
  if (node.type === 'parallel') {
    if (!isPlainObject(value)) return false;
    const keys = Object.keys(value);
    return (
      keys.length === childKeys.length &&
      keys.every((key) => {
        const child = Object.hasOwn(children, key) ? children[key] : undefined;
        return child !== undefined && matchesChild(child, value[key], depth + 1);
      })
    );
  }
  if (typeof value === 'string') {
    const child = Object.hasOwn(children, value) ? children[value] : undefined;
    return child !== undefined && isRestingLeaf(node, child);
  }
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  if (keys.length !== 1) return false;
  const key = keys[0] as string;
  const child = Object.hasOwn(children, key) ? children[key] : undefined;
  return (
    child !== undefined &&
    child.type !== 'atomic' &&
    child.type !== 'final' &&
    matchesNode(child, value[key], depth + 1)
  );
}

/**
 * Whether a snapshot can rest in this leaf. A state left at once by an eventless transition
 * (`start`), or a nested final state whose parent's `onDone` leaves it at once, is never persisted;
 * xstate would restore it without running those transitions and the session would be stuck there.
 */
function isRestingLeaf(parent: StateNodeLike, leaf: StateNodeLike): boolean {
  if (leaf.type === 'final') return parent.parent === undefined;
  return leaf.type === 'atomic' && (leaf.always?.length ?? 0) === 0;
}

function matchesChild(child: StateNodeLike, value: unknown, depth: number): boolean {
  if (child.type === 'atomic' || child.type === 'final')
    return isPlainObject(value) && Object.keys(value).length === 0;
  return matchesNode(child, value, depth);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.getPrototypeOf(value) === Object.prototype
  );
}
