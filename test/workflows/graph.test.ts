import { describe, expect, it } from 'vitest';
import { type AnyMachineSnapshot, initialTransition, transition } from 'xstate';
import { workflowPaths } from '../../src/testing/index.js';
import { workflowIds, workflows } from '../../src/workflows/index.js';
import { restingLeaves } from './state-nodes.js';

describe.each(workflowIds)('%s machine graph', (workflowId) => {
  const machine = workflows[workflowId].machine;
  const shortest = workflowPaths(workflowId, { kind: 'shortest' });
  const leaves = restingLeaves(machine);

  it('reaches every state on some shortest path', () => {
    const reached = new Set(shortest.map((path) => path.finalState));
    const unreached = leaves.map((leaf) => leaf.id).filter((id) => !reached.has(id));
    expect(unreached).toEqual([]);
  });

  it('reaches every final state with a done status and an output', () => {
    const finals = leaves.filter((leaf) => leaf.node.type === 'final' && leaf.node.parent === machine.root);
    for (const final of finals) {
      const path = shortest.find((p) => p.finalState === final.id);
      expect(path?.status, final.id).toBe('done');
      expect(path?.output, final.id).toBeDefined();
    }
  });

  it('ends every shortest path that ends in a final state where its own events lead, with their output', () => {
    // Replays the path with xstate's own transition: the states passed, the last one and its output.
    // A pure transition never runs the assist session's tasks, so, as for the paths, their sample
    // done events stand for them (the live machine ignores a done event no task actor sent; the
    // same machine made again from its config takes them).
    const replayed = machine.provide({});
    for (const path of shortest.filter((candidate) => candidate.status === 'done')) {
      let [snapshot]: [AnyMachineSnapshot, unknown] = initialTransition(replayed, path.input as never);
      for (const event of path.events) [snapshot] = transition(replayed, snapshot, event as never);
      expect(snapshot.status).toBe('done');
      expect(snapshot.output).toEqual(path.output);
    }
  });

  it('gives every state guide meta with a key, labels and an audience', () => {
    for (const leaf of leaves) {
      const meta = leaf.node.meta as { guide?: unknown; labels?: unknown; audience?: unknown } | undefined;
      expect(typeof meta?.guide, leaf.id).toBe('string');
      expect(Array.isArray(meta?.labels), leaf.id).toBe(true);
      expect(['patient', 'staff'], leaf.id).toContain(meta?.audience);
    }
  });

  it('has simple paths that reach every final state', () => {
    const simple = workflowPaths(workflowId, { kind: 'simple', finalOnly: true });
    const finals = leaves.filter((leaf) => leaf.node.type === 'final' && leaf.node.parent === machine.root);
    const reached = new Set(simple.map((path) => path.finalState));
    expect(finals.map((f) => f.id).filter((id) => !reached.has(id))).toEqual([]);
  });
});
