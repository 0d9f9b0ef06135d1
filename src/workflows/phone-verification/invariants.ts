import type { VerificationContext } from '../shared/context-types.js';
import type { StateInvariant } from '../shared/invariant.js';

/**
 * Verification's invariants: nothing is verified without a phone of record, or before `done`; a
 * code is awaited only after "Text" or "Call", and the choice is open again after an update.
 */
export const phoneVerificationInvariant: StateInvariant<VerificationContext> = (stateId, context) => {
  if (context.phoneVerified && context.phoneOfRecord === null)
    return 'A phone was verified without a phone of record';
  if (context.phoneOfRecordUpdated && context.phoneOfRecord === null)
    return 'The phone of record was updated to nothing';
  if ((stateId === 'done') !== context.phoneVerified) return 'Verified exactly when done';
  if (stateId === 'noPhoneOfRecord' && context.phoneOfRecord !== null) return 'There is a phone of record';
  if (stateId !== 'noPhoneOfRecord' && context.phoneOfRecord === null) return 'There is no phone of record';
  const chosen = context.verificationMethod !== null;
  if ((stateId === 'choosingDelivery' || stateId === 'updatingPhoneOfRecord') && chosen)
    return 'A delivery is chosen before the choice';
  if ((stateId === 'enteringCode' || stateId === 'wrongCode' || stateId === 'done') && !chosen)
    return 'No delivery was chosen';
  return undefined;
};
