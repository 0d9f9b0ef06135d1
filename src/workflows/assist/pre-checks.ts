import { checkPortalEligibility } from '../../rules/eligibility.js';
import type { WorkflowChecks } from '../checks.js';
import type { AssistSessionInput } from './input.js';

/** A browser verdict reduced to what the session keeps: codes, no user-agent string. */
export type BrowserVerdict = { status: 'supported' | 'unsupported' | 'unknown'; reason: string };

/** What staff check before helping: browsers, age eligibility, portal status, scheduling, the URL. */
export type AssistPreChecks = {
  staffBrowser: BrowserVerdict;
  patientBrowser: BrowserVerdict | null;
  eligibility: { eligible: boolean; reason: string; eligibleOn: string | null } | null;
  portalStatus: 'not-registered' | 'prospective' | 'registered' | null;
  schedulingAllowed: boolean | null;
  portalUrl: string;
};

/** Runs every pre-check on the session input, the browser checks with the machine's checks. */
export function runPreChecks(checks: WorkflowChecks, input: AssistSessionInput): AssistPreChecks {
  const staff = checks.staffBrowser(
    input.staff.clientHints
      ? { userAgent: input.staff.userAgent, clientHints: input.staff.clientHints }
      : input.staff.userAgent,
  );
  const patient = input.patient;
  const eligibility = patient
    ? checkPortalEligibility({
        birthDate: patient.birthDate,
        now: new Date(input.now),
        timeZone: input.practice.timeZone,
        minimumAge: input.practice.minimumAge ?? 13,
      })
    : null;
  return {
    staffBrowser: { status: staff.status, reason: staff.reason },
    patientBrowser: patient?.userAgent !== undefined ? checks.patientBrowser(patient.userAgent) : null,
    eligibility: eligibility
      ? {
          eligible: eligibility.eligible,
          reason: eligibility.reason,
          eligibleOn: eligibility.eligible ? null : eligibility.eligibleOn,
        }
      : null,
    portalStatus: patient?.portalStatus ?? null,
    schedulingAllowed: input.practice.schedulingAllowed ?? null,
    portalUrl: input.practice.portalUrl,
  };
}
