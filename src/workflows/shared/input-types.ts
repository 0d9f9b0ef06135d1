/**
 * The hand-written parts the workflow inputs share (the patient, the practice's age settings, the
 * clock and the phone region), so an editor shows each field's documentation. Each workflow input
 * built from them is checked against its schema by `test/workflows/input-types.test-d.ts`.
 */
import type { CountryCode } from 'libphonenumber-js/min';

/**
 * The patient every age-aware workflow reads.
 *
 * @example
 * ```ts
 * const patient: WorkflowPatientInput = { displayName: 'Ana Rivera', birthDate: '1990-04-12' };
 * ```
 */
export interface WorkflowPatientInput {
  /** The patient's name as the portal shows it: 1 to 200 characters, e.g. `Ana Rivera`. */
  readonly displayName: string;
  /**
   * The patient's date of birth, `YYYY-MM-DD` (as FHIR `birthDate`), e.g. `1990-04-12`. A date that
   * does not exist, lies in the future or more than 150 years back is refused.
   */
  readonly birthDate: string;
}

/**
 * The practice settings the age rule reads.
 *
 * @example
 * ```ts
 * const practice: WorkflowPracticeInput = { timeZone: 'America/Chicago', minimumAge: 18 };
 * ```
 */
export interface WorkflowPracticeInput {
  /**
   * The practice's IANA time zone, e.g. `America/New_York` (at most 64 characters): "today" for
   * the age rule is the practice's local date.
   */
  readonly timeZone: string;
  /** The minimum age of an account holder, in whole years: 13 (the COPPA floor) to 120. Default 13. */
  readonly minimumAge?: number | undefined;
}

/**
 * The region of a phone input.
 *
 * @example
 * ```ts
 * const region: PhoneRegionInput = { defaultCountry: 'GB' };
 * ```
 */
export interface PhoneRegionInput {
  /**
   * The region for phone numbers typed without a country code: an ISO 3166-1 alpha-2 code in capitals
   * that libphonenumber-js knows, e.g. `GB`. Default `US`.
   */
  readonly defaultCountry?: CountryCode | undefined;
}

/**
 * The practice settings of a workflow that reads both ages and phones.
 *
 * @example
 * ```ts
 * const practice: RegionalPracticeInput = { timeZone: 'Europe/London', minimumAge: 16, defaultCountry: 'GB' };
 * ```
 */
export interface RegionalPracticeInput extends WorkflowPracticeInput, PhoneRegionInput {}

/**
 * The patient, practice and clock facts of an age-aware workflow input.
 *
 * @example
 * ```ts
 * const facts: EligibilityFactsInput = {
 *   patient: { displayName: 'Ana Rivera', birthDate: '1990-04-12' },
 *   now: '2026-03-10T15:00:00Z',
 *   practice: { timeZone: 'America/Chicago' },
 * };
 * ```
 */
export interface EligibilityFactsInput {
  /** The patient. */
  readonly patient: WorkflowPatientInput;
  /**
   * The instant the workflow starts at, from the host's clock: a valid `Date`, or an ISO 8601
   * date-time with `Z` or a `±HH:MM` offset (at most 40 characters), e.g. `2026-03-10T15:00:00Z`.
   * A string without an offset is refused. Kept in the context as an ISO string in UTC.
   */
  readonly now: Date | string;
  /** The practice's age settings. */
  readonly practice: WorkflowPracticeInput;
}

/**
 * Who creates the account, on every registration channel: the patient, or a family member who
 * manages the patient's account (with their own date of birth, which the age rule checks).
 *
 * @example
 * ```ts
 * const user: AccountUserInput = { role: 'family-member', birthDate: '1968-09-30' };
 * ```
 */
export type AccountUserInput =
  | {
      /** The patient creates their own account. */
      readonly role: 'patient';
    }
  | {
      /** A family member creates an account that manages the patient's. */
      readonly role: 'family-member';
      /**
       * The family member's own date of birth, `YYYY-MM-DD`: the age rule checks it against the
       * practice's minimum age. A date that does not exist or lies in the future is refused.
       */
      readonly birthDate: string;
    };
