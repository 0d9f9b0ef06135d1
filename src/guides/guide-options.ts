import * as z from 'zod/mini';
import { isKnownTimeZone } from '../internal/calendar-date.js';
import { httpUrlSchema } from '../internal/http-url.js';
import { parseInput } from '../internal/validate.js';
import { guide as enGuide } from '../locales/en/guide.js';
import type { GuideWords } from '../locales/guide-words.js';
import { localeOption, wordsOf } from '../locales/option.js';
import type { GuideProvider } from '../workflows/define-workflow.js';
import {
  calendarDateSchema,
  displayNameSchema,
  instantSchema,
  providersSchema,
  timeZoneSchema,
} from '../workflows/shared/input-schemas.js';
import type { GuideAudience } from './guide.js';
import { type LabelPolicy, labelPolicySchema } from './label-policy.js';
import { placeholderProviders } from './placeholders.js';
import type { GuideWordsOptions } from './words-options.js';

/**
 * The practice settings a guide reads (`buildGuide`'s `practice` option); the CLI's practice file
 * adds the portal address to it.
 */
export const guidePracticeShape = {
  /** The practice's IANA time zone: "today" for the age rule is the practice's date. */
  timeZone: z.optional(
    timeZoneSchema.check(
      z.refine(isKnownTimeZone, {
        message: 'Expected a time zone name known to Intl, such as America/New_York',
      }),
    ),
  ),
  /** The practice's minimum age for an account, 13 or more (the COPPA floor). */
  minimumAge: z.optional(z.int().check(z.gte(13), z.lte(120))),
  /** The Portal Settings option "provider-based message routing"; off offers "Office staff". */
  providerBasedRouting: z.optional(z.boolean()),
  /** The Provider list, each provider with the departments (office locations) they work in. */
  providers: z.optional(providersSchema),
};

/** Validates the options of `buildGuide`. */
export const buildGuideOptionsSchema = z.optional(
  z.strictObject({
    /** The language: a `Locale` (`import { es } from 'portal-helpdesk/locales/es'`); English by default. */
    locale: z.optional(localeOption('guide', enGuide)),
    audience: z.optional(z.enum(['staff', 'patient'])),
    /**
     * Portal labels in a guide in another language: `portal` (default) keeps the English label and
     * glosses it the first time; `translated` uses the language's own label where the reference
     * gives one. See docs/policies.md, "Wording decisions".
     */
    labels: z.optional(labelPolicySchema),
    /** The patient's name as the portal shows it; a placeholder when absent. */
    patientName: z.optional(displayNameSchema),
    /** The patient's birth date: with `now`, the guide can say when an under-age patient turns old enough. */
    patientBirthDate: z.optional(calendarDateSchema),
    familyMemberName: z.optional(displayNameSchema),
    /** The practice's Patient Portal address (`http:` or `https:`). */
    portalUrl: z.optional(httpUrlSchema),
    now: z.optional(instantSchema),
    practice: z.optional(z.strictObject(guidePracticeShape)),
  }),
);

/**
 * Options of `buildGuide`: the language, the audience, and the details that personalise the guide,
 * each optional (a guide built without them uses neutral placeholders, never sample data). Checked
 * against `buildGuideOptionsSchema` by type tests; an unknown key is refused, by name.
 *
 * @example
 * ```ts
 * const options: BuildGuideOptions = {
 *   audience: 'patient',
 *   patientName: 'Ana Rivera',
 *   portalUrl: 'https://portal.example.org',
 *   practice: { timeZone: 'America/Chicago', minimumAge: 13 },
 * };
 * buildGuide('registration', { channel: 'invitation' }, options).audience;
 * //=> 'patient'
 * ```
 */
export interface BuildGuideOptions extends GuideWordsOptions {
  /**
   * The patient's date of birth, `YYYY-MM-DD`, e.g. `2013-05-02`: with `now` and the practice's
   * time zone, the guide can say when an under-age patient turns old enough.
   */
  readonly patientBirthDate?: string | undefined;
  /**
   * The practice's Patient Portal address, an `http:` or `https:` URL without spaces, quotes,
   * brackets or parentheses, e.g. `https://portal.example.org`. Default: the guide names no address.
   */
  readonly portalUrl?: string | undefined;
  /**
   * The instant the guide is written for: a valid `Date`, or an ISO 8601 date-time with `Z` or a
   * `±HH:MM` offset (at most 40 characters). Default `DEFAULT_GUIDE_NOW` (guides are reproducible
   * and never read the clock).
   */
  readonly now?: Date | string | undefined;
  /** The practice's settings; each has a neutral default. */
  readonly practice?: GuidePracticeOptions | undefined;
}

