import type { RecipientsWords } from '../types.js';

/**
 * English advice of `recipientOptions`, per reason code.
 *
 * @example
 * ```ts
 * recipients['providers-only'];
 * //=> 'In "Provider", the patient picks one of the providers they have seen, ...'
 * ```
 */
export const recipients: RecipientsWords = /* @__PURE__ */ Object.freeze<RecipientsWords>({
  'providers-only':
    'In "Provider", the patient picks one of the providers they have seen, then the "Office location" where that provider works.',
  'providers-and-office-staff':
    'In "Provider", the patient picks a provider they have seen, or "Office staff" for a question for the front desk, then an "Office location".',
  'no-recipients':
    'There is no provider to write to yet: the list includes the providers the patient has seen in the past, and there are none yet. Help them by phone, or check the message routing options on the "Portal Settings" page.',
});
