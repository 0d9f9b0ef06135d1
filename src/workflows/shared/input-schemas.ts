import { type CountryCode, isSupportedCountry } from 'libphonenumber-js/min';
import * as z from 'zod/mini';
import { readInstant } from '../../internal/instant.js';

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

const INSTANT_MESSAGE = 'Expected a valid Date or an ISO 8601 date-time with Z or a +HH:MM offset';

/**
 * An instant: a valid `Date`, or an ISO 8601 date-time string with `Z` or a `±HH:MM` offset (at
 * most 40 characters, checked first); stored in context as an ISO string in UTC (JSON-safe). A
 * string without an offset is refused: `new Date` would read it in the host's time zone.
 *
 * @example
 * ```ts
 * z.parse(instantSchema, '2026-03-10T10:00:00-05:00');
 * //=> '2026-03-10T15:00:00.000Z'
 * ```
 */
export const instantSchema = z.pipe(
  z.custom<Date | string>(),
  z.transform((value, payload) => {
    const instant = readInstant(value);
    if (instant === undefined) {
      payload.issues.push({ code: 'custom', input: value, message: INSTANT_MESSAGE });
      return z.NEVER;
    }
    return instant;
  }),
);

/** An IANA time zone name; whether the zone exists is checked by the eligibility rule. */
export const timeZoneSchema = z.string().check(z.minLength(1), z.maxLength(64));

/** A display name as shown by the portal; never logged, only rendered into guides. */
export const displayNameSchema = z.string().check(z.minLength(1), z.maxLength(200));

/** An opaque identifier from the host system (not PHI by itself). */
export const idSchema = z.string().check(z.minLength(1), z.maxLength(128));
