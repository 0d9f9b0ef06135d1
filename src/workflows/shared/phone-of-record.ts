import type { CountryCode } from '../../rules/phone.js';
import type { WorkflowChecks } from '../checks.js';

/** The phone of record in E.164, or `null` when none is on file or it is not a valid number. */
export function normalisePhoneOfRecord(
  checks: WorkflowChecks,
  raw: string | null | undefined,
  defaultCountry: CountryCode,
): string | null {
  if (!raw) return null;
  return checks.phoneOfRecord(raw, defaultCountry);
}
