import type { SecurityContext } from '../shared/context-types.js';
import type { StateInvariant } from '../shared/invariant.js';

/**
 * Security setup's invariants (local state ids): an option is chosen past the option list, a
 * code is awaited only for a recovery phone, and setup is done only with what the option needs.
 */
export const securitySetupInvariant: StateInvariant<SecurityContext> = (stateId, context) => {
  const method = context.securityMethod;
  if (stateId === 'choosingOption') return method === null ? undefined : 'An option is already chosen';
  if (method === null) return 'No security option was chosen';
  if (
    stateId === 'enteringCode' ||
    stateId === 'wrongCode' ||
    (stateId === 'done' && method !== 'question')
  ) {
    if (method === 'question' || context.recoveryPhone === null) return 'No recovery phone was entered';
  }
  if (stateId === 'answeringQuestion' && method !== 'question') return 'The security question was not chosen';
  return undefined;
};
