import type { StateInvariant } from '../shared/invariant.js';
import type { ProfileSwitchContext } from './machine.js';

/**
 * Profile switching's invariants: the user views their own profile until they switch, and then
 * only a family member listed under "Switch to View"; the only problem is an unknown profile,
 * cleared by a switch.
 */
export const profileSwitchInvariant: StateInvariant<ProfileSwitchContext> = (stateId, context) => {
  if (stateId !== 'familyMemberProfile')
    return context.viewing !== 'self'
      ? 'A family profile is viewed only after a switch'
      : problemFits(stateId, context.problem);
  if (!context.familyProfiles.some((profile) => profile.id === context.viewing))
    return 'The profile viewed is not listed under Switch to View';
  return problemFits(stateId, context.problem);
};

function problemFits(stateId: string, problem: ProfileSwitchContext['problem']): string | undefined {
  // An unknown profile is flagged on the menu and stays until a switch succeeds.
  if (problem !== null && (stateId === 'familyMemberProfile' || problem !== 'unknown-profile'))
    return 'The problem does not fit the state';
  return undefined;
}
