import {
  type CountryCode,
  isSupportedCountry,
  type PhoneNumberType,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/min';
import { refinedString, stringField } from '../internal/field-checks.js';
import { optionalField, parseFields, parseValue } from '../internal/fields.js';
import { deepFreeze } from '../internal/freeze.js';
import { phone as enPhone } from '../locales/en/phone.js';
import { localeField, wordsOf } from '../locales/option.js';
import type { Locale, PhoneWords } from '../locales/types.js';

export type { CountryCode } from 'libphonenumber-js/min';

import { MAX_PHONE_INPUT_LENGTH } from './input-limits.js';

export { MAX_PHONE_INPUT_LENGTH };

/** The kind of line, as far as the phone metadata can tell. */
export type PhoneLineType =
  | 'mobile'
  | 'fixed-line'
  | 'fixed-line-or-mobile'
  | 'voip'
  | 'toll-free'
  | 'other'
  | 'unknown';

/** How the verification code should reach the patient: "Text me", "Call me", or ask the patient first. */
export type PhoneVerificationMethod = 'text' | 'call' | 'ask-patient';

/**
 * Why a number got its verdict. The first seven are valid numbers; the rest are not.
 *
 * @example
 * ```ts
 * checkPhoneNumber('+44 20 7946 0958').reason;
 * //=> 'landline'
 * ```
 */
export type PhoneNumberReason =
  | 'mobile'
  | 'landline'
  | 'mobile-or-landline'
  | 'voip'
  | 'toll-free'
  | 'service-number'
  | 'type-unknown'
  | 'empty'
  | 'too-long'
  | 'not-a-phone-number'
  | 'has-extension';

/** Options of {@link checkPhoneNumber} and {@link phoneNumbersMatch}. */
export interface PhoneNumberOptions {
  /** Country assumed for numbers written without `+` and a country code; default `'US'`. */
  readonly defaultCountry?: CountryCode | undefined;
  /**
   * Language of `advice`: a {@link Locale} with a `phone` section, such as `es` from
   * `portal-helpdesk/locales/es`; English when absent.
   */
  readonly locale?: Locale | undefined;
}

/** Result of {@link checkPhoneNumber}. */
export interface PhoneNumberResult {
  /** Whether the number can be used for a verification code. */
  readonly valid: boolean;
  /** The number in E.164 form (`+12015550123`), when valid. */
  readonly e164?: string;
  /** The number as written inside its country (`(201) 555-0123`), when valid. */
  readonly national?: string;
  /** ISO 3166-1 alpha-2 country of the number, when valid and tied to one country. */
  readonly country?: CountryCode;
  readonly type: PhoneLineType;
  readonly recommendedMethod: PhoneVerificationMethod;
  readonly reason: PhoneNumberReason;
  /** What staff can tell the caller, in the requested locale. */
  readonly advice: string;
}

// Hand-written field checks rather than zod (see docs/decisions.md). The number's length is
// capped by `evaluate` (a verdict, not an error) before libphonenumber-js reads it.
/**
 * The fields of {@link PhoneNumberOptions} (internal: the phone checks read their options with them).
 *
 * @example
 * ```ts
 * parseFields(phoneOptionsShape, { defaultCountry: 'ZZ' }, 'ctx');
 * //=> throws PortalHelpdeskError: ctx: invalid-input (defaultCountry: Expected a supported ISO 3166-1 country code)
 * ```
 */
export const phoneOptionsShape = {
  defaultCountry: optionalField(
    refinedString(isSupportedCountry, 'Expected a supported ISO 3166-1 country code'),
  ),
  locale: optionalField(localeField('phone', enPhone)),
};

function readOptions(options: unknown, context: string) {
  return options === undefined ? undefined : parseFields(phoneOptionsShape, options, context);
}

const TYPES: Partial<Record<PhoneNumberType, [PhoneLineType, PhoneNumberReason, PhoneVerificationMethod]>> = {
  MOBILE: ['mobile', 'mobile', 'text'],
  FIXED_LINE: ['fixed-line', 'landline', 'call'],
  FIXED_LINE_OR_MOBILE: ['fixed-line-or-mobile', 'mobile-or-landline', 'ask-patient'],
  VOIP: ['voip', 'voip', 'ask-patient'],
  TOLL_FREE: ['toll-free', 'toll-free', 'ask-patient'],
};
const UNKNOWN_TYPE: [PhoneLineType, PhoneNumberReason, PhoneVerificationMethod] = [
  'unknown',
  'type-unknown',
  'ask-patient',
];
const OTHER_TYPE: [PhoneLineType, PhoneNumberReason, PhoneVerificationMethod] = [
  'other',
  'service-number',
  'ask-patient',
];

/**
 * Checks a phone number typed for the security setup ("Text me" / "Call me") and says which of the
 * two to choose: a mobile gets a text, a landline a call, and when the number cannot tell (all
 * US and Canadian numbers), staff ask whether the phone can receive text messages.
 *
 * A number that is not valid is a result with `valid: false`, not an exception. Line types come
 * from libphonenumber-js "min" metadata, which knows them only for some countries (see
 * docs/decisions.md); elsewhere the type is `'unknown'` and staff ask.
 *
 * @param raw - The number as the patient said or typed it, in any common format.
 * @param options - Default country (`'US'`) for numbers without `+`, and the advice locale.
 * @returns A frozen verdict with the recommended method, a reason code and advice.
 * @throws {PortalHelpdeskError} `invalid-input` when `raw` is not a string or the options are invalid.
 *
 * @example
 * ```ts
 * checkPhoneNumber('+44 7400 123456');
 * //=> { valid: true, e164: '+447400123456', national: '07400 123456', country: 'GB', type: 'mobile',
 * //     recommendedMethod: 'text', reason: 'mobile', advice: '...' }
 * checkPhoneNumber('(201) 555-0123').recommendedMethod;
 * //=> 'ask-patient'
 * ```
 */
export function checkPhoneNumber(raw: string, options?: PhoneNumberOptions): PhoneNumberResult {
  const text = parseValue(stringField, raw, 'checkPhoneNumber(raw)');
  const parsedOptions = readOptions(options, 'checkPhoneNumber(options)');
  return evaluate(
    text,
    (parsedOptions?.defaultCountry ?? 'US') as CountryCode,
    wordsOf(parsedOptions?.locale, 'phone', enPhone),
  );
}

/**
 * Tells whether two phone numbers are the same line, by comparing their E.164 forms: for instance
 * whether the recovery phone entered at setup is the phone of record (when it differs, the portal
 * asks to verify the phone of record as well). A number that is not valid matches nothing.
 *
 * @param a - One number, in any common format.
 * @param b - The other number.
 * @param options - Default country (`'US'`) for numbers written without `+`.
 * @returns `true` when both are valid and the same number.
 * @throws {PortalHelpdeskError} `invalid-input` when `a` or `b` is not a string or the options are invalid.
 *
 * @example
 * ```ts
 * phoneNumbersMatch('(201) 555-0123', '+1 201-555-0123');
 * //=> true
 * phoneNumbersMatch('020 7946 0958', '+44 20 7946 0958', { defaultCountry: 'GB' });
 * //=> true
 * ```
 */
export function phoneNumbersMatch(
  a: string,
  b: string,
  options?: Pick<PhoneNumberOptions, 'defaultCountry'>,
): boolean {
  const first = parseValue(stringField, a, 'phoneNumbersMatch(a)');
  const second = parseValue(stringField, b, 'phoneNumbersMatch(b)');
  const parsedOptions = readOptions(options, 'phoneNumbersMatch(options)');
  const country = (parsedOptions?.defaultCountry ?? 'US') as CountryCode;
  const one = evaluate(first, country, enPhone);
  const other = evaluate(second, country, enPhone);
  return one.valid && other.valid && one.e164 === other.e164;
}

/** Digits, then only letters (two at least), spaces, dots and dashes: the form of a vanity number. */
const VANITY = /^\+?\(?\d[\d\s().-]*[a-z]{2}[a-z\s.-]*$/i;
/** The digit of each letter A to Z on a phone keypad. */
const KEYPAD = '22233344455566677778889999';

function evaluate(text: string, defaultCountry: CountryCode, words: PhoneWords): PhoneNumberResult {
  if (text.length > MAX_PHONE_INPUT_LENGTH) return invalid('too-long', words);
  // Pasted contacts carry invisible direction marks and a trailing tab or line break, and a copied
  // link a `tel:` scheme: not part of the number.
  const number = text
    .replace(/\p{Cf}/gu, '')
    .trim()
    .replace(/^tel:\s*/i, '');
  if (number === '') return invalid('empty', words);
  let phone = parsePhoneNumberFromString(number, { defaultCountry, extract: false });
  // A North American vanity number (1-800-FLOWERS): the area code and at most three more digits,
  // then letters that stand for the rest of the number, as the keypad dials them. Tried only when
  // the text is not a number as it is (so "ext 12" stays an extension), and kept only for a valid
  // +1 number (so "555 0123 home" stays refused). A whole seven-digit number before the letters is
  // a local number with a note ("212 5309 eve"), and a digit after them a typo ("201 555 OO23"):
  // neither is read as a vanity number.
  if (!phone?.isValid() && VANITY.test(number)) {
    const before = number.slice(0, number.search(/[a-z]/i)).replace(/\D/g, '').replace(/^1/, '');
    const dialled =
      before.length <= 6
        ? parsePhoneNumberFromString(
            number.toUpperCase().replace(/[A-Z]/g, (letter) => KEYPAD[letter.charCodeAt(0) - 65] ?? ''),
            { defaultCountry, extract: false },
          )
        : undefined;
    if (dialled?.countryCallingCode === '1' && dialled.isValid()) phone = dialled;
  }
  // A number with a type is valid (both match the country's pattern first, and `isValid` is
  // `getType() !== undefined` wherever the metadata has types), so the type is worked out once.
  const libraryType = phone?.getType();
  if (!phone || (libraryType === undefined && !phone.isValid())) return invalid('not-a-phone-number', words);
  if (phone.ext) return invalid('has-extension', words);
  const [type, reason, recommendedMethod] =
    libraryType === undefined ? UNKNOWN_TYPE : (TYPES[libraryType] ?? OTHER_TYPE);
  return deepFreeze({
    valid: true,
    e164: phone.number,
    national: phone.formatNational(),
    ...(phone.country ? { country: phone.country } : {}),
    type,
    recommendedMethod,
    reason,
    advice: words[reason],
  });
}

function invalid(reason: PhoneNumberReason, words: PhoneWords): PhoneNumberResult {
  return deepFreeze({
    valid: false,
    type: 'unknown',
    recommendedMethod: 'ask-patient',
    reason,
    advice: words[reason],
  });
}
