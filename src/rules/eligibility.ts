import { PortalHelpdeskError } from '../errors.js';
import {
  anniversaryIn,
  dateInTimeZone,
  formatCalendarDate,
  isKnownTimeZone,
  type PackedDate,
  parseCalendarDate,
  unpackDate,
  wholeYearsBetween,
} from '../internal/calendar-date.js';
import { customField, refinedString } from '../internal/field-checks.js';
import { optionalField, parseFields } from '../internal/fields.js';
import { dateTime, EARLIEST_CLOCK, LATEST_CLOCK } from '../internal/instant.js';
import { eligibility as enEligibility } from '../locales/en/eligibility.js';
import { isLocaleOption, type LocaleOption, localeField, wordsOf } from '../locales/option.js';
import type { CalendarDateParts, Locale } from '../locales/types.js';

/**
 * The youngest age the law allows for a portal account (COPPA); a policy may raise it, never lower it.
 *
 * @example
 * ```ts
 * MINIMUM_PORTAL_AGE;
 * //=> 13
 * ```
 */
export const MINIMUM_PORTAL_AGE = 13;
/**
 * The highest minimum age a policy may set; anything above is taken for a typing error.
 *
 * @example
 * ```ts
 * MAXIMUM_POLICY_AGE;
 * //=> 120
 * ```
 */
export const MAXIMUM_POLICY_AGE = 120;
/**
 * Birth dates more than this many years before the practice's today are rejected as typing errors.
 *
 * @example
 * ```ts
 * MAXIMUM_AGE_YEARS;
 * //=> 150
 * ```
 */
export const MAXIMUM_AGE_YEARS = 150;

/**
 * Why a person may or may not create a portal account.
 *
 * @example
 * ```ts
 * const reason: PortalEligibilityReason = checkPortalEligibility({
 *   birthDate: '2016-09-02',
 *   now: new Date('2026-03-10T15:00:00Z'),
 *   timeZone: 'America/New_York',
 * }).reason;
 * reason;
 * //=> 'under-minimum-age'
 * ```
 */
export type PortalEligibilityReason = 'eligible' | 'under-minimum-age';

/** Input of {@link checkPortalEligibility}. */
export interface PortalEligibilityInput {
  /** Date of birth as a calendar date, `YYYY-MM-DD` (as FHIR `birthDate`). */
  readonly birthDate: string;
  /** The current instant, from the host's clock. */
  readonly now: Date;
  /** The practice's IANA time zone, e.g. `America/New_York`: "today" is the practice's local date. */
  readonly timeZone: string;
  /** Minimum age in whole years; default 13, allowed 13-120. */
  readonly minimumAge?: number | undefined;
  /**
   * Language of `advice`: a {@link Locale} with an `eligibility` section, such as `es` from
   * `portal-helpdesk/locales/es`; English when absent.
   */
  readonly locale?: Locale | undefined;
}

interface EligibilityFacts {
  /** Age in whole years on the practice's today. */
  readonly age: number;
  /** The minimum age that was applied. */
  readonly minimumAge: number;
  /** The practice's local date, `YYYY-MM-DD`. */
  readonly today: string;
  /** What staff can tell the caller, in the requested locale. */
  readonly advice: string;
}

/** The person is old enough to create (or be invited to) a portal account. */
export interface PortalEligibleResult extends EligibilityFacts {
  readonly eligible: true;
  readonly reason: 'eligible';
}

/** The person is too young: nobody may register or invite them; a caregiver's family access account can. */
export interface PortalUnderAgeResult extends EligibilityFacts {
  readonly eligible: false;
  readonly reason: 'under-minimum-age';
  /** The first date, `YYYY-MM-DD`, on which the person reaches the minimum age. */
  readonly eligibleOn: string;
  /** What to offer instead. */
  readonly recommendation: 'family-access-account';
}

/** Result of {@link checkPortalEligibility}. */
export type PortalEligibilityResult = PortalEligibleResult | PortalUnderAgeResult;

// Clocks outside these years are a broken clock, and keep Intl's output to plain four-digit years.
const EARLIEST_NOW = EARLIEST_CLOCK;
const LATEST_NOW = LATEST_CLOCK;

/** Whether `value` is a `Date` (of any realm) with a clock time within the years the rule takes. */
function isClock(value: unknown): value is Date {
  const time = dateTime(value);
  return time !== undefined && time >= EARLIEST_NOW && time < LATEST_NOW;
}

function isTimeZone(value: string): boolean {
  return value.length <= 100 && isKnownTimeZone(value);
}

function isMinimumAge(value: number): boolean {
  return Number.isInteger(value) && value >= MINIMUM_PORTAL_AGE && value <= MAXIMUM_POLICY_AGE;
}

// Hand-written field checks rather than zod keep this rule small when bundled alone (see
// docs/decisions.md); test/internal/field-checks.test.ts holds the zod schema they match.
// The date's pattern is anchored and fixed-length, so it needs no cap of its own.
/**
 * The fields of {@link PortalEligibilityInput} (internal: the rule reads its input with them).
 *
 * @example
 * ```ts
 * parseFields(eligibilityInputShape, { birthDate: '2010-02-30', now: new Date('2026-03-10T15:00:00Z'), timeZone: 'UTC' }, 'ctx');
 * //=> throws PortalHelpdeskError: ctx: invalid-input (birthDate: Expected a real calendar date written YYYY-MM-DD)
 * ```
 */
