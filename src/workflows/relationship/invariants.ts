import type { RelationshipContext } from '../shared/context-types.js';
import { patientIsUnderAge, type StateInvariant } from '../shared/invariant.js';

/**
 * The relationship steps' invariants (the state ids are local to the steps): an under-age block
 * only in `blockedUnderAge`; past the choice, a patient who holds the account is old enough.
 */
export const relationshipInvariant: StateInvariant<RelationshipContext> = (stateId, context) => {
  const blocked = stateId === 'blockedUnderAge';
  if (blocked !== (context.underAge !== null)) return 'An under-age block belongs only to the blocked state';
  if (blocked) return undefined;
  if ((stateId === 'confirmation' || stateId === 'done') && context.relationship === null)
    return 'No relationship was chosen';
  if (context.relationship === 'self' && stateId !== 'choosing' && patientIsUnderAge(context))
    return 'The patient is under the minimum age';
  return undefined;
};
