import type { CountryCode } from 'libphonenumber-js/min';
import { checkPhoneNumber } from '../../rules/phone.js';

/** The phone of record in E.164, or `null` when none is on file or it is not a valid number. */
export function normalisePhoneOfRecord(
  raw: string | null | undefined,
  defaultCountry: CountryCode,
): string | null {
  if (!raw) return null;
  const check = checkPhoneNumber(raw, { defaultCountry });
  return check.valid && check.e164 !== undefined ? check.e164 : null;
}
