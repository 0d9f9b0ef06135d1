import type { GuideStepKey } from './guide-keys.js';

export type { GuideStepKey } from './guide-keys.js';

/**
 * What a workflow state tells the guide and the host UI, read back with `snapshot.getMeta()`.
 * Labels are the portal's exact UI labels; `{patientName}` stands for the patient's display name.
 *
 * @example
 * ```ts
 * const meta: StepMeta = { guide: 'security.enterPhoneForText', labels: ['Send code'], audience: 'patient' };
 * ```
 */
export type StepMeta = {
  /** The guide step this state stands for. */
  readonly guide: GuideStepKey;
  /** The exact UI labels the person sees or clicks in this step. */
  readonly labels: readonly string[];
  /** `patient` when the patient sees this state; `staff` for the staff member's own screens. */
  readonly audience: 'patient' | 'staff';
  /**
   * For a staff state that a patient's guide still shows (how a blocked path ends): the step
   * that says it in the patient's own voice, so a patient guide never carries staff-voiced text.
   */
  readonly patientGuide?: GuideStepKey;
  /** Set on final states: how the workflow ended. */
  readonly outcome?: 'completed' | 'blocked';
};
