import type { PhoneWords } from '../types.js';

const ASK =
  'Ask whether this phone can receive text messages: if it can, choose "Text me"; if not, choose "Call me".';
const RECHECK =
  'This is not a valid phone number. Read it back to the patient and check the digits and, for a number from another country, the country code.';

/**
 * English advice of `checkPhoneNumber`, per reason code.
 *
 * @example
 * ```ts
 * phone.mobile;
 * //=> 'This is a mobile number, so "Text me" is the best choice: the code arrives as a text message.'
 * ```
 */
export const phone: PhoneWords = /* @__PURE__ */ Object.freeze<PhoneWords>({
  mobile: 'This is a mobile number, so "Text me" is the best choice: the code arrives as a text message.',
  landline:
    'This is a landline, which cannot receive text messages. Choose "Call me" to get the code in a phone call.',
  'mobile-or-landline': `Numbers in this country do not show whether they are mobile or landline. ${ASK}`,
  voip: `This is an internet (VoIP) number; some of these receive text messages and some do not. ${ASK}`,
  'toll-free':
    'This is a toll-free number, which usually reaches a business rather than a person. Ask for a phone the patient answers personally.',
  'service-number':
    'This is a special-service number (such as a pager or premium-rate line). Ask for a mobile or home phone the patient answers personally.',
  'type-unknown': `The number is valid, but we cannot tell whether it is a mobile or a landline. ${ASK}`,
  empty: 'No phone number was entered. Ask the patient for the number they want to use.',
  'too-long': RECHECK,
  'not-a-phone-number': RECHECK,
  'has-extension':
    'A number with an extension cannot receive a verification code. Ask for a direct number without an extension.',
});
