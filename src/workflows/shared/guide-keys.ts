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
  | 'registration.registerInOffice'
  | 'registration.registerInOfficeForPatient'
  | 'registration.createPassword'
  | 'registration.confirmation'
  | 'registration.home'
  | 'registration.blockedUnderAge'
  | 'registration.blockedNoPhoneOfRecord'
  | 'registration.blockedUnderAgeForPatient'
  | 'registration.blockedNoPhoneOfRecordForPatient'
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
  | 'verification.updatePhoneOfRecord'
  | 'verification.updatePhoneOfRecordForPatient'
  | 'verification.noPhoneOfRecord'
  | 'verification.noPhoneOfRecordForPatient'
  // patient relationship
  | 'relationship.choose'
  | 'relationship.managerDetails'
  | 'relationship.confirmation'
  | 'relationship.done'
  | 'relationship.blockedUnderAge'
  | 'relationship.blockedUnderAgeForPatient'
  // family access
  | 'familyAccess.setUpAccess'
  | 'familyAccess.blockedUnderAge'
  | 'familyAccess.underAgeForCaregiver'
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
  | 'assist.preChecksWithoutPortalLogin'
  | 'assist.taskFinished'
  | 'assist.taskBlocked'
  | 'assist.triageQuestion'
  | 'assist.diagnosis'
  | 'assist.ended';

/** Notes a guide can carry, beside a step or about the whole task. */
export type GuideNoteKey =
  // staff notes
  | 'staff.recoveryPhoneKeptApart'
  | 'staff.phoneOfRecordLocation'
  | 'staff.prospectiveStatus'
  | 'staff.officeStaffRouting'
  | 'staff.officeLocationRouting'
  | 'staff.under13'
  | 'staff.staffBrowser'
  | 'staff.landlineUS'
  | 'staff.schedulingAllowed'
  | 'staff.portalUrl'
  | 'staff.familyAccess'
  | 'staff.patientRegisters'
  | 'staff.familyMemberRegisters'
  // patient notes
  | 'patient.textRecommended'
  | 'patient.landlineUseCallMe'
  | 'patient.securityAnswerExact'
  | 'patient.phoneCheckFollowsQuestion'
  | 'patient.phoneCheckMayFollow'
  | 'patient.codeNotReceived'
  | 'patient.codeNotReceivedOnRecord'
  | 'patient.futureLogins'
  | 'patient.attachOneAtATime'
  | 'patient.removeWrongFile'
  | 'patient.attachmentsHomePageOnly'
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