/**
 * The practice settings a guide reads (the `practice` option of `buildGuide`, and of the CLI's
 * practice file).
 *
 * @example
 * ```ts
 * const practice: GuidePracticeOptions = {
 *   timeZone: 'America/Chicago',
 *   minimumAge: 16,
 *   providerBasedRouting: false,
 *   providers: [{ id: 'prov-1', name: 'Dr. Avery Lee', departments: [{ id: 'dept-1', name: 'North Clinic' }] }],
 * };
 * ```
 */
export interface GuidePracticeOptions {
  /**
   * The practice's IANA time zone, known to `Intl`, e.g. `America/New_York` (at most 64
   * characters): "today" for the age rule is the practice's date. Default `UTC`.
   */
  readonly timeZone?: string | undefined;
  /** The practice's minimum age for an account, in whole years: 13 (the COPPA floor) to 120. Default 13. */
  readonly minimumAge?: number | undefined;
  /**
   * The Portal Settings option "provider-based message routing"; when it is off, "Office staff" is
   * offered in the **Provider** list. Default `true`.
   */
  readonly providerBasedRouting?: boolean | undefined;
  /**
   * The Provider list: each provider (id 1 to 128 characters, name 1 to 200) with the departments
   * (office locations) they work in. At most 500 providers of at most 100 departments each.
   * Default: placeholder providers in the guide's language.
   */
  readonly providers?: readonly GuideProvider[] | undefined;
}

/** Options with every default filled in. */
export type ResolvedGuideOptions = {
  /** The language tag of the guide (the locale's `code`). */
  locale: string;
  words: GuideWords;
  audience: GuideAudience;
  labels: LabelPolicy;
  patientName: string;
  patientNameGiven: boolean;
  patientBirthDate: string | undefined;
  familyMemberName: string;
  portalUrl: string | undefined;
  now: string;
  timeZone: string;
  minimumAge: number;
  /** As given; `undefined` when not (the portal's default, on). */
  providerBasedRouting: boolean | undefined;
  providers: readonly GuideProvider[];
};

/**
 * Guides are reproducible: without `now` they are built for this fixed instant, never the clock.
 *
 * @example
 * ```ts
 * DEFAULT_GUIDE_NOW;
 * //=> '2026-01-15T17:00:00.000Z'
 * ```
 */
export const DEFAULT_GUIDE_NOW = '2026-01-15T17:00:00.000Z';

/** The time zone of a guide built without practice settings: guides then speak of no local date. */
export const DEFAULT_GUIDE_TIME_ZONE = 'UTC';

/** Validates `buildGuide` options and fills in the defaults. */
export function resolveGuideOptions(options: unknown): ResolvedGuideOptions {
  const parsed = parseInput(buildGuideOptionsSchema, options, 'buildGuide(options)') ?? {};
  const words = wordsOf(parsed.locale, 'guide', enGuide);
  const placeholders = words.placeholders;
  return {
    locale: parsed.locale === undefined || parsed.locale === 'en' ? 'en' : parsed.locale.code,
    words,
    audience: parsed.audience ?? 'staff',
    labels: parsed.labels ?? 'portal',
    patientName: parsed.patientName ?? placeholders.patient,
    patientNameGiven: parsed.patientName !== undefined,
    patientBirthDate: parsed.patientBirthDate,
    familyMemberName: parsed.familyMemberName ?? placeholders.familyMember,
    portalUrl: parsed.portalUrl,
    now: parsed.now ?? DEFAULT_GUIDE_NOW,
    timeZone: parsed.practice?.timeZone ?? DEFAULT_GUIDE_TIME_ZONE,
    minimumAge: parsed.practice?.minimumAge ?? 13,
    providerBasedRouting: parsed.practice?.providerBasedRouting,
    providers: parsed.practice?.providers ?? placeholderProviders(placeholders),
  };
}
