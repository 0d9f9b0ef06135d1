/**
 * How a registration started: an invitation email ("Create My Account"), a notification email such
 * as an appointment reminder or a lab result ("View Results"), online check-in, or in the office.
 */
export type RegistrationChannel =
  | 'invitation'
  | 'appointment-reminder'
  | 'lab-result'
  | 'online-check-in'
  | 'in-office';

/**
 * Every registration channel.
 *
 * @example
 * ```ts
 * registrationChannels.includes('lab-result');
 * //=> true
 * ```
 */
export const registrationChannels: readonly RegistrationChannel[] = Object.freeze([
  'invitation',
  'appointment-reminder',
  'lab-result',
  'online-check-in',
  'in-office',
]);

/**
 * Channels on which the portal asks "Choose your patient relationship". On the others the person
 * registering is the patient, so the age rule applies to the patient from the start.
 *
 * @example
 * ```ts
 * [asksForRelationship('lab-result'), asksForRelationship('invitation')];
 * //=> [true, false]
 * ```
 */
export function asksForRelationship(channel: RegistrationChannel): boolean {
  return channel === 'lab-result' || channel === 'online-check-in';
}
