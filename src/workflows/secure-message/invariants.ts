import type { StateInvariant } from '../shared/invariant.js';
import { chosenLocation, offeredRecipient, type SecureMessageContext, validation } from './machine.js';

const afterProvider = new Set([
  'choosingLocation',
  'choosingSubject',
  'writing',
  'attachmentsUnavailable',
  'attachmentLimit',
  'sendBlocked',
  'sent',
]);
const afterLocation = new Set([
  'choosingSubject',
  'writing',
  'attachmentsUnavailable',
  'attachmentLimit',
  'sendBlocked',
  'sent',
]);

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
  if (afterLocation.has(stateId) && context.departmentId === null) return 'No office location was chosen';
  if (context.attachments.length > context.policy.maxAttachments) return 'Too many attachments';
  if (context.startedFrom === 'messages-page' && context.attachments.length > 0)
    return 'A message started on the Messages page carries no attachments';
  if (stateId === 'sent' && !validation(checks, context).ok) return 'The message could not have been sent';
  return undefined;
};
