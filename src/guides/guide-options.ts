import * as z from 'zod/mini';
import type { Locale } from '../internal/locale.js';
import { localeSchema } from '../internal/locale.js';
import { parseInput } from '../internal/validate.js';
import type { GuideProvider } from '../workflows/define-workflow.js';
import {
  calendarDateSchema,
  displayNameSchema,
  idSchema,
  instantSchema,
  timeZoneSchema,
} from '../workflows/shared/input-schemas.js';
import type { GuideAudience } from './guide.js';
import { placeholderProviders, placeholdersFor } from './placeholders.js';

const optionsSchema = z.optional(
  z.object({
    locale: z.optional(localeSchema),
    audience: z.optional(z.enum(['staff', 'patient'])),
    /** The patient's name as the portal shows it; a placeholder when absent. */
    patientName: z.optional(displayNameSchema),
    /** The patient's birth date: with `now`, the guide can say when an under-age patient turns old enough. */
    patientBirthDate: z.optional(calendarDateSchema),
    familyMemberName: z.optional(displayNameSchema),
    portalUrl: z.optional(
      z.string().check(z.maxLength(2048), z.regex(/^https?:\/\/\S+$/, 'Expected an http(s) URL')),
    ),
    now: z.optional(instantSchema),
    practice: z.optional(
      z.object({
        timeZone: z.optional(timeZoneSchema),
        minimumAge: z.optional(z.int().check(z.gte(13), z.lte(120))),
        providerBasedRouting: z.optional(z.boolean()),
        providers: z.optional(
          z.array(
            z.object({
              id: idSchema,
              name: displayNameSchema,
              departments: z.array(z.object({ id: idSchema, name: displayNameSchema })),
            }),
          ),
        ),
      }),
    ),
  }),
);

/** Options of `buildGuide`: language, audience, and the details that personalise the guide. */
export type BuildGuideOptions = z.input<typeof optionsSchema>;

/** Options with every default filled in. */
export type ResolvedGuideOptions = {
  locale: Locale;
  audience: GuideAudience;
  patientName: string;
  patientNameGiven: boolean;
  patientBirthDate: string | undefined;
  familyMemberName: string;
  portalUrl: string | undefined;
  now: string;
  timeZone: string;
  minimumAge: number;
  providerBasedRouting: boolean;
  providers: readonly GuideProvider[];
};

/** Guides are reproducible: without `now` they are built for this fixed instant, never the clock. */
export const DEFAULT_GUIDE_NOW = '2026-01-15T17:00:00.000Z';

/** The time zone of a guide built without practice settings: guides then speak of no local date. */
export const DEFAULT_GUIDE_TIME_ZONE = 'UTC';

/** Validates `buildGuide` options and fills in the defaults. */
export function resolveGuideOptions(options: unknown): ResolvedGuideOptions {
  const parsed = parseInput(optionsSchema, options, 'buildGuide(options)') ?? {};
  const locale = parsed.locale ?? 'en';
  const placeholders = placeholdersFor(locale);
  return {
    locale,
    audience: parsed.audience ?? 'staff',
    patientName: parsed.patientName ?? placeholders.patient,
    patientNameGiven: parsed.patientName !== undefined,
    patientBirthDate: parsed.patientBirthDate,
    familyMemberName: parsed.familyMemberName ?? placeholders.familyMember,
    portalUrl: parsed.portalUrl,
    now: parsed.now ?? DEFAULT_GUIDE_NOW,
    timeZone: parsed.practice?.timeZone ?? DEFAULT_GUIDE_TIME_ZONE,
    minimumAge: parsed.practice?.minimumAge ?? 13,
    providerBasedRouting: parsed.practice?.providerBasedRouting ?? true,
    providers: parsed.practice?.providers ?? placeholderProviders(placeholders),
  };
}
