import * as z from 'zod/mini';
import { httpsUrlSchema } from '../../internal/http-url.js';
import { type MessageProvider, recipientOptions } from '../../rules/recipients.js';
import type { SymptomId } from '../../rules/triage/catalog.js';
import { toEligibilityContext } from '../shared/eligibility-input.js';
import {
  calendarDateSchema,
  countryCodeSchema,
  displayNameSchema,
  familyProfilesSchema,
  idSchema,
  instantSchema,
  providersSchema,
  timeZoneSchema,
} from '../shared/input-schemas.js';
import type { RegionalPracticeInput, WorkflowPatientInput } from '../shared/input-types.js';
import { checkWithRule } from '../shared/rule-input.js';
import { MAX_TRIAGE_SYMPTOMS, symptomSchema } from './triage.js';

const clientHintsSchema = z.optional(
  z.strictObject({
    platform: z.optional(z.string().check(z.maxLength(64))),
    platformVersion: z.optional(z.string().check(z.maxLength(64))),
  }),
);

const userAgentSchema = z.string().check(z.maxLength(1_048_576));

/** Validates the input of `assistMachine`. */
export const assistInputSchema = z.strictObject({
  /** The staff member's own browser: "Log in to Portal as Patient" needs a supported one. */
  staff: z.strictObject({ userAgent: userAgentSchema, clientHints: clientHintsSchema }),
  /** The patient on the phone, when the chart is open. */
  patient: z.optional(
    z.strictObject({
      id: idSchema,
      displayName: displayNameSchema,
      birthDate: calendarDateSchema,
      phoneOfRecord: z.nullable(z.string().check(z.maxLength(64))),
      /** The phone in the patient's entry on the Portal Accounts page (a family member's phone of record). */
      portalAccountsPhone: z.optional(z.nullable(z.string().check(z.maxLength(64)))),
      /** `prospective`: registered on the portal but not yet checked in for an appointment. */
      portalStatus: z.optional(z.enum(['not-registered', 'prospective', 'registered'])),
      userAgent: z.optional(userAgentSchema),
      familyProfiles: z.optional(familyProfilesSchema),
    }),
  ),
  practice: z.strictObject({
    timeZone: timeZoneSchema,
    minimumAge: z.optional(z.number()),
    defaultCountry: z.optional(countryCodeSchema),
    portalUrl: httpsUrlSchema,
    /** Whether the patient's provider allows appointment scheduling on the portal, when known. */
    schedulingAllowed: z.optional(z.boolean()),
    providerBasedRouting: z.boolean(),
    providers: providersSchema,
    /** The symptoms the practice's triage policy offers staff, in its order; default the whole catalog. */
    triageSymptoms: z.optional(z.array(symptomSchema).check(z.maxLength(MAX_TRIAGE_SYMPTOMS))),
  }),
  now: instantSchema,
});

/**
 * Input of `assistMachine`: the staff member's browser, the patient on the phone (when the chart is
 * open), the practice's settings and the clock. Checked against `assistInputSchema` by type tests;
 * an unknown key is refused, by name.
 *
 * @example
 * ```ts
 * const input: AssistInput = {
 *   staff: { userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36' },
 *   patient: { id: 'pat-1', displayName: 'Ana Rivera', birthDate: '1990-04-12', phoneOfRecord: '(312) 555-0142' },
 *   practice: {
 *     timeZone: 'America/Chicago',
 *     portalUrl: 'https://portal.example.org',
 *     providerBasedRouting: true,
 *     providers: [{ id: 'prov-1', name: 'Dr. Avery Lee', departments: [{ id: 'dept-1', name: 'North Clinic' }] }],
 *   },
 *   now: '2026-03-10T15:00:00Z',
 * };
 * createWorkflowActor(assistMachine, input).start().getSnapshot().status;
 * //=> 'active'
 * ```
 */
export interface AssistInput {
  /** The staff member's own browser: "Log in to Portal as Patient" needs a supported one. */
  readonly staff: AssistStaffInput;
  /** The patient on the phone, when the chart is open; absent for a call without a chart. */
  readonly patient?: AssistPatientInput | undefined;
  /** The practice's settings: age, phone region, portal address and the Provider list. */
  readonly practice: AssistPracticeInput;
  /**
   * The instant the session starts at, from the host's clock: a valid `Date`, or an ISO 8601
   * date-time with `Z` or a `±HH:MM` offset (at most 40 characters), e.g. `2026-03-10T15:00:00Z`.
   * A string without an offset is refused. Kept in the context as an ISO string in UTC.
   */
  readonly now: Date | string;
}

/**
 * The staff member's browser in an {@link AssistInput}.
 *
 * @example
 * ```ts
 * const staff: AssistStaffInput = { userAgent: 'Mozilla/5.0 ...', clientHints: { platform: 'Windows', platformVersion: '15.0.0' } };
 * ```
 */
