import * as z from 'zod/mini';
import { isPortalHelpdeskError, PortalHelpdeskError } from '../../errors.js';
import { checkPortalEligibility } from '../../rules/eligibility.js';
import type { EligibilityContext } from './context-types.js';
import { calendarDateSchema, displayNameSchema, instantSchema, timeZoneSchema } from './input-schemas.js';

/** The patient, practice and clock facts every age-aware workflow takes as input. */
export const eligibilityInputShape = {
  patient: z.strictObject({ displayName: displayNameSchema, birthDate: calendarDateSchema }),
  /** The instant the workflow starts at (the host's clock): a `Date` or ISO string. */
  now: instantSchema,
  practice: z.strictObject({
    /** The practice's IANA time zone: "today" is the practice's local date. */
    timeZone: timeZoneSchema,
    /** Minimum age of an account holder; never below 13 (COPPA). Default 13. */
    minimumAge: z.optional(z.number()),
  }),
};

const eligibilityInputSchema = z.strictObject(eligibilityInputShape);

/** The eligibility part of a parsed workflow input. */
export type ParsedEligibilityInput = z.output<typeof eligibilityInputSchema>;

/**
 * Checks the eligibility part of a parsed workflow input with the age rule once, so a bad birth
 * date, time zone or minimum age fails at the boundary with the path of the field, and returns the
 * JSON-safe context slice.
 */
export function toEligibilityContext(parsed: ParsedEligibilityInput, context: string): EligibilityContext {
  const minimumAge = parsed.practice.minimumAge ?? 13;
  try {
    checkPortalEligibility({
      birthDate: parsed.patient.birthDate,
      now: new Date(parsed.now),
      timeZone: parsed.practice.timeZone,
      minimumAge,
    });
  } catch (error) {
    if (!isPortalHelpdeskError(error)) throw error;
    throw new PortalHelpdeskError(
      'invalid-input',
      error.issues.map((issue) => ({ ...issue, path: [...prefixFor(issue.path[0]), ...issue.path] })),
      context,
    );
  }
  return {
    patient: { displayName: parsed.patient.displayName, birthDate: parsed.patient.birthDate },
    now: parsed.now,
    timeZone: parsed.practice.timeZone,
    minimumAge,
  };
}

function prefixFor(field: string | number | undefined): string[] {
  if (field === 'birthDate') return ['patient'];
  if (field === 'timeZone' || field === 'minimumAge') return ['practice'];
  return [];
}
