/** The tasks staff can run for a patient during an assist session. */
export type AssistTask =
  | 'registration'
  | 'security-setup'
  | 'phone-verification'
  | 'relationship'
  | 'family-access'
  | 'secure-message'
  | 'profile-switch';

/**
 * Every assist task, in menu order.
 *
 * @example
 * ```ts
 * assistTasks[0];
 * //=> 'registration'
 * ```
 */
export const assistTasks: readonly AssistTask[] = Object.freeze([
  'registration',
  'security-setup',
  'phone-verification',
  'relationship',
  'family-access',
  'secure-message',
  'profile-switch',
]);

/**
 * The child state of `runningTask` that runs each task.
 *
 * @example
 * ```ts
 * assistTaskStates['security-setup'];
 * //=> 'securitySetup'
 * ```
 */
export const assistTaskStates = Object.freeze({
  registration: 'registration',
  'security-setup': 'securitySetup',
  'phone-verification': 'phoneVerification',
  relationship: 'relationship',
  'family-access': 'familyAccess',
  'secure-message': 'secureMessage',
  'profile-switch': 'profileSwitch',
} as const satisfies Record<AssistTask, string>);

/** Tasks that work on a particular patient's record and so need the patient in the session. */
export function taskNeedsPatient(task: AssistTask): boolean {
  return (
    task === 'registration' ||
    task === 'phone-verification' ||
    task === 'relationship' ||
    task === 'family-access'
  );
}

/**
 * Tasks that create or secure the patient's own account: refused before any step for a patient
 * under the minimum age (a family access account is the way for a caregiver).
 */
export function taskNeedsEligiblePatient(task: AssistTask): boolean {
  return task === 'registration' || task === 'security-setup' || task === 'phone-verification';
}

/**
 * Why a task cannot start (`patient-under-minimum-age`, `already-registered`: the session's
 * pre-checks), or the reason code of a task that ended blocked (`under-minimum-age`,
 * `no-phone-of-record`...).
 */
export type AssistBlock = {
  task: AssistTask;
  reason: string;
};

/** How a task ended, as the session summary records it: reason codes only, never PHI. */
export type TaskOutcome = {
  task: AssistTask;
  outcome: 'completed' | 'blocked' | 'switched' | 'abandoned';
  reason: string | null;
  /** On registration outcomes only: who registers, by role (never a name or a date). */
  user?: 'patient' | 'family-member';
};

/** Whether a child workflow's output says it ended blocked. */
export function outputIsBlocked(output: unknown): boolean {
  return typeof output === 'object' && output !== null && 'status' in output && output.status === 'blocked';
}

/** Reads a child workflow's output into a {@link TaskOutcome} without copying anything but codes. */
export function outcomeOf(task: AssistTask, output: unknown): TaskOutcome {
  if (typeof output === 'object' && output !== null && 'status' in output) {
    const reason = 'reason' in output && typeof output.reason === 'string' ? output.reason : null;
    return { task, outcome: output.status === 'blocked' ? 'blocked' : 'completed', reason };
  }
  return { task, outcome: 'completed', reason: null };
}
