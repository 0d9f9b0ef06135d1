import { phoneVerificationInvariant } from '../phone-verification/invariants.js';
import { relationshipInvariant } from '../relationship/invariants.js';
import { securitySetupInvariant } from '../security-setup/invariants.js';
import { patientIsUnderAge, type StateInvariant, underAgeIsJustified } from '../shared/invariant.js';
import { userIsUnderAge } from '../shared/user.js';
import { asksForRelationship, type RegistrationChannel } from './channels.js';
import type { RegistrationContext } from './machine.js';

const beforeSecurity = new Set([
  'start',
  'openingInvitation',
  'openingLabResult',
  'openingNotification',
  'startingOnlineCheckIn',
  'registeringInOffice',
  'createPassword',
]);

/** The entry state of each channel: a snapshot in another channel's entry state was not started there. */
const entryStates: Readonly<Record<string, readonly RegistrationChannel[]>> = {
  openingInvitation: ['invitation'],
  openingLabResult: ['lab-result'],
  openingNotification: ['appointment-reminder'],
  startingOnlineCheckIn: ['online-check-in'],
  registeringInOffice: ['in-office'],
};

/**
 * Account creation's invariants: each state holds only the facts its checks let through. The state
 * fits the channel; a family member's date of birth is known; a security method is set past
 * security setup; a verified phone needs a phone of record; a user under the minimum age (the
 * patient, or a family member) is only ever in `blockedUnderAge`.
 */
export const registrationInvariant: StateInvariant<RegistrationContext> = (stateId, context, checks) => {
  const top = stateId.split('.')[0] ?? stateId;
  const channels = entryStates[top];
  if (channels !== undefined && !channels.includes(context.channel))
    return 'The state does not fit the channel';
  if (context.user.role === 'family-member' && context.user.birthDate === null)
    return 'No date of birth for the family member';
  if (context.phoneVerified && context.phoneOfRecord === null)
    return 'A phone was verified without a phone of record';
  if (context.phoneOfRecordUpdated && context.phoneOfRecord === null)
    return 'The phone of record was updated to nothing';
  if (top === 'blockedUnderAge') {
    if (context.underAge === null) return 'No under-age block';
    const user = context.user;
    // A manager is blocked for a registering family member's own age, or for the details typed on
    // the relationship page, which the context does not keep.
    const justified =
      context.underAge.who === 'patient'
        ? underAgeIsJustified(context, context.underAge, context.patient.birthDate)
        : (user.role === 'family-member' &&
            user.birthDate !== null &&
            underAgeIsJustified(context, context.underAge, user.birthDate)) ||
          (asksForRelationship(context.channel) &&
            context.relationship === 'manager' &&
            underAgeIsJustified(context, context.underAge, null));
    return justified ? undefined : 'The under-age block is not justified';
  }
  if (context.underAge !== null) return 'An under-age block belongs only to the blocked state';
  if (context.user.role === 'family-member' && userIsUnderAge(context.user, context))
    return 'The family member is under the minimum age';
  if (!asksForRelationship(context.channel)) {
    const expected = context.user.role === 'patient' ? 'self' : 'manager';
    if (context.relationship !== expected) return 'The relationship does not fit the user';
  }
  if (context.relationship === 'self' && top !== 'blockedUnderAge' && patientIsUnderAge(context))
    return 'The patient is under the minimum age';
  const sub = stateId.slice(top.length + 1);
  if (beforeSecurity.has(top)) {
    if (context.securityMethod !== null || context.recoveryPhone !== null)
      return 'Security setup has not started';
  } else if (top === 'security') {
    const problem = securitySetupInvariant(sub, context, checks);
    if (problem !== undefined) return problem;
  } else if (securitySetupInvariant('done', context, checks) !== undefined) {
    return 'Security setup was not finished';
  }
  // The nested steps' own rules, and nothing verified before the phone-of-record step.
  if (top === 'phoneVerification') return phoneVerificationInvariant(sub, context, checks);
  if (beforeSecurity.has(top) || top === 'security') {
    if (context.phoneVerified || context.verificationMethod !== null)
      return 'The phone of record is verified only after security setup';
  }
  // Past the phone-of-record step (the relationship page comes after it), a phone that had to be
  // verified was.
  if (top === 'relationship' || top === 'confirmation' || top === 'home') {
    const verificationNeeded =
      context.securityMethod === 'question' || context.recoveryPhone !== context.phoneOfRecord;
    if (verificationNeeded && !context.phoneVerified) return 'The phone of record was not verified';
  }
  if (top === 'relationship')
    return relationshipInvariant(stateId.slice('relationship.'.length), context, checks);
  if ((top === 'confirmation' || top === 'home') && context.relationship === null)
    return 'No relationship was chosen';
  if (top === 'blockedNoPhoneOfRecord' && context.phoneOfRecord !== null) return 'There is a phone of record';
  return undefined;
};
