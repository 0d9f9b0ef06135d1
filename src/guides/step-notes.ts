import type { WorkflowId } from '../workflows/registry.js';
import type { GuideStepKey } from '../workflows/shared/step-meta.js';
import type { GuideNoteKey } from './keys.js';

/** Notes shown beside a step, by step key. Staff notes are dropped from patient guides. */
export const stepNotes: Partial<Record<GuideStepKey, readonly GuideNoteKey[]>> = {
  'registration.openInvitation': ['staff.portalUrl'],
  'registration.openNotification': ['staff.portalUrl'],
  'registration.openLabResult': ['staff.portalUrl'],
  'registration.startOnlineCheckIn': ['staff.portalUrl'],
  'registration.home': ['patient.futureLogins', 'staff.prospectiveStatus'],
  'registration.blockedUnderAge': ['staff.under13'],
  'registration.blockedNoPhoneOfRecord': ['staff.noPhoneOfRecord', 'staff.phoneOfRecordLocation'],
  'security.chooseOption': [
    'patient.textRecommended',
    'patient.landlineUseCallMe',
    'staff.recoveryPhoneKeptApart',
  ],
  'security.enterPhoneForText': ['staff.landlineUS'],
  'security.landlineAdvice': ['patient.landlineUseCallMe'],
  'security.enterCode': ['patient.codeNotReceived'],
  'security.wrongCode': ['patient.codeNotReceived'],
  'security.answerQuestion': ['patient.securityAnswerExact'],
  'verification.chooseDelivery': ['staff.phoneOfRecordLocation'],
  'verification.enterCode': ['patient.codeNotReceived'],
  'verification.wrongCode': ['patient.codeNotReceived'],
  'verification.noPhoneOfRecord': ['staff.noPhoneOfRecord', 'staff.phoneOfRecordLocation'],
  'relationship.blockedUnderAge': ['staff.under13'],
  'message.openHomePage': ['patient.useComputer', 'patient.attachmentsHomePageOnly'],
  'message.openMessagesPage': ['patient.attachmentsHomePageOnly'],
  'message.chooseProvider': ['staff.officeStaffRouting'],
  'message.chooseLocation': ['staff.officeLocationRouting'],
  'message.write': ['patient.messageLength', 'patient.attachOneAtATime', 'patient.removeWrongFile'],
  'message.attachmentsUnavailable': ['patient.attachmentsHomePageOnly'],
  'message.attachmentLimit': ['patient.removeWrongFile'],
  'assist.preChecks': [
    'staff.staffBrowser',
    'staff.prospectiveStatus',
    'staff.schedulingAllowed',
    'staff.portalUrl',
  ],
};

/** Notes about a whole task, shown before the steps (warnings first). */
export const guideNotes: Partial<Record<WorkflowId, readonly GuideNoteKey[]>> = {
  registration: ['warning.under13'],
  relationship: ['warning.under13'],
  'secure-message': ['warning.noCardInformation'],
};

/** The kind of a note, read from its key's prefix. */
export function noteKind(key: GuideNoteKey): 'patient' | 'staff' | 'warning' {
  if (key.startsWith('staff.')) return 'staff';
  if (key.startsWith('warning.')) return 'warning';
  return 'patient';
}
