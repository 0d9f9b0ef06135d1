import type { WorkflowChecks } from '../checks.js';
import { ageCheck } from './age-check.js';
import type { EligibilityContext } from './context-types.js';

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
