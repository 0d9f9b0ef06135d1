import { and, not, or } from 'xstate';
import { phoneVerificationStates } from '../phone-verification/states.js';
import { relationshipStates } from '../relationship/states.js';
import { securitySetupStates } from '../security-setup/states.js';

/** Where the patient starts: the link (or prompt) that opens "Create your new password". */
const entryState = (
  guide:
    | 'registration.openInvitation'
    | 'registration.openLabResult'
    | 'registration.openNotification'
    | 'registration.startOnlineCheckIn',
  labels: readonly string[],
) => ({ meta: { guide, labels, audience: 'patient' }, on: { OPEN_LINK: 'createPassword' } }) as const;

/**
 * The age rule guards the user who creates the account: a family member (their own date of birth)
 * on any channel; the patient, unless the relationship page is still to ask who holds it.
 */
export const userIsUnderAge = or([
  'familyMemberIsUnderAge',
  and([not('asksForRelationship'), 'userIsPatient', 'patientIsUnderAge']),
]);

/** The account-creation workflow as a state tree of names only; it nests the shared step trees. */
export const registrationStates = {
  start: {
    always: [
      { guard: userIsUnderAge, target: 'blockedUnderAge', actions: 'blockUserUnderAge' },
      { guard: { type: 'channelIs', params: { channels: ['invitation'] } }, target: 'openingInvitation' },
      // In the office, staff register the patient first; the invitation email is not part of it.
      { guard: { type: 'channelIs', params: { channels: ['in-office'] } }, target: 'registeringInOffice' },
      { guard: { type: 'channelIs', params: { channels: ['lab-result'] } }, target: 'openingLabResult' },
      {
        guard: { type: 'channelIs', params: { channels: ['online-check-in'] } },
        target: 'startingOnlineCheckIn',
      },
      { target: 'openingNotification' },
    ],
  },
  openingInvitation: entryState('registration.openInvitation', ['Create My Account']),
  openingLabResult: entryState('registration.openLabResult', ['View Results']),
  openingNotification: entryState('registration.openNotification', []),
  startingOnlineCheckIn: entryState('registration.startOnlineCheckIn', []),
  registeringInOffice: {
    meta: {
      guide: 'registration.registerInOffice',
      patientGuide: 'registration.registerInOfficeForPatient',
      labels: [],
      audience: 'staff',
    },
    on: { REGISTERED_IN_OFFICE: 'createPassword' },
  },
  createPassword: {
    meta: { guide: 'registration.createPassword', labels: ['Create account'], audience: 'patient' },
    on: {
      CREATE_ACCOUNT: [
        { guard: 'accountFormIsIncomplete', actions: 'flagFormIncomplete' },
        { target: 'security', actions: 'clearProblem' },
      ],
    },
  },
  security: {
    initial: 'choosingOption',
    states: securitySetupStates,
    onDone: [
      { guard: 'needsPhoneVerification', target: 'phoneVerification' },
      { guard: 'asksForRelationship', target: 'relationship' },
      { target: 'confirmation' },
    ],
  },
  phoneVerification: {
    initial: 'checkingPhoneOfRecord',
    states: phoneVerificationStates,
    onDone: [
      { guard: 'hasNoPhoneOfRecord', target: 'blockedNoPhoneOfRecord' },
      { guard: 'asksForRelationship', target: 'relationship' },
      { target: 'confirmation' },
    ],
  },
  relationship: {
    initial: 'choosing',
    states: relationshipStates,
    onDone: [{ guard: 'isBlockedUnderAge', target: 'blockedUnderAge' }, { target: 'home' }],
  },
  confirmation: {
    meta: { guide: 'registration.confirmation', labels: ['Continue'], audience: 'patient' },
    on: { CONTINUE: 'home' },
  },
  home: {
    type: 'final',
    meta: { guide: 'registration.home', labels: [], audience: 'patient', outcome: 'completed' },
  },
  blockedUnderAge: {
    type: 'final',
    meta: {
      guide: 'registration.blockedUnderAge',
      patientGuide: 'registration.blockedUnderAgeForPatient',
      labels: [],
      audience: 'staff',
      outcome: 'blocked',
    },
  },
  blockedNoPhoneOfRecord: {
    type: 'final',
    meta: {
      guide: 'registration.blockedNoPhoneOfRecord',
      patientGuide: 'registration.blockedNoPhoneOfRecordForPatient',
      labels: [],
      audience: 'staff',
      outcome: 'blocked',
    },
  },
} as const;
