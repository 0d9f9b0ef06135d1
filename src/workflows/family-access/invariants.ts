import { registrationInvariant } from '../registration/invariants.js';
import type { StateInvariant } from '../shared/invariant.js';
import type { FamilyAccessContext } from './machine.js';

/**
 * Family access's invariants: the user is always a family member who manages the patient's
 * account, from the invitation email; their date of birth is known exactly past the staff step;
 * past it, account creation's own invariants hold.
 */
export const familyAccessInvariant: StateInvariant<FamilyAccessContext> = (stateId, context, checks) => {
  if (context.user.role !== 'family-member') return 'The user is not a family member';
  if (context.channel !== 'invitation' || context.relationship !== 'manager')
    return 'Family access is set up for someone who manages the account';
  const settingUp = stateId === 'settingUpAccess';
  if (settingUp !== (context.user.birthDate === null))
    return 'The caregiver is known exactly past the staff step';
  if (settingUp) {
    return context.securityMethod === null && context.underAge === null && !context.phoneVerified
      ? undefined
      : 'Nothing happens before access is set up';
  }
  return registrationInvariant(stateId, context, checks);
};
