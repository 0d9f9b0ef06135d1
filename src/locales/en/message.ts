import type { MessageWords } from '../types.js';

/**
 * English issue messages and advice of `validateMessage`.
 *
 * @example
 * ```ts
 * message['too-many-attachments']({ maxAttachments: 10, over: 2 });
 * //=> 'A message can carry at most 10 files. Ask the patient to remove 2 files ...'
 * ```
 */
export const message: MessageWords = /* @__PURE__ */ Object.freeze<MessageWords>({
  'card-number-in-message': ({ count }) =>
    `The message seems to contain ${count > 1 ? `${count} credit card numbers` : 'a credit card number'}. Ask the patient to delete ${count > 1 ? 'them' : 'it'}: credit card information must never be sent through the portal.`,
  'empty-message': 'The message is empty. Ask the patient to type their question in the "Message" box first.',
  'message-too-long': ({ maxLength, over }) =>
    `The portal allows up to ${maxLength} ${maxLength > 1 ? 'characters' : 'character'}, and this message is ${over} over. Ask the patient to shorten the message or send the rest in a second one.`,
  'attachments-need-home-page':
    'Files can only be attached to a message started from the portal home page. Ask the patient to start it from the "Messages" section of the home page (click "Send a message" if the fields are hidden).',
  'too-many-attachments': ({ maxAttachments, over }) =>
    `A message can carry at most ${maxAttachments} ${maxAttachments === 1 ? 'file' : 'files'}. Ask the patient to remove ${over} ${over > 1 ? 'files' : 'file'} with the X beside the file name${maxAttachments ? ` and send ${over > 1 ? 'them' : 'it'} in another message` : ''}.`,
  'ready-to-send':
    'The message is ready: clicking "Send message" routes it to the provider’s "Clinical Inbox".',
  'ready-to-send-with-attachments':
    'The message is ready to send with "Send message". Remind the patient not to attach pictures of credit cards.',
});
