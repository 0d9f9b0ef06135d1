import type { AssistInput } from '../../workflows/assist/input.js';
import {
  sampleAdultPatient,
  sampleChildPatient,
  sampleInternetExplorerUserAgent,
  sampleManager,
  sampleNow,
  samplePractice,
  sampleStaffUserAgent,
} from '../../workflows/assist/samples.js';
import type { FamilyAccessInput } from '../../workflows/family-access/machine.js';
import type { PhoneVerificationInput } from '../../workflows/phone-verification/machine.js';
import type { ProfileSwitchInput } from '../../workflows/profile-switch/machine.js';
import type { RegistrationChannel } from '../../workflows/registration/channels.js';
import type { RegistrationInput } from '../../workflows/registration/machine.js';
import type { RelationshipInput } from '../../workflows/relationship/machine.js';
import type { SecureMessageInput } from '../../workflows/secure-message/machine.js';
import type { SecuritySetupInput } from '../../workflows/security-setup/machine.js';

type Patient = {
  displayName: string;
  birthDate: string;
  phoneOfRecord: string | null;
  portalAccountsPhone?: string | null;
};

function registration(
  channel: RegistrationChannel,
  patient: Patient,
  user: NonNullable<RegistrationInput['user']> = { role: 'patient' },
): RegistrationInput {
  return {
    channel,
    user,
    patient: {
      displayName: patient.displayName,
      birthDate: patient.birthDate,
      phoneOfRecord: patient.phoneOfRecord,
      portalAccountsPhone: patient.portalAccountsPhone ?? null,
    },
    practice: { timeZone: samplePractice.timeZone, defaultCountry: 'US' },
    now: sampleNow,
  };
}

function relationship(patient: Patient): RelationshipInput {
  return {
    patient: { displayName: patient.displayName, birthDate: patient.birthDate },
    practice: { timeZone: samplePractice.timeZone },
    now: sampleNow,
  };
}

function familyAccess(patient: Patient): FamilyAccessInput {
  return {
    patient: {
      displayName: patient.displayName,
      birthDate: patient.birthDate,
      portalAccountsPhone: patient.portalAccountsPhone ?? null,
    },
    practice: { timeZone: samplePractice.timeZone, defaultCountry: 'US' },
    now: sampleNow,
  };
}

function secureMessage(
  startedFrom: 'home-page' | 'messages-page',
  providerBasedRouting: boolean,
): SecureMessageInput {
  return {
    startedFrom,
    providerBasedRouting,
    providers: samplePractice.providers.map((p) => ({ ...p, departments: [...p.departments] })),
  };
}

function assist(
  patientUserAgent: string | undefined,
  facts: {
    staffUserAgent?: string;
    patient?: typeof sampleAdultPatient | typeof sampleChildPatient;
    portalStatus?: 'registered';
  } = {},
): AssistInput {
  const patient = facts.patient ?? sampleAdultPatient;
  return {
    staff: { userAgent: facts.staffUserAgent ?? sampleStaffUserAgent },
    patient: {
      ...patient,
      ...(facts.portalStatus ? { portalStatus: facts.portalStatus } : {}),
      ...('familyProfiles' in patient ? { familyProfiles: [...patient.familyProfiles] } : {}),
      ...(patientUserAgent ? { userAgent: patientUserAgent } : {}),
    },
    practice: {
      ...samplePractice,
      providers: samplePractice.providers.map((p) => ({ ...p, departments: [...p.departments] })),
    },
    now: sampleNow,
  };
}

/**
 * Inputs of one workflow by variant name. The names listed are typed as present, so
 * `sampleInputs.assist['child-patient']` is an `AssistInput` under `noUncheckedIndexedAccess` too
 * (a name read from `Object.keys` still indexes, as any string).
 */
type Variants<Name extends string, Input> = Record<Name, Input> & Record<string, Input>;

