import { relationshipInvariant } from '../relationship/invariants.js';
import { patientIsUnderAge, type StateInvariant } from '../shared/invariant.js';
import type { RegistrationContext } from './machine.js';

const beforeSecurity = new Set([
  'start',
  'openingInvitation',
  'openingLabResult',
  'openingNotification',
  'startingOnlineCheckIn',
  'createPassword',
]);

/**
 * Account creation's invariants: each state holds only the facts its checks let through. A
 * security method is set past security setup; a verified phone needs a phone of record; an
 * account holder under the minimum age is only ever in `blockedUnderAge`.
 */
export const registrationInvariant: StateInvariant<RegistrationContext> = (stateId, context) => {
  const top = stateId.split('.')[0] ?? stateId;
  if (context.phoneVerified && context.phoneOfRecord === null)
    return 'A phone was verified without a phone of record';
  if (top === 'blockedUnderAge') return context.underAge === null ? 'No under-age block' : undefined;
  if (context.underAge !== null) return 'An under-age block belongs only to the blocked state';
  if (context.relationship === 'self' && top !== 'blockedUnderAge' && patientIsUnderAge(context))
    return 'The patient is under the minimum age';
  const pastSecurity = !beforeSecurity.has(top) && top !== 'security';
  if (pastSecurity && context.securityMethod === null) return 'Security setup was not finished';
  if (top === 'relationship') return relationshipInvariant(stateId.slice('relationship.'.length), context);
  if (top === 'confirmation' || top === 'home') {
    if (context.relationship === null) return 'No relationship was chosen';
    const verificationNeeded =
      context.securityMethod === 'question' || context.recoveryPhone !== context.phoneOfRecord;
    if (verificationNeeded && !context.phoneVerified) return 'The phone of record was not verified';
  }
  if (top === 'blockedNoPhoneOfRecord' && context.phoneOfRecord !== null) return 'There is a phone of record';
  return undefined;
};
