import * as z from 'zod/mini';
import { PortalHelpdeskError } from '../../errors.js';
import type { StateNotes } from '../define-workflow.js';
import {
  phoneVerificationNotes,
  phoneVerificationScript,
  verificationChoicesShape,
} from '../phone-verification/guide.js';
import { relationshipChoicesShape, relationshipNotes, relationshipScript } from '../relationship/guide.js';
import { securityChoicesShape, securitySetupNotes, securitySetupScript } from '../security-setup/guide.js';
import type { GuideNoteKey } from '../shared/guide-keys.js';
import { nestStates, type StateScript, send, stop } from '../shared/guide-script.js';
import { registrationChannels } from './channels.js';
import type { RegistrationContext } from './machine.js';
import type { registrationStates } from './states.js';

/** The scenario of a registration guide: how it started and the branches taken. */
export const registrationScenarioSchema = z.strictObject({
  /** How the registration started. Default `invitation` (channels are not a branch point of a guide). */
  channel: z.optional(z.enum(registrationChannels)),
  /**
   * Who creates the account: the patient (default) or a family member who manages the patient's
   * account (their phone of record is the patient's entry on the Portal Accounts page).
   */
  user: z.optional(z.enum(['patient', 'family-member'])),
  ...securityChoicesShape,
  /** The recovery phone differs from the phone of record (verification of the record follows). */
  recoveryPhoneDiffers: z.optional(z.boolean()),
  ...verificationChoicesShape,
  ...relationshipChoicesShape,
  /** The patient is under the minimum age. */
  patientUnderMinimumAge: z.optional(z.boolean()),
  /** The practice has no phone of record on file (for this user). */
  noPhoneOfRecord: z.optional(z.boolean()),
  /**
   * The patient first registers with the practice on the portal (not yet a patient there): the
   * guide then tells staff about the Prospective status such a registration gets.
   */
  newToPractice: z.optional(z.boolean()),
});

/** A registration guide scenario, as parsed. */
export type RegistrationScenario = z.output<typeof registrationScenarioSchema>;

type OwnStateId = Exclude<keyof typeof registrationStates, 'security' | 'phoneVerification' | 'relationship'>;

const openLink = send({ type: 'OPEN_LINK' });

const ownScript: StateScript<OwnStateId, RegistrationScenario> = {
  start: stop,
  openingInvitation: openLink,
  openingLabResult: openLink,
  openingNotification: openLink,
  startingOnlineCheckIn: openLink,
  registeringInOffice: send({ type: 'REGISTERED_IN_OFFICE' }),
  createPassword: send({
    type: 'CREATE_ACCOUNT',
    emailConfirmed: true,
    passwordEnteredTwice: true,
    termsAccepted: true,
  }),
  confirmation: send({ type: 'CONTINUE' }),
  home: stop,
  blockedUnderAge: stop,
  blockedNoPhoneOfRecord: stop,
};

/** Notes about the whole registration: the Prospective note only for a patient new to the practice. */
export function registrationGuideNotes(scenario: RegistrationScenario): readonly GuideNoteKey[] {
  return scenario.newToPractice ? ['warning.under13', 'staff.prospectiveStatus'] : ['warning.under13'];
}

/**
 * The answer on "Choose your patient relationship": the scenario's, else the one its user gives
 * (the patient is "I am", a family member "I manage"), so a guide for a named user shows only that
 * user's answer. An answer the user would not give is refused.
 */
function relationshipOf(scenario: RegistrationScenario): RegistrationScenario['relationship'] {
  const { user, relationship } = scenario;
  const own = user === undefined ? undefined : user === 'patient' ? 'self' : 'manager';
  if (relationship !== undefined && own !== undefined && relationship !== own)
    throw new PortalHelpdeskError(
      'invalid-input',
      [
        {
          path: ['relationship'],
          message: 'Contradicts user: the patient answers self, a family member manager',
        },
      ],
      'buildGuide(scenario)',
    );
  return relationship ?? own;
}

/** The moves of the registration guide, the nested steps' included. */
export const registrationScript = {
  ...ownScript,
  ...nestStates('security', securitySetupScript),
  ...nestStates('phoneVerification', phoneVerificationScript),
  ...nestStates('relationship', relationshipScript),
  'relationship.choosing': (snapshot, scenario) =>
    relationshipScript.choosing(snapshot, { relationship: relationshipOf(scenario) }),
} satisfies StateScript<string, RegistrationScenario>;

const portalUrlNote = ['staff.portalUrl'] as const;

/** Notes beside the registration steps, the nested steps' included. */
export const registrationNotes = {
  openingInvitation: portalUrlNote,
  openingLabResult: portalUrlNote,
  openingNotification: portalUrlNote,
  startingOnlineCheckIn: portalUrlNote,
  home: ['patient.futureLogins'],
  blockedUnderAge: ['staff.under13'],
  blockedNoPhoneOfRecord: ['staff.phoneOfRecordLocation'],
  ...nestStates('security', securitySetupNotes),
  ...nestStates('phoneVerification', phoneVerificationNotes),
  ...nestStates('relationship', relationshipNotes),
} satisfies Record<string, StateNotes<RegistrationContext> | undefined>;
