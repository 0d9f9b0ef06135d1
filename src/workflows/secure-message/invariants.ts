import type { StateInvariant } from '../shared/invariant.js';
import { chosenLocation, offeredRecipient, type SecureMessageContext, validation } from './machine.js';

// `attachmentsUnavailable` is reached from the form (all chosen) or from the Messages page (none).
const afterProvider = new Set([
  'choosingLocation',
  'choosingSubject',
  'writing',
  'attachmentLimit',
  'sendBlocked',
  'sent',
]);
const afterLocation = new Set(['choosingSubject', 'writing', 'attachmentLimit', 'sendBlocked', 'sent']);

/**
 * The message form's invariants: a chosen recipient is one the Provider list offers, a chosen
 * location is one of that recipient's, the attachments fit the policy and the start page, and a
 * sent message passes the message rule.
 */
export const secureMessageInvariant: StateInvariant<SecureMessageContext> = (stateId, context, checks) => {
  if (context.recipientId !== null && offeredRecipient(context, context.recipientId) === undefined)
    return 'The recipient is not one the Provider list offers';
  if (context.departmentId !== null && chosenLocation(context, context.departmentId) === undefined)
    return 'The office location is not one of the recipient';
  if (afterProvider.has(stateId) && context.recipientId === null) return 'No recipient was chosen';
  if (
    (afterLocation.has(stateId) || (stateId === 'attachmentsUnavailable' && context.recipientId !== null)) &&
    context.departmentId === null
  )
    return 'No office location was chosen';
  if (context.attachments.length > context.policy.maxAttachments) return 'Too many attachments';
  if (context.startedFrom === 'messages-page' && context.attachments.length > 0)
    return 'A message started on the Messages page carries no attachments';
  if (stateId === 'sent' && !validation(checks, context).ok) return 'The message could not have been sent';
  // Each refusal state stands for a refusal the facts would give.
  if (stateId === 'sendBlocked' && validation(checks, context).ok) return 'The message could have been sent';
  if (stateId === 'attachmentsUnavailable' && context.startedFrom === 'home-page')
    return 'A message started on the home page takes attachments';
  if (stateId === 'attachmentLimit' && context.attachments.length < context.policy.maxAttachments)
    return 'The attachment limit is not reached';
  return undefined;
};
