/** Notes a guide can carry, beside a step or about the whole task. */
export type GuideNoteKey =
  // staff notes
  | 'staff.recoveryPhoneKeptApart'
  | 'staff.phoneOfRecordLocation'
  | 'staff.noPhoneOfRecord'
  | 'staff.prospectiveStatus'
  | 'staff.officeStaffRouting'
  | 'staff.officeLocationRouting'
  | 'staff.under13'
  | 'staff.staffBrowser'
  | 'staff.landlineUS'
  | 'staff.schedulingAllowed'
  | 'staff.portalUrl'
  // patient notes
  | 'patient.textRecommended'
  | 'patient.landlineUseCallMe'
  | 'patient.securityAnswerExact'
  | 'patient.codeNotReceived'
  | 'patient.futureLogins'
  | 'patient.attachOneAtATime'
  | 'patient.removeWrongFile'
  | 'patient.attachmentsHomePageOnly'
  | 'patient.messageLength'
  | 'patient.useComputer'
  // warnings
  | 'warning.noCardInformation'
  | 'warning.under13';

/** The choices a guide can show as options at a branch point. */
export type GuideOptionKey =
  | 'channel.invitation'
  | 'channel.appointment-reminder'
  | 'channel.lab-result'
  | 'channel.online-check-in'
  | 'channel.in-office'
  | 'security.text'
  | 'security.call'
  | 'security.question'
  | 'verification.text'
  | 'verification.call'
  | 'relationship.self'
  | 'relationship.manager'
  | 'message.home-page'
  | 'message.messages-page'
  | 'profile.my-profile'
  | 'profile.family-member';