export interface AssistStaffInput {
  /** The staff member's user-agent string (`navigator.userAgent`): at most 1,048,576 characters. */
  readonly userAgent: string;
  /**
   * The browser's client hints, when the host reads them (`navigator.userAgentData`): they tell
   * Windows 11 from Windows 10. Each at most 64 characters, e.g. `{ platform: 'Windows',
   * platformVersion: '15.0.0' }`.
   */
  readonly clientHints?:
    | {
        /** The platform hint, e.g. `Windows`, `macOS`. */
        readonly platform?: string | undefined;
        /** The platform version hint, e.g. `15.0.0` (Windows 11). */
        readonly platformVersion?: string | undefined;
      }
    | undefined;
}

/**
 * The patient in an {@link AssistInput}: the facts from the chart the session's pre-checks and
 * tasks read.
 *
 * @example
 * ```ts
 * const patient: AssistPatientInput = {
 *   id: 'pat-1',
 *   displayName: 'Ana Rivera',
 *   birthDate: '1990-04-12',
 *   phoneOfRecord: null,
 *   portalStatus: 'not-registered',
 *   familyProfiles: [{ id: 'pat-2', displayName: 'Mia Rivera' }],
 * };
 * ```
 */
export interface AssistPatientInput extends WorkflowPatientInput {
  /** The patient's id in the host system (1 to 128 characters; not PHI by itself), e.g. `pat-1`. */
  readonly id: string;
  /**
   * The patient's Quickview phone, as typed in the chart (at most 64 characters, e.g.
   * `(312) 555-0142`), or `null` when none is on file: the phone of record when the user is the
   * patient.
   */
  readonly phoneOfRecord: string | null;
  /**
   * The phone in the patient's entry on the Portal Accounts page (at most 64 characters), or `null`:
   * a family member's phone of record. Absent when not known.
   */
  readonly portalAccountsPhone?: string | null | undefined;
  /**
   * Where the patient is with the portal, when the chart says: `not-registered`, `prospective`
   * (registered on the portal but not yet checked in for an appointment) or `registered`.
   */
  readonly portalStatus?: 'not-registered' | 'prospective' | 'registered' | undefined;
  /** The patient's own user-agent string, when known (at most 1,048,576 characters). */
  readonly userAgent?: string | undefined;
  /**
   * The family members listed under **Switch to View** for this patient, by host id (1 to 128
   * characters) and display name (1 to 200 characters). At most 50. Default: none.
   */
  readonly familyProfiles?: readonly { readonly id: string; readonly displayName: string }[] | undefined;
}

/**
 * The practice in an {@link AssistInput}.
 *
 * @example
 * ```ts
 * const practice: AssistPracticeInput = {
 *   timeZone: 'America/Chicago',
 *   portalUrl: 'https://portal.example.org',
 *   schedulingAllowed: false,
 *   providerBasedRouting: false,
 *   providers: [],
 * };
 * ```
 */
export interface AssistPracticeInput extends RegionalPracticeInput {
  /** The practice's Patient Portal address: an `https:` URL without spaces, quotes, brackets or parentheses. */
  readonly portalUrl: string;
  /** Whether the patient's provider allows appointment scheduling on the portal, when known. */
  readonly schedulingAllowed?: boolean | undefined;
  /**
   * The Portal Settings option "provider-based message routing". When it is off, "Office staff" is
   * offered in the **Provider** list.
   */
  readonly providerBasedRouting: boolean;
  /**
   * The providers the patient has seen, each with the departments they work in (the **Office
   * location** choices). At most 500 providers of at most 100 departments each.
   */
  readonly providers: readonly MessageProvider[];
  /**
   * The symptoms the practice's triage policy offers staff in the session, in its order (ids of
   * `triageCatalog`, each at most once in meaning; at most as many as the catalog holds). Default:
   * the whole catalog.
   */
  readonly triageSymptoms?: readonly SymptomId[] | undefined;
}

/** The parsed, JSON-safe input the session keeps in its context. */
export type AssistSessionInput = z.output<typeof assistInputSchema>;

/**
 * Checks the facts the session later hands to its tasks with the rules those tasks apply (age rule,
 * time zone and minimum age; the Provider list), so bad facts fail when the session starts or is
 * restored, with the path of the field, and never later inside a task.
 *
 * @throws {PortalHelpdeskError} `invalid-input` naming the field, never its value.
 */
export function checkSessionFacts(session: AssistSessionInput, context: string): void {
  const { minimumAge } = session.practice;
  // Without a patient, an adult's birth date still lets the age rule check the clock, the time
  // zone and the minimum age, so a session never starts with a practice setting a task would reject.
  const birthDate =
    session.patient?.birthDate ?? `${String(Number(session.now.slice(0, 4)) - 30).padStart(4, '0')}-01-01`;
  toEligibilityContext(
    {
      patient: { displayName: session.patient?.displayName ?? 'patient', birthDate },
      now: session.now,
      practice: {
        timeZone: session.practice.timeZone,
        ...(minimumAge !== undefined ? { minimumAge } : {}),
      },
    },
    context,
  );
  checkWithRule(
    () =>
      recipientOptions({
        providers: session.practice.providers,
        providerBasedRouting: session.practice.providerBasedRouting,
      }),
    ['practice'],
    context,
  );
}
