import type { SecurityContext, SecurityMethod } from '../shared/context-types.js';
import type { StateInvariant } from '../shared/invariant.js';

/** The steps where a number is typed, and the option each belongs to. */
const phoneSteps: Readonly<Record<string, SecurityMethod | undefined>> = {
  enteringPhoneForText: 'text',
  landlineAdvice: 'text',
  enteringPhoneForCall: 'call',
};

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
  // A number is typed for the option chosen; none is kept until a code is sent to it.
  const typing = phoneSteps[stateId];
  if (typing !== undefined) {
    if (method !== typing) return 'The step does not fit the option chosen';
    if (context.recoveryPhone !== null) return 'A recovery phone is kept before a code was sent';
  }
  if (method === 'question' && context.recoveryPhone !== null)
    return 'A security question has no recovery phone';
  return undefined;
};
