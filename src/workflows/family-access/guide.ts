import * as z from 'zod/mini';
import type { StateNotes } from '../define-workflow.js';
import { phoneVerificationNotes, verificationChoicesShape } from '../phone-verification/guide.js';
import { registrationScript } from '../registration/guide.js';
import type { RegistrationContext } from '../registration/machine.js';
import { securityChoicesShape, securitySetupNotes } from '../security-setup/guide.js';
import type { StateIdOf } from '../shared/guide-script.js';
import { birthDateYearsBefore, nestStates, type StateScript, stop } from '../shared/guide-script.js';
import type { FamilyAccessMachine } from './machine.js';

/** The scenario of a family access guide. */
export const familyAccessScenarioSchema = z.strictObject({
  /** The caregiver is under the minimum age (family access cannot be set up for them). */
  caregiverUnderMinimumAge: z.optional(z.boolean()),
  ...securityChoicesShape,
  /** The recovery phone differs from the phone of record (verification of the record follows). */
  recoveryPhoneDiffers: z.optional(z.boolean()),
  ...verificationChoicesShape,
  /** The patient's entry on the Portal Accounts page has no phone. */
  noPhoneOfRecord: z.optional(z.boolean()),
});

/** A family access guide scenario, as parsed. */
export type FamilyAccessScenario = z.output<typeof familyAccessScenarioSchema>;

/** The moves of the family access guide: the staff step, then the caregiver's account creation. */
export const familyAccessScript: StateScript<StateIdOf<FamilyAccessMachine>, FamilyAccessScenario> = {
  settingUpAccess: (snapshot, scenario) => ({
    kind: 'send',
    event: {
      type: 'ACCESS_SET_UP',
      caregiverBirthDate: birthDateYearsBefore(
        String(snapshot.context.now),
        scenario.caregiverUnderMinimumAge ? 9 : 40,
      ),
    },
  }),
  openingInvitation: registrationScript.openingInvitation,
  createPassword: registrationScript.createPassword,
  ...nestStates('security', {
    choosingOption: registrationScript['security.choosingOption'],
    enteringPhoneForText: registrationScript['security.enteringPhoneForText'],
    landlineAdvice: registrationScript['security.landlineAdvice'],
    enteringPhoneForCall: registrationScript['security.enteringPhoneForCall'],
    enteringCode: registrationScript['security.enteringCode'],
    wrongCode: registrationScript['security.wrongCode'],
    answeringQuestion: registrationScript['security.answeringQuestion'],
    done: stop,
  }),
  ...nestStates('phoneVerification', {
    checkingPhoneOfRecord: stop,
    choosingDelivery: registrationScript['phoneVerification.choosingDelivery'],
    enteringCode: registrationScript['phoneVerification.enteringCode'],
    wrongCode: stop,
    updatingPhoneOfRecord: registrationScript['phoneVerification.updatingPhoneOfRecord'],
    done: stop,
    noPhoneOfRecord: stop,
  }),
  confirmation: registrationScript.confirmation,
  home: stop,
  blockedUnderAge: stop,
  blockedNoPhoneOfRecord: stop,
};

/** Notes beside the family access steps. */
export const familyAccessNotes = {
  settingUpAccess: ['staff.familyAccess', 'staff.under13'],
  home: ['patient.futureLogins'],
  blockedUnderAge: ['staff.under13'],
  blockedNoPhoneOfRecord: ['staff.phoneOfRecordLocation'],
  ...nestStates('security', securitySetupNotes),
  ...nestStates('phoneVerification', phoneVerificationNotes),
} satisfies Record<string, StateNotes<RegistrationContext> | undefined>;
