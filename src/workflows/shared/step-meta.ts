/**
 * The message key of every guide step a workflow state can stand for. The guide catalogs are typed
 * against this union, so a state whose step has no text in some locale is a type error.
 */
export type GuideStepKey =
  // account creation
  | 'registration.openInvitation'
  | 'registration.openLabResult'
  | 'registration.openNotification'
  | 'registration.startOnlineCheckIn'
  | 'registration.createPassword'
  | 'registration.confirmation'
  | 'registration.home'
  | 'registration.blockedUnderAge'
  | 'registration.blockedNoPhoneOfRecord'
  // security setup
  | 'security.chooseOption'
  | 'security.enterPhoneForText'
  | 'security.enterPhoneForCall'
  | 'security.landlineAdvice'
  | 'security.enterCode'
  | 'security.wrongCode'
  | 'security.answerQuestion'
  | 'security.done'
  // phone of record verification
  | 'verification.chooseDelivery'
  | 'verification.enterCode'
  | 'verification.wrongCode'
  | 'verification.done'
  | 'verification.noPhoneOfRecord'
  // patient relationship
  | 'relationship.choose'
  | 'relationship.managerDetails'
  | 'relationship.confirmation'
  | 'relationship.done'
  | 'relationship.blockedUnderAge'
  // secure message
  | 'message.openHomePage'
  | 'message.openMessagesPage'
  | 'message.chooseProvider'
  | 'message.chooseLocation'
  | 'message.chooseSubject'
  | 'message.write'
  | 'message.attachmentsUnavailable'
  | 'message.attachmentLimit'
  | 'message.sendBlocked'
  | 'message.sent'
  // profiles
  | 'profile.openMenu'
  | 'profile.menu'
  | 'profile.myProfile'
  | 'profile.familyMember'
  // staff assist session
  | 'assist.preChecks'
  | 'assist.browserMustChange'
  | 'assist.chooseTask'
  | 'assist.runningTask'
  | 'assist.taskFinished'
  | 'assist.ended';

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
  /** Set on final states: how the workflow ended. */
  readonly outcome?: 'completed' | 'blocked';
};
