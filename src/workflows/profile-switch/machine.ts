import { assign, setup } from 'xstate';
import * as z from 'zod/mini';
import { parseInput } from '../../internal/validate.js';
import type { WorkflowProblem } from '../shared/context-types.js';
import { EVENT_IS_VALID, eventChecker, eventIsValid, guardEvents } from '../shared/event-guard.js';
import { familyProfilesSchema } from '../shared/input-schemas.js';
import type { StepMeta } from '../shared/step-meta.js';
import { profileSwitchEventSchemas } from './schemas.js';

/** Validates the input of {@link profileSwitchMachine}. */
export const profileSwitchInputSchema = z.strictObject({
  /** The family members listed under "Switch to View" (may be empty). */
  familyProfiles: familyProfilesSchema,
});

/**
 * Input of {@link profileSwitchMachine}. Checked against `profileSwitchInputSchema` by type tests.
 *
 * @example
 * ```ts
 * const input: ProfileSwitchInput = { familyProfiles: [{ id: 'pat-2', displayName: 'Mia Rivera' }] };
 * createWorkflowActor(profileSwitchMachine, input).start().getSnapshot().value;
 * //=> 'portalHome'
 * ```
 */
export interface ProfileSwitchInput {
  /**
   * The family members listed under **Switch to View** in the menu beside the user's name, by
   * host id and display name; empty when the user manages nobody else's account. At most 50.
   */
  readonly familyProfiles: readonly { readonly id: string; readonly displayName: string }[];
}

export type { ProfileSwitchEvent } from './schemas.js';

import type { ProfileSwitchEvent } from './schemas.js';

/** Context of {@link profileSwitchMachine}. */
export type ProfileSwitchContext = {
  familyProfiles: { id: string; displayName: string }[];
  viewing: 'self' | string;
  problem: WorkflowProblem | null;
};

/** Whose profile is open at the end. */
export type ProfileSwitchOutput =
  | { status: 'completed'; profile: 'self' }
  | { status: 'completed'; profile: 'family-member'; profileId: string };

/**
 * Opening "My profile", or another family member's profile under "Switch to View", from the menu
 * behind the arrow beside the user's name at the top of the portal.
 *
 * @example
 * ```ts
 * const actor = createActor(profileSwitchMachine, { input: { familyProfiles: [{ id: 'kid-1', displayName: 'Mia' }] } }).start();
 * actor.send({ type: 'OPEN_MENU' });
 * actor.send({ type: 'SWITCH_TO', profileId: 'kid-1' });
 * actor.getSnapshot().output;
 * //=> { status: 'completed', profile: 'family-member', profileId: 'kid-1' }
 * ```
 */
export const profileSwitchMachine = setup({
  types: {
    context: {} as ProfileSwitchContext,
    events: {} as ProfileSwitchEvent,
    input: {} as ProfileSwitchInput,
    output: {} as ProfileSwitchOutput,
    meta: {} as StepMeta,
  },
  guards: {
    [EVENT_IS_VALID]: eventIsValid(eventChecker(profileSwitchEventSchemas)),
    isFamilyProfile: ({ context, event }) =>
      event.type === 'SWITCH_TO' && context.familyProfiles.some((p) => p.id === event.profileId),
  },
  actions: {
    viewFamilyMember: assign(({ event }) =>
      event.type === 'SWITCH_TO' ? { viewing: event.profileId, problem: null } : {},
    ),
    flagUnknownProfile: assign({ problem: 'unknown-profile' as const }),
  },
}).createMachine({
  id: 'profileSwitch',
  context: ({ input }) => ({
    familyProfiles: parseInput(profileSwitchInputSchema, input, 'profileSwitchMachine').familyProfiles,
    viewing: 'self',
    problem: null,
  }),
  initial: 'portalHome',
  states: guardEvents({
    portalHome: {
      meta: { guide: 'profile.openMenu', labels: [], audience: 'patient' },
      on: { OPEN_MENU: 'menuOpen' },
    },
    menuOpen: {
      meta: { guide: 'profile.menu', labels: ['My profile', 'Switch to View'], audience: 'patient' },
      on: {
        CHOOSE_MY_PROFILE: 'myProfile',
        SWITCH_TO: [
          { guard: 'isFamilyProfile', target: 'familyMemberProfile', actions: 'viewFamilyMember' },
          { actions: 'flagUnknownProfile' },
        ],
        CLOSE_MENU: 'portalHome',
      },
    },
    myProfile: {
      type: 'final',
      meta: { guide: 'profile.myProfile', labels: ['My Profile'], audience: 'patient', outcome: 'completed' },
    },
    familyMemberProfile: {
      type: 'final',
      meta: {
        guide: 'profile.familyMember',
        labels: ['Switch to View'],
        audience: 'patient',
        outcome: 'completed',
      },
    },
  }),
  output: ({ context }) =>
    context.viewing === 'self'
      ? { status: 'completed', profile: 'self' }
      : { status: 'completed', profile: 'family-member', profileId: context.viewing },
});
