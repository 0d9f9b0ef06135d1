import type { VerificationContext } from '../shared/context-types.js';
import type { StateInvariant } from '../shared/invariant.js';

/** Verification's invariants: nothing is verified without a phone of record, or before `done`. */
export const phoneVerificationInvariant: StateInvariant<VerificationContext> = (stateId, context) => {
  if (context.phoneVerified && context.phoneOfRecord === null)
    return 'A phone was verified without a phone of record';
  if ((stateId === 'done') !== context.phoneVerified) return 'Verified exactly when done';
  if (stateId === 'noPhoneOfRecord' && context.phoneOfRecord !== null) return 'There is a phone of record';
  if (stateId !== 'noPhoneOfRecord' && context.phoneOfRecord === null) return 'There is no phone of record';
  return undefined;
};
