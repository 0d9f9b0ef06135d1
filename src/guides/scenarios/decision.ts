import type { AnyEventObject, AnyMachineSnapshot } from 'xstate';
import type { GuideOptionKey } from '../keys.js';

/** One choice at a branch point: the option's text key and the event that takes it. */
export type BranchOption = { readonly key: GuideOptionKey; readonly event: AnyEventObject };

/**
 * What the guide walker does in a state: send the event the scenario calls for, show a branch
 * point (when the scenario left the choice open) and follow `fallback`, or stop.
 */
export type Decision =
  | { readonly kind: 'send'; readonly event: AnyEventObject }
  | { readonly kind: 'branch'; readonly options: readonly BranchOption[]; readonly fallback: GuideOptionKey }
  | { readonly kind: 'stop' };

/** Decides the next move of a scenario in a state (`stateId` is dotted, e.g. `security.enteringCode`). */
export type Driver<Scenario> = (
  stateId: string,
  snapshot: AnyMachineSnapshot,
  scenario: Scenario,
) => Decision;

/** Sends one event. */
export const send = (event: AnyEventObject): Decision => ({ kind: 'send', event });

/** The scenario's choice when it made one, else a branch point over every option. */
export function choose(
  options: readonly BranchOption[],
  chosen: GuideOptionKey | undefined,
  fallback: GuideOptionKey,
): Decision {
  const picked = chosen === undefined ? undefined : options.find((option) => option.key === chosen);
  return picked ? send(picked.event) : { kind: 'branch', options, fallback };
}

/** Stops the walk. */
export const stop: Decision = { kind: 'stop' };
