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

/** How a task ended, as the session summary records it: reason codes only, never PHI. */
export type TaskOutcome = {
  task: AssistTask;
  outcome: 'completed' | 'blocked' | 'switched' | 'abandoned';
  reason: string | null;
};

/** Reads a child workflow's output into a {@link TaskOutcome} without copying anything but codes. */
export function outcomeOf(task: AssistTask, output: unknown): TaskOutcome {
  if (typeof output === 'object' && output !== null && 'status' in output) {
    const reason = 'reason' in output && typeof output.reason === 'string' ? output.reason : null;
    return { task, outcome: output.status === 'blocked' ? 'blocked' : 'completed', reason };
  }
  return { task, outcome: 'completed', reason: null };
}
