import * as z from 'zod/mini';
import { httpsUrlSchema } from '../../internal/http-url.js';
import { recipientOptions } from '../../rules/recipients.js';
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

/** Input of `assistMachine`. */
export type AssistInput = z.input<typeof assistInputSchema>;

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
