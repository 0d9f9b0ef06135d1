import type { WorkflowChecks } from '../checks.js';
import { ageCheck } from './age-check.js';
import type { EligibilityContext, UnderAgeBlock } from './context-types.js';

/**
 * What a workflow's context must satisfy in a state, checked when a session is restored: a state
 * reached only through a check must hold facts that pass it. Returns a value-free reason, or
 * `undefined` when the context fits the state.
 */
export type StateInvariant<Context> = (
  stateId: string,
  context: Context,
  checks: WorkflowChecks,
) => string | undefined;

/** Whether the age rule says the patient of an eligibility context is under the minimum age. */
export function patientIsUnderAge(context: EligibilityContext): boolean {
  return ageCheck(context, context.patient.birthDate)?.eligible === false;
}

/**
 * Whether a stored under-age block is what the age rule says with the stored clock and practice:
 * for a known birth date (the patient's, a registering family member's), the rule must find that
 * person under age with the same eligibility date; for one the context does not keep (a manager's,
 * typed on the relationship page), the date must be one the rule could give, for someone born the
 * minimum age earlier.
 */
export function underAgeIsJustified(
  context: EligibilityContext,
  block: UnderAgeBlock,
  birthDate: string | null,
): boolean {
  const dates = birthDate === null ? bornYearsBefore(block.eligibleOn, context.minimumAge) : [birthDate];
  return dates.some((date) => {
    const result = ageCheck(context, date);
    return result !== null && !result.eligible && result.eligibleOn === block.eligibleOn;
  });
}

/**
 * The birth dates whose eligibility date `day` can be: the same day `years` earlier, and 29
 * February for a 28 February or 1 March eligibility date (a leap-day birthday in a common year).
 */
function bornYearsBefore(day: string, years: number): string[] {
  // `day` is capped at 10 characters by the context schema.
  const match = /^(\d{4})-(\d{2}-\d{2})$/.exec(day);
  if (!match?.[1] || !match[2]) return [];
  const year = String(Number(match[1]) - years).padStart(4, '0');
  return match[2] === '03-01' || match[2] === '02-28'
    ? [`${year}-${match[2]}`, `${year}-02-29`]
    : [`${year}-${match[2]}`];
}
