import { isPortalHelpdeskError } from '../../errors.js';
import { checkPortalEligibility, type PortalEligibilityResult } from '../../rules/eligibility.js';
import type { EligibilityContext } from './context-types.js';

/**
 * The age rule for one account holder, or `null` when the birth date is not a valid input (a
 * guard must not throw: invalid details are reported as a problem instead).
 */
export function ageCheck(context: EligibilityContext, birthDate: string): PortalEligibilityResult | null {
  try {
    return checkPortalEligibility({
      birthDate,
      now: new Date(context.now),
      timeZone: context.timeZone,
      minimumAge: context.minimumAge,
    });
  } catch (error) {
    if (isPortalHelpdeskError(error)) return null;
    throw error;
  }
}
