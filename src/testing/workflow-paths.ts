import type { AnyMachineSnapshot, AnyStateMachine, EventObject } from 'xstate';
import { getSimplePaths } from 'xstate/graph';
import * as z from 'zod/mini';
import { parseInput } from '../internal/validate.js';
import type { WorkflowId } from '../workflows/definitions.js';
import { getWorkflow } from '../workflows/registry.js';
import { stateId } from '../workflows/shared/state-id.js';
import { pathKeyer } from './path-key.js';
import { eventsFor } from './samples/events.js';
import { sampleInputs } from './samples/inputs.js';
import { type ShortestPath, shortestPaths } from './shortest-paths.js';
import { keepForSimplePaths } from './simple-path-events.js';

/** One path through a workflow, as plain data a host can replay against its own UI. */
export type WorkflowPath = {
  /** The sample input variant the path starts from (a key of `sampleInputs[workflowId]`). */
  readonly variant: string;
  /** The input the machine was started with. */
  readonly input: unknown;
  /**
   * The events to send, in order. On assist session paths, an `xstate.done.actor.task` event
   * stands for the task's own events: a live session ignores it unless its task really finished.
   */
  readonly events: readonly EventObject[];
  /** Every state passed, from the first to the last, as dotted ids (`security.enteringCode`). */
  readonly states: readonly string[];
  /** The last state. */
  readonly finalState: string;
  /** `done` when the last state is final. */
  readonly status: 'active' | 'done';
  /** The machine's output when `status` is `done`. */
  readonly output?: unknown;
};

/**
 * Options of {@link workflowPaths}. Checked against `workflowPathsOptionsSchema` by type tests; an
 * unknown key is refused, by name.
 *
 * @example
 * ```ts
 * const options: WorkflowPathsOptions = { kind: 'simple', variants: ['adult-invitation'], finalOnly: true };
 * ```
 */
export interface WorkflowPathsOptions {
  /** `shortest`: one shortest path to every reachable state; `simple`: every path without a loop. Default `shortest`. */
  readonly kind?: 'shortest' | 'simple' | undefined;
  /** Only these input variants (the keys of `sampleInputs[workflowId]`), e.g. `['adult-invitation']`; default all. */
  readonly variants?: readonly string[] | undefined;
  /** Only paths that end in a final state. Default `false`. */
  readonly finalOnly?: boolean | undefined;
}

/** Validates the options of {@link workflowPaths}. */
export const workflowPathsOptionsSchema = z.optional(
  z.strictObject({
    kind: z.optional(z.enum(['shortest', 'simple'])),
    variants: z.optional(z.array(z.string())),
    finalOnly: z.optional(z.boolean()),
  }),
);

/**
 * The paths through a workflow, generated from the machine over every sample input variant and the
 * sample events of {@link eventsFor}: shortest paths by a breadth-first search with xstate's pure
 * `transition`, simple paths with xstate's `getSimplePaths`.
 *
 * @throws {PortalHelpdeskError} `unknown-workflow` for an unknown id; `invalid-input` for bad options.
 *
 * @example
 * ```ts
 * const paths = workflowPaths('profile-switch', { finalOnly: true });
 * [...new Set(paths.map((path) => path.finalState))];
 * //=> ['myProfile', 'familyMemberProfile']
 * ```
 */
export function workflowPaths(workflowId: WorkflowId, options?: WorkflowPathsOptions): WorkflowPath[] {
  // Paths step the machine without running the assist session's tasks, so the sample done events
  // stand for them: the live machine ignores a done event its task actor did not send, the same
  // machine made again from its config (`provide`) takes them.
  const machine: AnyStateMachine = getWorkflow(workflowId).machine.provide({});
  const {
    kind,
    variants: only,
    finalOnly,
  } = parseInput(workflowPathsOptionsSchema, options, 'workflowPaths(options)') ?? {};
  const variants: Record<string, unknown> = sampleInputs[workflowId];
  const events = eventsFor(workflowId);
  const result: WorkflowPath[] = [];
  const seen = new Set<string>();
  for (const [variant, input] of Object.entries(variants)) {
    if (only && !only.includes(variant)) continue;
    const paths =
      kind === 'simple'
        ? simplePaths(workflowId, machine, input, events)
        : shortestPaths(
            machine,
            input,
            (snapshot) => events.filter((event) => snapshot.can(event)),
            pathKeyer(workflowId, 'full'),
          );
    for (const path of paths) {
      const snapshot = path.snapshots[path.snapshots.length - 1] as AnyMachineSnapshot;
      if (finalOnly && snapshot.status !== 'done') continue;
      const key = `${variant}|${path.events.map((event) => JSON.stringify(event)).join('>')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      result.push({
        variant,
        input,
        events: path.events,
        states: path.snapshots.map((step) => stateId(step.value)),
        finalState: stateId(snapshot.value),
        status: snapshot.status === 'done' ? 'done' : 'active',
        ...(snapshot.status === 'done' ? { output: snapshot.output } : {}),
      });
    }
  }
  return result;
}

/** Every path without a loop, from xstate's graph utility, in the shape of {@link shortestPaths}. */
function simplePaths(
  workflowId: WorkflowId,
  machine: AnyStateMachine,
  input: unknown,
  events: readonly EventObject[],
): ShortestPath[] {
  // The traversal serialises an event per edge; the sample events are the same objects throughout.
  const eventTexts = new WeakMap<EventObject, string>();
  const serializeEvent = (event: EventObject): string => {
    let text = eventTexts.get(event);
    if (text === undefined) {
      text = JSON.stringify(event);
      eventTexts.set(event, text);
    }
    return text;
  };
  return getSimplePaths(machine, {
    input,
    events: (snapshot: AnyMachineSnapshot) =>
      events.filter((event) => snapshot.can(event) && keepForSimplePaths(workflowId, snapshot, event)),
    serializeState: pathKeyer(workflowId, 'branch'),
    serializeEvent,
  }).map((path) => ({
    snapshots: path.steps.map((step) => step.state),
    events: path.steps.slice(1).map((step) => step.event),
  }));
}
