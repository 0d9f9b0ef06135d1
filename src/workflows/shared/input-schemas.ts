import * as z from 'zod/mini';
import { cappedArray } from '../../internal/capped-array.js';
import { EARLIEST_CLOCK, LATEST_CLOCK, readInstant } from '../../internal/instant.js';
import type { CountryCode } from '../../rules/phone.js';
import { isPhoneRegion } from './phone-regions.js';

/**
 * An ISO 3166-1 alpha-2 region code that libphonenumber-js knows (`isPhoneRegion`: its list, as
 * data): the phone rule refuses any other, so a code that only looks right would make a phone guard
 * fail later, inside the actor.
 */
export const countryCodeSchema = z.custom<CountryCode>(
  (value) => typeof value === 'string' && /^[A-Z]{2}$/.test(value) && isPhoneRegion(value),
  { message: 'Expected a two-letter country code such as US' },
);

/** A calendar date, `YYYY-MM-DD`. Whether the date exists is checked by the eligibility rule. */
export const calendarDateSchema = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD'));

const INSTANT_MESSAGE = 'Expected a valid Date or an ISO 8601 date-time with Z or a +HH:MM offset';
const CLOCK_RANGE_MESSAGE = 'Expected a date-time between the years 1900 and 8999';

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
    // The age rule's clock: a session or guide set in year 1 would fail deeper, at a field the
    // caller never wrote (a birth date worked out from it).
    const time = Date.parse(instant);
    if (time < EARLIEST_CLOCK || time >= LATEST_CLOCK) {
      payload.issues.push({ code: 'custom', input: value, message: CLOCK_RANGE_MESSAGE });
      return z.NEVER;
    }
    return instant;
  }),
);

/** An IANA time zone name; whether the zone exists is checked by the eligibility rule. */
export const timeZoneSchema = z.string().check(z.minLength(1), z.maxLength(64));

/** A display name as shown by the portal; never logged, only rendered into guides. */
export const displayNameSchema = z.string().check(
  z.minLength(1),
  z.maxLength(200),
  // A name of spaces alone would print as blanks ("manages    's account").
  z.refine((name) => name.trim() !== '', 'Expected a name, not only spaces'),
);

/** An opaque identifier from the host system (not PHI by itself). */
export const idSchema = z.string().check(z.minLength(1), z.maxLength(128));

// --- Capped arrays ------------------------------------------------------------------------------
// Every array in a public input has a length cap, checked before any item is read (zod checks a
// container's size caps first), so a 20 MB array of nulls is refused at once. See docs/security.md.

/**
 * Most providers in a practice's Provider list (the providers the patient has seen).
 *
 * @example
 * ```ts
 * MAX_PROVIDERS;
 * //=> 500
 * ```
 */
export const MAX_PROVIDERS = 500;

/**
 * Most departments (Office locations) one provider works in.
 *
 * @example
 * ```ts
 * MAX_DEPARTMENTS;
 * //=> 100
 * ```
 */
export const MAX_DEPARTMENTS = 100;

/**
 * Most family members listed under "Switch to View".
 *
 * @example
 * ```ts
 * MAX_FAMILY_PROFILES;
 * //=> 50
 * ```
 */
export const MAX_FAMILY_PROFILES = 50;

export { cappedArray };

/**
 * An Office location: a department's id and name.
 *
 * @example
 * ```ts
 * z.parse(departmentSchema, { id: 'dep-1', name: 'Main Street Clinic' });
 * //=> { id: 'dep-1', name: 'Main Street Clinic' }
 * ```
 */
export const departmentSchema = z.strictObject({ id: idSchema, name: displayNameSchema });

/**
 * A provider list: at most {@link MAX_PROVIDERS} providers of at most {@link MAX_DEPARTMENTS}
 * departments each.
 *
 * @example
 * ```ts
 * z.safeParse(providersSchema, [{ id: 'p1', name: 'Dr. Lee', departments: [] }]).success;
 * //=> true
 * ```
 */
export const providersSchema = cappedArray(
  z.strictObject({
    id: idSchema,
    name: displayNameSchema,
    departments: cappedArray(departmentSchema, MAX_DEPARTMENTS),
  }),
  MAX_PROVIDERS,
);

/**
 * The family members under "Switch to View": at most {@link MAX_FAMILY_PROFILES}.
 *
 * @example
 * ```ts
 * z.safeParse(familyProfilesSchema, [{ id: 'pat-2', displayName: 'Mia Rivera' }]).success;
 * //=> true
 * ```
 */
export const familyProfilesSchema = cappedArray(
  z.strictObject({ id: idSchema, displayName: displayNameSchema }),
  MAX_FAMILY_PROFILES,
);
