import type { AnyStateMachine, ContextFrom, InputFrom } from 'xstate';
import type * as z from 'zod/mini';
import type { WorkflowChecks } from './checks.js';
import type { GuideNoteKey } from './shared/guide-keys.js';
import type { StateIdOf, StateScript } from './shared/guide-script.js';

/** A provider as guides and the message workflow take it: the Provider list entry and its departments. */
export type GuideProvider = {
  readonly id: string;
  readonly name: string;
  readonly departments: readonly { readonly id: string; readonly name: string }[];
};

/**
 * What a guide script may use to build its machine input: the caller's personal details and
 * practice settings, with neutral placeholders (in the guide's language) where the caller gave
 * none. Never sample data.
 */
export type GuideSettings = {
  readonly patientName: string;
  /** The patient's real birth date, when the caller gave one. */
  readonly patientBirthDate: string | undefined;
  readonly familyMemberName: string;
  /** The instant the guide is built for, as an ISO string. */
  readonly now: string;
  readonly timeZone: string;
  readonly minimumAge: number;
  /** As the caller gave it; `undefined` when not given (the portal's default, on). */
  readonly providerBasedRouting: boolean | undefined;
  readonly providers: readonly GuideProvider[];
  readonly portalUrl: string | undefined;
};

/** Notes beside a state: fixed, or chosen from the state's context (where the message was started...). */
export type StateNotes<Context> = readonly GuideNoteKey[] | ((context: Context) => readonly GuideNoteKey[]);

/** How a workflow's guide is walked: its scenario schema, the machine input, and a move per state. */
export type GuideScript<TMachine extends AnyStateMachine, Scenario> = {
  /** A strict object schema: each field picks a branch; a missing field leaves the choice open. */
  readonly scenario: z.ZodMiniType<Scenario, unknown>;
  /** The machine input for a scenario. */
  readonly input: (scenario: Scenario, settings: GuideSettings) => InputFrom<TMachine>;
  /** The move in every atomic state, keyed by the machine's own state ids. */
  readonly states: StateScript<StateIdOf<TMachine>, Scenario>;
  /** Notes about the whole task, shown before the steps; fixed, or chosen from the scenario's facts. */
  readonly notes?: readonly GuideNoteKey[] | ((scenario: Scenario) => readonly GuideNoteKey[]);
};

/**
 * Everything the library knows about one workflow: its machine factory, the notes beside its
 * states, and its guide script. Persistence, path generation, guides, the CLI and the docs loop
 * over the list of definitions in the registry. A definition imports no heavy rule: its machine
 * takes the rule-dependent decisions as {@link WorkflowChecks} (the registry's live machines are
 * built with the real rules; a guide walk states its scenario's facts).
 */
export type WorkflowDefinition<
  Id extends string = string,
  TMachine extends AnyStateMachine = AnyStateMachine,
  Scenario = unknown,
> = {
  /** The stable id (`registration`, `secure-message`...). */
  readonly id: Id;
  /** An English title for menus and logs; guides carry localised titles of their own. */
  readonly title: string;
  /**
   * Builds the workflow's machine with the given checks; the same checks object gives the same
   * machine. A workflow whose machine needs no check ignores them.
   */
  readonly createMachine: (checks: WorkflowChecks) => TMachine;
  /** One schema per event the workflow accepts from a host (payload types and length caps). */
  readonly events: readonly z.ZodMiniObject[];
  /** A staff-only workflow (the assist session): `buildGuide` refuses a patient guide of it. */
  readonly staffOnly?: boolean;
  /** Notes beside states, by the machine's own state ids. */
  readonly notes: {
    readonly [State in StateIdOf<TMachine>]?: StateNotes<ContextFrom<TMachine>> | undefined;
  };
  readonly guide: GuideScript<TMachine, Scenario>;
};

/**
 * Declares a workflow. The state ids of `notes` and `guide.states` are checked against the
 * machine: a renamed or missing state is a compile error.
 *
 * @example
 * ```ts
 * // src/workflows/profile-switch/index.ts (see docs/contributing.md, "Adding a workflow"):
 * // export const profileSwitch = defineWorkflow({ id: 'profile-switch', title, createMachine, notes, guide });
 * const { machine, ...profileSwitch } = getWorkflow('profile-switch');
 * const definition = defineWorkflow(profileSwitch);
 * [definition.id, typeof definition.createMachine, Object.isFrozen(definition)];
 * //=> ['profile-switch', 'function', true]
 * ```
 */
export function defineWorkflow<const Id extends string, TMachine extends AnyStateMachine, Scenario>(
  definition: WorkflowDefinition<Id, TMachine, Scenario>,
): WorkflowDefinition<Id, TMachine, Scenario> {
  return Object.freeze(definition);
}
