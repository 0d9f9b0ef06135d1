/**
 * The zod/mini schemas the rules validated their inputs with before they moved to hand-written
 * field checks (src/internal/field-checks.ts): the reference those checks must match, issue for
 * issue, through `parseInput`. Written from the documented contract, not from the checks.
 */
import { isSupportedCountry } from 'libphonenumber-js/min';
import * as z from 'zod/mini';
import { isKnownTimeZone, parseCalendarDate } from '../../src/internal/calendar-date.js';
import { textUpTo, wholeNumber } from '../../src/internal/checks.js';
import { eligibility as enEligibility } from '../../src/locales/en/eligibility.js';
import { message as enMessage } from '../../src/locales/en/message.js';
import { phone as enPhone } from '../../src/locales/en/phone.js';
import { localeOption } from '../../src/locales/option.js';
import { type OperatingSystemId, operatingSystemIds } from '../../src/rules/index.js';

const systemIds = operatingSystemIds as readonly OperatingSystemId[] as [
  OperatingSystemId,
  ...OperatingSystemId[],
];

/** The number check `validateMessage` gave attachment sizes. */
export const zodNumberAtLeast = (min: number) =>
  z.custom<number>((value) => typeof value === 'number' && value >= min, {
    message: `Expected a number of at least ${min}`,
  });

const shortText = textUpTo(256);

/**
 * An array's length cap, checked on arrays only: zod runs a check after a failed type check, and
 * `{ length: {} }` would then be "too big" as well as "not an array", where the hand-written
 * checks stop at the type (a counterexample fast-check found).
 */
const arrayUpTo = (max: number) => {
  const check = z.maxLength(max);
  // zod's own `when` (run the check on arrays only), which its check factories' params do not take.
  check._zod.def.when = (payload) => Array.isArray(payload.value);
  return check;
};

/** `{ userAgent, clientHints }` of the browser checks. */
export const browserInputTwin = z.strictObject({
  userAgent: z.string(),
  clientHints: z.optional(
    // Not strict: a browser's client hints hold more than the rule reads, and the rest is ignored.
    z.object({
      platform: z.optional(shortText),
      platformVersion: z.optional(shortText),
      brands: z.optional(
        z.array(z.strictObject({ brand: shortText, version: shortText })).check(arrayUpTo(32)),
      ),
      mobile: z.optional(z.boolean()),
    }),
  ),
});

const rule = z.union([z.literal('any'), z.array(z.enum(systemIds)).check(arrayUpTo(32))]);
const version = z.optional(wholeNumber(1, 9999));

/** A browser policy. */
export const browserPolicyTwin = z.strictObject({
  operatingSystems: z.strictObject({ chrome: rule, edge: rule, firefox: rule, safari: rule }),
  minimumVersions: z.optional(
    z.strictObject({ chrome: version, edge: version, firefox: version, safari: version }),
  ),
});

/** The input of `checkBrowserByName`. */
export const browserByNameTwin = z.strictObject({
  browser: z.enum(['chrome', 'edge', 'firefox', 'safari', 'internet-explorer', 'other', 'unknown']),
  os: z.enum([...systemIds, 'windows', 'unknown']),
  osVersion: z.optional(z.enum(['7', '8', '8.1', '10', '11'])),
});

/** The input of `checkPortalEligibility`. */
export const eligibilityTwin = z.strictObject({
  birthDate: z.string().check(
    z.refine((value) => parseCalendarDate(value) !== undefined, {
      message: 'Expected a real calendar date written YYYY-MM-DD',
    }),
  ),
  now: z.custom<Date>(
    (value) =>
      value instanceof Date &&
      value.getTime() >= Date.UTC(1900, 0, 1) &&
      value.getTime() < Date.UTC(9000, 0, 1),
    { message: 'Expected a Date with a clock time between the years 1900 and 8999' },
  ),
  timeZone: z.string().check(
    z.refine((value) => value.length <= 100 && isKnownTimeZone(value), {
      message: 'Expected a time zone name known to Intl, such as America/New_York',
    }),
  ),
  minimumAge: z.optional(
    z.custom<number>(
      (value) => typeof value === 'number' && Number.isInteger(value) && value >= 13 && value <= 120,
      {
        message: 'Expected a whole number of years from 13 to 120',
      },
    ),
  ),
  locale: z.optional(localeOption('eligibility', enEligibility)),
});

/** The draft of `validateMessage`. */
export const messageDraftTwin = z.strictObject({
  body: textUpTo(10_000_000),
  attachments: z
    .array(
      z.strictObject({
        name: textUpTo(1024),
        sizeBytes: z.optional(zodNumberAtLeast(0)),
        type: z.optional(textUpTo(255)),
      }),
    )
    .check(arrayUpTo(100_000)),
  startedFrom: z.enum(['home-page', 'messages-page']),
});

/** The options of `validateMessage`. */
export const messageOptionsTwin = z.strictObject({ locale: z.optional(localeOption('message', enMessage)) });

/** The overrides of `defineMessagePolicy`. */
export const messagePolicyTwin = z.strictObject({
  maxLength: z.optional(wholeNumber(1, 1_000_000)),
  maxAttachments: z.optional(wholeNumber(0, 10_000)),
});

/** The options of `checkPhoneNumber` and `phoneNumbersMatch`. */
export const phoneOptionsTwin = z.strictObject({
  defaultCountry: z.optional(
    z
      .string()
      .check(z.refine(isSupportedCountry, { message: 'Expected a supported ISO 3166-1 country code' })),
  ),
  locale: z.optional(localeOption('phone', enPhone)),
});
