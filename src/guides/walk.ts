import type { AnyEventObject, AnyMachineSnapshot } from 'xstate';
import type { GuideOptionKey } from '../workflows/shared/guide-keys.js';
import type { Decision } from '../workflows/shared/guide-script.js';
import { stateId } from '../workflows/shared/state-id.js';
import type { StepMeta } from '../workflows/shared/step-meta.js';
import { leafMeta } from './step-parts.js';
import type { Stepper } from './stepper.js';

/** A state the walk passed through, with its meta and, at an open branch point, the options. */
export type WalkedStep = {
  readonly stateId: string;
  readonly meta: StepMeta;
  readonly snapshot: AnyMachineSnapshot;
  readonly options: readonly { readonly key: GuideOptionKey; readonly steps: readonly WalkedStep[] }[];
  /** The option the scenario chose in this state, when it chose one. */
  readonly chosen?: GuideOptionKey;
};

/** The steps of one walk and the snapshot it ended on. */
export type Walk = { readonly steps: readonly WalkedStep[]; readonly last: AnyMachineSnapshot };

type Decide = (stateId: string, snapshot: AnyMachineSnapshot) => Decision;

const MAX_STEPS = 80;

/**
 * Walks a machine from `snapshot`, asking `decide` for each move, and records every resting state
 * it passes. Every step therefore is a state the machine really reaches: the guide cannot
 * describe a path the machine does not have. At an open branch point each option is walked until
 * it meets the main path again (or ends), and the main path goes on with the fallback option.
 */
export function walk(
  machine: Stepper,
  start: AnyMachineSnapshot,
  decide: Decide,
  stopAt?: ReadonlySet<string>,
): Walk {
  const steps: WalkedStep[] = [];
  let snapshot = start;
  for (let count = 0; count < MAX_STEPS; count++) {
    const id = stateId(snapshot.value);
    if (stopAt?.has(id)) break;
    const meta = leafMeta(snapshot);
    const decision: Decision = snapshot.status === 'done' ? { kind: 'stop' } : decide(id, snapshot);
    if (decision.kind === 'branch') {
      const fallback =
        decision.options.find((option) => option.key === decision.fallback) ?? decision.options[0];
      if (fallback === undefined) break;
      const main = walk(machine, next(machine, snapshot, fallback.event), decide, stopAt);
      const mainIds = main.steps.map((step) => step.stateId);
      const firstMeeting = (event: AnyEventObject, stops: readonly string[]) =>
        walk(machine, next(machine, snapshot, event), decide, new Set(stops));
      const alternatives = decision.options.filter((option) => option !== fallback);
      // Every option runs until the paths meet again: at the latest point where one of them rejoins
      // the main path, so each option lists all of its own steps.
      const rejoins = alternatives
        .map((option) => mainIds.indexOf(stateId(firstMeeting(option.event, mainIds).last.value)))
        .filter((index) => index >= 0);
      const join = rejoins.length > 0 ? Math.max(...rejoins) : main.steps.length;
      const others = alternatives.map((option) => ({
        key: option.key,
        walk: firstMeeting(option.event, mainIds.slice(join)),
      }));
      const options = decision.options.map((option) =>
        option === fallback
          ? { key: option.key, steps: main.steps.slice(0, join) }
          : { key: option.key, steps: others.find((other) => other.key === option.key)?.walk.steps ?? [] },
      );
      if (meta) steps.push({ stateId: id, meta, snapshot, options });
      return { steps: [...steps, ...main.steps.slice(join)], last: main.last };
    }
    if (meta && steps.at(-1)?.stateId !== id) {
      const chosen = decision.kind === 'send' ? decision.option : undefined;
      steps.push({ stateId: id, meta, snapshot, options: [], ...(chosen ? { chosen } : {}) });
    }
    if (decision.kind === 'stop') break;
    const following = next(machine, snapshot, decision.event);
    if (following === snapshot || sameSnapshot(following, snapshot)) break;
    snapshot = following;
  }
  return { steps, last: snapshot };
}

function next(machine: Stepper, snapshot: AnyMachineSnapshot, event: AnyEventObject): AnyMachineSnapshot {
  return machine.next(snapshot, event);
}

function sameSnapshot(a: AnyMachineSnapshot, b: AnyMachineSnapshot): boolean {
  return JSON.stringify([a.value, a.context]) === JSON.stringify([b.value, b.context]);
}