export const eligibilityInputShape = {
  birthDate: refinedString(
    (value) => parseCalendarDate(value) !== undefined,
    'Expected a real calendar date written YYYY-MM-DD',
  ),
  now: customField<Date>(isClock, 'Expected a Date with a clock time between the years 1900 and 8999'),
  timeZone: refinedString(isTimeZone, 'Expected a time zone name known to Intl, such as America/New_York'),
  minimumAge: optionalField(
    customField<number>(
      (value) => typeof value === 'number' && isMinimumAge(value),
      'Expected a whole number of years from 13 to 120',
    ),
  ),
  locale: optionalField(localeField('eligibility', enEligibility)),
};

interface ValidInput {
  readonly birth: PackedDate;
  readonly now: Date;
  readonly timeZone: string;
  readonly minimumAge: number;
  readonly locale: LocaleOption | undefined;
}

/**
 * Validates with the field checks, after a fast path for well-formed input that uses the same
 * predicates: building a parsed result (once zod's) was most of the cost of a check (see
 * docs/decisions.md). Whenever the fast path declines, the field checks decide and report.
 */
function readInput(input: unknown): ValidInput {
  // A getter or proxy that throws here is read again, and reported, by the field checks below.
  try {
    // Own properties only, into an object with no prototype: nothing inherited (a polluted
    // Object.prototype) is read.
    const { birthDate, now, timeZone, minimumAge, locale } = Object.assign(
      Object.create(null),
      input,
    ) as Record<string, unknown>;
    const birth = typeof birthDate === 'string' ? parseCalendarDate(birthDate) : undefined;
    if (
      birth !== undefined &&
      isClock(now) &&
      typeof timeZone === 'string' &&
      isTimeZone(timeZone) &&
      (minimumAge === undefined || (typeof minimumAge === 'number' && isMinimumAge(minimumAge))) &&
      (locale === undefined || isLocaleOption(locale, 'eligibility', enEligibility)) &&
      Object.keys(input as object).every((key) => Object.hasOwn(eligibilityInputShape, key))
    ) {
      return {
        birth,
        now,
        timeZone,
        minimumAge: minimumAge ?? MINIMUM_PORTAL_AGE,
        locale,
      };
    }
  } catch {}
  const parsed = parseFields(eligibilityInputShape, input, CONTEXT);
  return {
    // The field checks made sure that the date parses.
    birth: parseCalendarDate(parsed.birthDate) as PackedDate,
    now: parsed.now,
    timeZone: parsed.timeZone,
    minimumAge: parsed.minimumAge ?? MINIMUM_PORTAL_AGE,
    locale: parsed.locale,
  };
}

const CONTEXT = 'checkPortalEligibility';

/**
 * Checks whether a person is old enough to create a Patient Portal account, or to be registered or
 * invited by staff, on the practice's local date.
 *
 * Dates of birth are calendar dates and "today" is the date on the practice's wall calendar at
 * `now`, so neither the host's time zone nor the hour of the call can move a birthday. A person born
 * on 29 February has their birthday on 1 March in common years.
 *
 * @param input - Birth date, clock, practice time zone and optional minimum age and locale.
 * @returns A frozen verdict. When under age it says when the person becomes eligible (`eligibleOn`)
 *   and recommends a family access account for a parent or other caregiver.
 * @throws {PortalHelpdeskError} `invalid-input`, naming the field but never its value, when the birth
 *   date is malformed, not a real date, after the practice's today or more than 150 years before it;
 *   when `now` is not a valid date; when the time zone is unknown; when `minimumAge` is not a whole
 *   number from 13 to 120.
 *
 * @example
 * ```ts
 * checkPortalEligibility({
 *   birthDate: '2012-02-29',
 *   now: new Date('2025-02-28T15:00:00Z'),
 *   timeZone: 'America/New_York',
 * });
 * //=> { eligible: false, age: 12, reason: 'under-minimum-age', eligibleOn: '2025-03-01',
 * //     recommendation: 'family-access-account', minimumAge: 13, today: '2025-02-28', advice: '...' }
 * ```
 */
export function checkPortalEligibility(input: PortalEligibilityInput): PortalEligibilityResult {
  const { birth, now, timeZone, minimumAge, locale } = readInput(input);
  // readInput checked the zone, so the lookup cannot miss.
  const today = dateInTimeZone(now.getTime(), timeZone) as PackedDate;
  if (birth > today) throw birthDateError('Birth date is after the practice’s current date');
  if (anniversaryIn(birth, Math.floor(birth / 10_000) + MAXIMUM_AGE_YEARS) < today) {
    throw birthDateError('Birth date is more than 150 years before the practice’s current date');
  }

  const words = wordsOf(locale, 'eligibility', enEligibility);
  const age = wholeYearsBetween(birth, today);
  if (age >= minimumAge) {
    return Object.freeze({
      eligible: true,
      reason: 'eligible',
      age,
      minimumAge,
      today: formatCalendarDate(today),
      advice: words.eligible({ minimumAge }),
    });
  }
  const eligibleOn = anniversaryIn(birth, Math.floor(birth / 10_000) + minimumAge);
  return Object.freeze({
    eligible: false,
    reason: 'under-minimum-age',
    age,
    minimumAge,
    today: formatCalendarDate(today),
    eligibleOn: formatCalendarDate(eligibleOn),
    recommendation: 'family-access-account',
    advice: words['under-minimum-age']({ minimumAge, eligibleOn: dateParts(eligibleOn) }),
  });
}

function birthDateError(message: string): PortalHelpdeskError {
  return new PortalHelpdeskError('invalid-input', [{ path: ['birthDate'], message }], CONTEXT);
}

function dateParts(date: PackedDate): CalendarDateParts {
  const [year, month, day] = unpackDate(date);
  return { year, month, day };
}
