import type { AnyEventObject, AnyMachineSnapshot, AnyStateMachine, StateValueFrom } from 'xstate';
import type { GuideOptionKey } from './guide-keys.js';

/** Every dotted id a state value type can take: `{ security: 'enteringCode' }` -> `security.enteringCode`. */
type DottedIds<V> = V extends string
  ? V
  : V extends object
    ? { [K in keyof V & string]: K | `${K}.${DottedIds<NonNullable<V[K]>>}` }[keyof V & string]
    : never;

/** Keeps only the ids no other id nests under (the atomic states). */
type Leaves<All extends string, Each extends string = All> = Each extends unknown
  ? [Extract<All, `${Each}.${string}`>] extends [never]
    ? Each
    : never
  : never;

/**
 * The dotted id of every atomic state of a machine, derived from its config: a renamed, added or
 * removed state changes this union, so every table keyed by it fails to compile until it follows.
 *
 * @example
 * ```ts
 * const id: StateIdOf<typeof securitySetupMachine> = 'enteringCode';
 * ```
 */
export type StateIdOf<TMachine extends AnyStateMachine> = Leaves<DottedIds<StateValueFrom<TMachine>>>;

/** One choice at a branch point: the option's text key and the event that takes it. */
export type BranchOption = { readonly key: GuideOptionKey; readonly event: AnyEventObject };

/**
 * What a guide does in a state: send the event the scenario calls for, show a branch point (when
 * the scenario left the choice open) and follow `fallback`, or stop.
 */
export type Decision =
  | { readonly kind: 'send'; readonly event: AnyEventObject; readonly option?: GuideOptionKey }
  | { readonly kind: 'branch'; readonly options: readonly BranchOption[]; readonly fallback: GuideOptionKey }
  | { readonly kind: 'stop' };

/** Decides the next move of a scenario in one state. */
export type StepDecider<Scenario> = (snapshot: AnyMachineSnapshot, scenario: Scenario) => Decision;

/**
 * A guide script's moves, one per atomic state of the machine, keyed by the machine's own ids.
 * Final and transient states say `stop`.
 */
export type StateScript<Ids extends string, Scenario> = { readonly [Id in Ids]: StepDecider<Scenario> };

/** Sends one event. */
export const send =
  (event: AnyEventObject): StepDecider<unknown> =>
  () => ({ kind: 'send', event });

/** Ends the walk here (final states, transient states and states a guide never rests in). */
export const stop: StepDecider<unknown> = () => ({ kind: 'stop' });

/** The scenario's choice when it made one, else a branch point over every option. */
export function choose(
  options: readonly BranchOption[],
  chosen: GuideOptionKey | undefined,
  fallback: GuideOptionKey,
): Decision {
  const picked = chosen === undefined ? undefined : options.find((option) => option.key === chosen);
  return picked
    ? { kind: 'send', event: picked.event, option: picked.key }
    : { kind: 'branch', options, fallback };
}

/**
 * A shared sub-flow's table (its script or its notes) under the state that nests it:
 * `nestStates('security', script)` keys `choosingOption` as `security.choosingOption`.
 *
 * @example
 * ```ts
 * Object.keys(nestStates('security', { choosingOption: stop }));
 * //=> ['security.choosingOption']
 * ```
 */
export function nestStates<Prefix extends string, Table extends object>(
  prefix: Prefix,
  table: Table,
): { readonly [Id in keyof Table & string as `${Prefix}.${Id}`]: Table[Id] } {
  const nested: Record<string, unknown> = {};
  for (const [id, entry] of Object.entries(table)) nested[`${prefix}.${id}`] = entry;
  return nested as { readonly [Id in keyof Table & string as `${Prefix}.${Id}`]: Table[Id] };
}

/** A birth date `years` before the instant `now` (1 January of that year): clearly that age or older. */
export function birthDateYearsBefore(now: string, years: number): string {
  return `${String(Number(now.slice(0, 4)) - years - 1).padStart(4, '0')}-01-01`;
}
