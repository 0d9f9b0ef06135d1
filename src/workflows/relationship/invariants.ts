import type { RelationshipContext } from '../shared/context-types.js';
import { patientIsUnderAge, type StateInvariant, underAgeIsJustified } from '../shared/invariant.js';

/**
 * The relationship steps' invariants (the state ids are local to the steps): an under-age block
 * only in `blockedUnderAge`; past the choice, a patient who holds the account is old enough.
 */
export const relationshipInvariant: StateInvariant<RelationshipContext> = (stateId, context) => {
  const blocked = stateId === 'blockedUnderAge';
  if (blocked !== (context.underAge !== null)) return 'An under-age block belongs only to the blocked state';
  if (context.underAge !== null) {
    // A patient is blocked after "I am", a manager after their details: by the age rule, not by hand.
    if (context.underAge.who === 'manager' && context.relationship !== 'manager')
      return 'The under-age block does not fit the relationship';
    const birthDate = context.underAge.who === 'patient' ? context.patient.birthDate : null;
    return underAgeIsJustified(context, context.underAge, birthDate)
      ? undefined
      : 'The under-age block is not justified';
  }
  if ((stateId === 'confirmation' || stateId === 'done') && context.relationship === null)
    return 'No relationship was chosen';
  if (context.relationship === 'self' && stateId !== 'choosing' && patientIsUnderAge(context))
    return 'The patient is under the minimum age';
  return undefined;
};
