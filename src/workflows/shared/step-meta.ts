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
  /**
   * The patient's own words for a staff state that a patient guide still shows (how a blocked path
   * ends), so a guide printed or emailed to a patient never speaks to staff.
   */
  readonly patientGuide?: GuideStepKey;
  /** `patient` when the patient sees this state; `staff` for the staff member's own screens. */
  readonly audience: 'patient' | 'staff';
  /** Set on final states: how the workflow ended. */
  readonly outcome?: 'completed' | 'blocked';
};
