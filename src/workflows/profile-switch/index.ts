import * as z from 'zod/mini';
import { defineWorkflow } from '../define-workflow.js';
import { choose, send, stop } from '../shared/guide-script.js';
import { profileSwitchMachine } from './machine.js';
import { profileSwitchEventSchemas } from './schemas.js';

const FAMILY_MEMBER_ID = 'family-member';

const scenarioSchema = z.strictObject({
  /** Which profile the patient opens; open when absent. */
  profile: z.optional(z.enum(['my-profile', 'family-member'])),
});

/** Opening "My profile", or a family member's profile under "Switch to View". */
export const profileSwitch = defineWorkflow({
  id: 'profile-switch',
  title: 'Open a profile',
  // Its machine needs no rule-dependent check: the same machine whatever the checks.
  createMachine: () => profileSwitchMachine,
  events: profileSwitchEventSchemas,
  notes: {},
  guide: {
    scenario: scenarioSchema,
    input: (_, settings) => ({
      familyProfiles: [{ id: FAMILY_MEMBER_ID, displayName: settings.familyMemberName }],
    }),
    states: {
      portalHome: send({ type: 'OPEN_MENU' }),
      menuOpen: (_: unknown, scenario: z.output<typeof scenarioSchema>) =>
        choose(
          [
            { key: 'profile.my-profile', event: { type: 'CHOOSE_MY_PROFILE' } },
            { key: 'profile.family-member', event: { type: 'SWITCH_TO', profileId: FAMILY_MEMBER_ID } },
          ],
          scenario.profile ? `profile.${scenario.profile}` : undefined,
          'profile.my-profile',
        ),
      myProfile: stop,
      familyMemberProfile: stop,
    },
  },
});
