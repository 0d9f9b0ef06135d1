import type { FamilyAccessInput } from '../family-access/machine.js';
import type { PhoneVerificationInput } from '../phone-verification/machine.js';
import type { ProfileSwitchInput } from '../profile-switch/machine.js';
import type { RegistrationChannel } from '../registration/channels.js';
import type { RegistrationInput } from '../registration/machine.js';
import type { RelationshipInput } from '../relationship/machine.js';
import type { SecureMessageInput } from '../secure-message/machine.js';
import type { SecuritySetupInput } from '../security-setup/machine.js';
import type { AssistSessionInput } from './input.js';
import { type AssistUser, toRegistrationUser } from './registering-user.js';
import type { AssistTask } from './tasks.js';

/**
 * Choices staff make when starting a task, kept in the session context: the registration channel,
 * where a message starts, and who registers (the patient unless staff say a family member does;
 * set again by every CHOOSE_TASK, and the patient for any task but registration).
 */
export type TaskOptions = {
  channel: RegistrationChannel;
  startedFrom: 'home-page' | 'messages-page';
  user: AssistUser;
};

type Source = { session: AssistSessionInput; taskOptions: TaskOptions };

// Each child workflow's input, derived from the session. Tasks that need a patient are only
// started when one is present (guarded in the machine), so the fallbacks below are never used.
const noPatient = { displayName: '-', birthDate: '2000-01-01', phoneOfRecord: null };

function eligibilityPart({ session }: Source) {
  const patient = session.patient ?? noPatient;
  return {
    patient: { displayName: patient.displayName, birthDate: patient.birthDate },
    now: session.now,
    practice: {
      timeZone: session.practice.timeZone,
      ...(session.practice.minimumAge !== undefined ? { minimumAge: session.practice.minimumAge } : {}),
    },
  };
}

/**
 * Input for the registration task: who registers (a family member's date of birth, never their
 * name, which stays in the session), and both phones the phone of record may be.
 */
export function registrationTaskInput(source: Source): RegistrationInput {
  const base = eligibilityPart(source);
  const country = source.session.practice.defaultCountry;
  const patient = source.session.patient;
  return {
    ...base,
    channel: source.taskOptions.channel,
    user: toRegistrationUser(source.taskOptions.user),
    patient: {
      ...base.patient,
      phoneOfRecord: patient?.phoneOfRecord ?? null,
      portalAccountsPhone: patient?.portalAccountsPhone ?? null,
    },
    practice: { ...base.practice, ...(country ? { defaultCountry: country } : {}) },
  };
}

/** Input for the security setup task. */
export function securitySetupTaskInput({ session }: Source): SecuritySetupInput {
  const country = session.practice.defaultCountry;
  return country ? { defaultCountry: country } : {};
}

/** Input for the phone-of-record verification task. */
export function phoneVerificationTaskInput({ session }: Source): PhoneVerificationInput {
  const country = session.practice.defaultCountry;
  return {
    phoneOfRecord: session.patient?.phoneOfRecord ?? null,
    ...(country ? { defaultCountry: country } : {}),
  };
}

/** Input for the relationship task. */
export function relationshipTaskInput(source: Source): RelationshipInput {
  return eligibilityPart(source);
}

/** Input for the family access task: the caregiver's phone of record is the patient's Portal Accounts entry. */
export function familyAccessTaskInput(source: Source): FamilyAccessInput {
  const base = eligibilityPart(source);
  const country = source.session.practice.defaultCountry;
  return {
    ...base,
    patient: { ...base.patient, portalAccountsPhone: source.session.patient?.portalAccountsPhone ?? null },
    practice: { ...base.practice, ...(country ? { defaultCountry: country } : {}) },
  };
}

/** Input for the secure message task. */
export function secureMessageTaskInput({ session, taskOptions }: Source): SecureMessageInput {
  return {
    startedFrom: taskOptions.startedFrom,
    providers: session.practice.providers,
    providerBasedRouting: session.practice.providerBasedRouting,
  };
}

/** Input for the profile switch task. */
export function profileSwitchTaskInput({ session }: Source): ProfileSwitchInput {
  return { familyProfiles: session.patient?.familyProfiles ?? [] };
}

/** Each task's input from the session, by task (what the session's `invoke`s give their child). */
export const taskInputs: Readonly<Record<AssistTask, (source: Source) => unknown>> = {
  registration: registrationTaskInput,
  'security-setup': securitySetupTaskInput,
  'phone-verification': phoneVerificationTaskInput,
  relationship: relationshipTaskInput,
  'family-access': familyAccessTaskInput,
  'secure-message': secureMessageTaskInput,
  'profile-switch': profileSwitchTaskInput,
};
