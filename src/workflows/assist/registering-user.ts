import * as z from 'zod/mini';
import { isPortalHelpdeskError } from '../../errors.js';
import { parseCalendarDate } from '../../internal/calendar-date.js';
import { checkPortalEligibility, type PortalEligibilityResult } from '../../rules/eligibility.js';
import { MAX_EVENT_TEXT_LENGTH } from '../shared/event-schema.js';
import type { AccountUserInput } from '../shared/input-types.js';
import type { AssistSessionInput } from './input.js';

/**
 * Who registers in an assist session's registration task: the patient (the default), or a family
 * member who manages the patient's account, with their own name and date of birth (the age rule
 * checks that date, not the patient's). JSON-safe, kept in the session context while it matters.
 *
 * @example
 * ```ts
 * const user: AssistUser = { role: 'family-member', displayName: 'Ana Rivera', birthDate: '1986-05-04' };
 * ```
 */
export type AssistUser =
  | { role: 'patient' }
  | {
      role: 'family-member';
      /** The family member's name as staff typed it: 1 to 200 characters. */
      displayName: string;
      /** The family member's own date of birth, `YYYY-MM-DD`. */
      birthDate: string;
    };

/** The user when staff say nothing: the patient. */
export const PATIENT_USER: AssistUser = Object.freeze({ role: 'patient' });

/** A calendar date that exists (2023-02-30 does not), length checked before the pattern. */
const existingDate = z.string().check(
  z.refine((value) => parseCalendarDate(value) !== undefined, {
    message: 'Expected a real date as YYYY-MM-DD',
  }),
);

/**
 * The `user` of a `CHOOSE_TASK` event: `{ role: 'patient' }` or `{ role: 'family-member',
 * displayName, birthDate }`. Caps as the registration input: a name of 1 to 200 characters, a date
 * `YYYY-MM-DD` that exists; an unknown key is refused. Whether the date lies in the future or more
 * than 150 years back depends on the session's clock: the session checks that itself.
 */
export const assistUserSchema = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('patient') }),
  z.strictObject({
    role: z.literal('family-member'),
    displayName: z.string().check(z.minLength(1), z.maxLength(MAX_EVENT_TEXT_LENGTH)),
    birthDate: existingDate,
  }),
]);

/**
 * The age rule for a family member's date of birth with the session's clock and practice, or `null`
 * when the rule refuses the date (in the future, more than 150 years back, not a real date).
 */
export function userAgeCheck(session: AssistSessionInput, birthDate: string): PortalEligibilityResult | null {
  try {
    return checkPortalEligibility({
      birthDate,
      now: new Date(session.now),
      timeZone: session.practice.timeZone,
      minimumAge: session.practice.minimumAge ?? 13,
    });
  } catch (error) {
    if (isPortalHelpdeskError(error)) return null;
    throw error;
  }
}

/** Whether the session's facts refuse this family member's date of birth (a guard must not throw). */
export function userDetailsAreInvalid(session: AssistSessionInput, user: AssistUser | undefined): boolean {
  return user?.role === 'family-member' && userAgeCheck(session, user.birthDate) === null;
}

/** Whether this user is a family member under the practice's minimum age. */
export function familyMemberIsUnderAge(session: AssistSessionInput, user: AssistUser | undefined): boolean {
  return user?.role === 'family-member' && userAgeCheck(session, user.birthDate)?.eligible === false;
}

/** The date a family member reaches the minimum age, or `undefined` when they already have. */
export function familyMemberEligibleOn(session: AssistSessionInput, user: AssistUser): string | undefined {
  if (user.role !== 'family-member') return undefined;
  const result = userAgeCheck(session, user.birthDate);
  return result !== null && !result.eligible ? result.eligibleOn : undefined;
}

/** The registration workflow's `user` for this session user: a family member's name stays in the session. */
export function toRegistrationUser(user: AssistUser): AccountUserInput {
  return user.role === 'patient' ? { role: 'patient' } : { role: 'family-member', birthDate: user.birthDate };
}
