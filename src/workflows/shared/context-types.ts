import type { CountryCode } from 'libphonenumber-js/min';

/** How a person confirms their identity after a forgotten password. */
export type SecurityMethod = 'text' | 'call' | 'question';

/** Why the last action in a workflow was refused; cleared by the next accepted action. */
export type WorkflowProblem =
  | 'form-incomplete'
  | 'invalid-phone'
  | 'landline-cannot-text'
  | 'wrong-code'
  | 'empty-answer'
  | 'invalid-manager-details'
  | 'invalid-caregiver-details'
  | 'unknown-provider'
  | 'unknown-location'
  | 'unknown-profile'
  | 'message-invalid';

/** The part of a workflow's context that a code-entry step reads and writes. */
export type CodeEntryContext = {
  /** Codes the portal refused. */
  codeAttempts: number;
  /** New codes asked for because one never came (the number is kept). */
  codeResends: number;
  problem: WorkflowProblem | null;
};

/** The part of a workflow's context that the security setup steps read and write. */
export type SecurityContext = CodeEntryContext & {
  defaultCountry: CountryCode;
  securityMethod: SecurityMethod | null;
  /** The recovery phone in E.164, kept apart from the phone of record. */
  recoveryPhone: string | null;
};

/** The part of a workflow's context that the phone-of-record verification steps read and write. */
export type VerificationContext = CodeEntryContext & {
  /** Region for a phone of record that staff type without a country code. */
  defaultCountry: CountryCode;
  /** The phone of record in E.164, or `null` when the practice has none on file. */
  phoneOfRecord: string | null;
  verificationMethod: 'text' | 'call' | null;
  phoneVerified: boolean;
  /**
   * Staff updated the phone of record in this session (`PHONE_OF_RECORD_UPDATED`): the patient is
   * choosing **Text** or **Call** a second time, and the step view says so, as the printed guide does.
   */
  phoneOfRecordUpdated: boolean;
};

/**
 * Who creates the account: the patient, or a family member who manages the patient's account
 * (their birth date is what the age rule checks; `null` only before staff have entered it).
 */
export type AccountUser = { role: 'patient' } | { role: 'family-member'; birthDate: string | null };

/** Who would hold the account when a workflow is blocked because they are under the minimum age. */
export type UnderAgeBlock = { who: 'patient' | 'manager'; eligibleOn: string };

/** The clock, practice and patient facts that the age rule reads, all JSON-safe. */
export type EligibilityContext = {
  patient: { displayName: string; birthDate: string };
  /** The instant "now" as an ISO string, from the input: machines never read the clock. */
  now: string;
  timeZone: string;
  minimumAge: number;
};

/** The part of a workflow's context that the relationship steps read and write. */
export type RelationshipContext = EligibilityContext & {
  relationship: 'self' | 'manager' | null;
  underAge: UnderAgeBlock | null;
  problem: WorkflowProblem | null;
};