/** Inputs of one workflow, by variant name. */
export type SampleInputs = {
  registration: Variants<
    | 'adult-invitation'
    | 'adult-appointment-reminder'
    | 'adult-lab-result'
    | 'adult-online-check-in'
    | 'adult-in-office'
    | 'child-lab-result'
    | 'child-invitation'
    | 'no-phone-of-record'
    | 'parent-invitation'
    | 'under-age-family-member',
    RegistrationInput
  >;
  'security-setup': Variants<'default', SecuritySetupInput>;
  'phone-verification': Variants<'with-phone-of-record' | 'no-phone-of-record', PhoneVerificationInput>;
  relationship: Variants<'adult' | 'child', RelationshipInput>;
  'family-access': Variants<'child' | 'no-portal-accounts-phone', FamilyAccessInput>;
  'secure-message': Variants<'home-page' | 'messages-page' | 'office-staff-routing', SecureMessageInput>;
  'profile-switch': Variants<'with-family', ProfileSwitchInput>;
  assist: Variants<
    | 'patient-browser-unknown'
    | 'patient-on-internet-explorer'
    | 'staff-on-internet-explorer'
    | 'child-patient'
    | 'already-registered',
    AssistInput
  >;
};

/**
 * Named sample inputs for every workflow. Together, the variants of a workflow reach every one of
 * its branches: an adult and a 9-year-old patient, a parent registering for the child (and one
 * under 13), a missing phone of record, each registration channel, both places a message can start from, routing to "Office staff", an IE user.
 *
 * @example
 * ```ts
 * Object.keys(sampleInputs.registration);
 * //=> ['adult-invitation', 'adult-appointment-reminder', ...]
 * ```
 */
export const sampleInputs: SampleInputs = {
  registration: {
    'adult-invitation': registration('invitation', sampleAdultPatient),
    'adult-appointment-reminder': registration('appointment-reminder', sampleAdultPatient),
    'adult-lab-result': registration('lab-result', sampleAdultPatient),
    'adult-online-check-in': registration('online-check-in', sampleAdultPatient),
    'adult-in-office': registration('in-office', sampleAdultPatient),
    'child-lab-result': registration('lab-result', sampleChildPatient),
    'child-invitation': registration('invitation', sampleChildPatient),
    'no-phone-of-record': registration('invitation', { ...sampleAdultPatient, phoneOfRecord: null }),
    'parent-invitation': registration('invitation', sampleChildPatient, {
      role: 'family-member',
      birthDate: sampleManager.birthDate,
    }),
    'under-age-family-member': registration('appointment-reminder', sampleAdultPatient, {
      role: 'family-member',
      birthDate: '2015-01-20',
    }),
  },
  'security-setup': { default: { defaultCountry: 'US' } },
  'phone-verification': {
    'with-phone-of-record': { phoneOfRecord: sampleAdultPatient.phoneOfRecord, defaultCountry: 'US' },
    'no-phone-of-record': { phoneOfRecord: null, defaultCountry: 'US' },
  },
  relationship: { adult: relationship(sampleAdultPatient), child: relationship(sampleChildPatient) },
  'family-access': {
    child: familyAccess(sampleChildPatient),
    'no-portal-accounts-phone': familyAccess({ ...sampleChildPatient, portalAccountsPhone: null }),
  },
  'secure-message': {
    'home-page': secureMessage('home-page', true),
    'messages-page': secureMessage('messages-page', true),
    'office-staff-routing': secureMessage('home-page', false),
  },
  'profile-switch': { 'with-family': { familyProfiles: [{ id: 'pat-1002', displayName: 'Mia Rivera' }] } },
  assist: {
    'patient-browser-unknown': assist(undefined),
    'patient-on-internet-explorer': assist(sampleInternetExplorerUserAgent),
    'staff-on-internet-explorer': assist(undefined, { staffUserAgent: sampleInternetExplorerUserAgent }),
    'child-patient': assist(undefined, { patient: sampleChildPatient }),
    'already-registered': assist(undefined, { portalStatus: 'registered' }),
  },
};
