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
  | 'unknown-provider'
  | 'unknown-location'
  | 'unknown-profile'
  | 'message-invalid';

/** The part of a workflow's context that the security setup steps read and write. */
export type SecurityContext = {
  defaultCountry: CountryCode;
  securityMethod: SecurityMethod | null;
  /** The recovery phone in E.164, kept apart from the phone of record. */
  recoveryPhone: string | null;
  codeAttempts: number;
  problem: WorkflowProblem | null;
};

/** The part of a workflow's context that the phone-of-record verification steps read and write. */
export type VerificationContext = {
  /** The phone of record in E.164, or `null` when the practice has none on file. */
  phoneOfRecord: string | null;
  verificationMethod: 'text' | 'call' | null;
  phoneVerified: boolean;
  codeAttempts: number;
  problem: WorkflowProblem | null;
};

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
