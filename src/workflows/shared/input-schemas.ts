import { type CountryCode, isSupportedCountry } from 'libphonenumber-js/min';
import * as z from 'zod/mini';

/**
 * An ISO 3166-1 alpha-2 region code that libphonenumber-js knows: the phone rule refuses any other,
 * so a code that only looks right would make a phone guard fail later, inside the actor.
 */
export const countryCodeSchema = z.custom<CountryCode>(
  (value) => typeof value === 'string' && /^[A-Z]{2}$/.test(value) && isSupportedCountry(value),
  { message: 'Expected a two-letter country code such as US' },
);

/** A calendar date, `YYYY-MM-DD`. Whether the date exists is checked by the eligibility rule. */
export const calendarDateSchema = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD'));

/** An instant, as a `Date` or an ISO 8601 string; stored in context as an ISO string (JSON-safe). */
export const instantSchema = z.pipe(
  z.union([z.date(), z.string().check(z.maxLength(40))]),
  z.transform((value, payload) => {
    const date = value instanceof Date ? value : new Date(value);
    if (Number.isNaN(date.getTime())) {
      payload.issues.push({ code: 'custom', input: value, message: 'Expected a valid instant' });
      return z.NEVER;
    }
    return date.toISOString();
  }),
);

/** An IANA time zone name; whether the zone exists is checked by the eligibility rule. */
export const timeZoneSchema = z.string().check(z.minLength(1), z.maxLength(64));

/** A display name as shown by the portal; never logged, only rendered into guides. */
export const displayNameSchema = z.string().check(z.minLength(1), z.maxLength(200));

/** An opaque identifier from the host system (not PHI by itself). */
export const idSchema = z.string().check(z.minLength(1), z.maxLength(128));
