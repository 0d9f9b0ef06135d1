import * as z from 'zod/mini';
import { PortalHelpdeskError } from '../../errors.js';
import { ageCheck } from './age-check.js';
import type { AccountUser, EligibilityContext } from './context-types.js';
import { calendarDate } from './event-schema.js';

/**
 * Who creates the account, on every registration channel: the patient, or a family member who
 * manages the patient's account (with their own date of birth, which the age rule checks).
 */
export const accountUserSchema = z.union([
  z.strictObject({ role: z.literal('patient') }),
  z.strictObject({ role: z.literal('family-member'), birthDate: calendarDate }),
]);

/** A phone field of the patient's record: at most 64 characters, or `null` when none is on file. */
export const recordPhoneSchema = z.nullable(z.string().check(z.maxLength(64)));

/**
 * The patient's phones the portal may compare against: the Quickview phone (the phone of record
 * when the user is the patient) and the phone of the patient's entry on the Portal Accounts page
 * (the phone of record when a family member is the user).
 */
export type RecordPhones = {
  readonly phoneOfRecord: string | null;
  readonly portalAccountsPhone?: string | null | undefined;
};

/** The raw phone of record for this user: Quickview for the patient, Portal Accounts for a family member. */
export function phoneOfRecordFor(user: AccountUser, phones: RecordPhones): string | null {
  return user.role === 'patient' ? phones.phoneOfRecord : (phones.portalAccountsPhone ?? null);
}

/** Whether the age rule says this user is under the minimum age (the patient's own age for the patient). */
export function userIsUnderAge(user: AccountUser, context: EligibilityContext): boolean {
  const birthDate = user.role === 'patient' ? context.patient.birthDate : user.birthDate;
  return birthDate !== null && ageCheck(context, birthDate)?.eligible === false;
}

/** The date the user turns the minimum age, or `''` when they are not under it. */
export function userEligibleOn(user: AccountUser, context: EligibilityContext): string {
  const birthDate = user.role === 'patient' ? context.patient.birthDate : user.birthDate;
  const result = birthDate === null ? null : ageCheck(context, birthDate);
  return result && !result.eligible ? result.eligibleOn : '';
}

/**
 * The parsed user, with a family member's date of birth checked by the age rule at the boundary
 * (a date that does not exist fails here with the path of the field, never later in a guard).
 *
 * @throws {PortalHelpdeskError} `invalid-input` at `user.birthDate`, without its value.
 */
export function toAccountUser(
  user: z.output<typeof accountUserSchema> | undefined,
  context: EligibilityContext,
  where: string,
): AccountUser {
  if (user === undefined || user.role === 'patient') return { role: 'patient' };
  if (ageCheck(context, user.birthDate) === null) {
    throw new PortalHelpdeskError(
      'invalid-input',
      [{ path: ['user', 'birthDate'], message: 'Expected a real date of birth, not in the future' }],
      where,
    );
  }
  return { role: 'family-member', birthDate: user.birthDate };
}
