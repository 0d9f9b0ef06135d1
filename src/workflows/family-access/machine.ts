import { assign, setup } from 'xstate';
import * as z from 'zod/mini';
import { parseInput } from '../../internal/validate.js';
import type { WorkflowChecks } from '../checks.js';
import {
  type RegistrationContext,
  type RegistrationOutput,
  registrationActionsFor,
  registrationContext,
  registrationGuards,
  registrationOutput,
} from '../registration/machine.js';
import { ageCheck } from '../shared/age-check.js';
import { eligibilityInputShape } from '../shared/eligibility-input.js';
import { stringField } from '../shared/event-fields.js';
import { EVENT_IS_VALID, eventChecker, eventIsValid, guardEvents } from '../shared/event-guard.js';
import { countryCodeSchema } from '../shared/input-schemas.js';
import type {
  EligibilityFactsInput,
  RegionalPracticeInput,
  WorkflowPatientInput,
} from '../shared/input-types.js';
import { perChecks } from '../shared/per-checks.js';
import { normalisePhoneOfRecord } from '../shared/phone-of-record.js';
import type { StepMeta } from '../shared/step-meta.js';
import { recordPhoneSchema } from '../shared/user.js';
import { type FamilyAccessEvent, familyAccessEventSchemas } from './schemas.js';
import { familyAccessStates } from './states.js';

/** Validates the input of {@link familyAccessMachine}. */
export const familyAccessInputSchema = z.strictObject({
  ...eligibilityInputShape,
  patient: z.strictObject({
    ...eligibilityInputShape.patient.shape,
    /** The phone in the patient's entry on the Portal Accounts page: the caregiver's phone of record. */
    portalAccountsPhone: recordPhoneSchema,
  }),
  practice: z.strictObject({
    ...eligibilityInputShape.practice.shape,
    /** Region for phone numbers typed without a country code. Default `US`. */
    defaultCountry: z.optional(countryCodeSchema),
  }),
});

/**
 * Input of {@link familyAccessMachine}: the patient whose account a family member will manage, the
 * practice's settings and the clock. Checked against `familyAccessInputSchema` by type tests; an
 * unknown key is refused, by name.
 *
 * @example
 * ```ts
 * const input: FamilyAccessInput = {
 *   patient: { displayName: 'Mia Rivera', birthDate: '2016-06-01', portalAccountsPhone: '(312) 555-0199' },
 *   practice: { timeZone: 'America/Chicago', defaultCountry: 'US' },
 *   now: '2026-03-10T15:00:00Z',
 * };
 * createWorkflowActor(familyAccessMachine, input).start().getSnapshot().status;
 * //=> 'active'
 * ```
 */
export interface FamilyAccessInput extends EligibilityFactsInput {
  /** The patient, with the phone of the family member who manages the account. */
  readonly patient: FamilyAccessPatientInput;
  /** The practice's age settings and phone region. */
  readonly practice: RegionalPracticeInput;
}

/**
 * The patient of a {@link FamilyAccessInput}.
 *
 * @example
 * ```ts
 * const patient: FamilyAccessPatientInput = { displayName: 'Mia Rivera', birthDate: '2016-06-01', portalAccountsPhone: null };
 * ```
 */
export interface FamilyAccessPatientInput extends WorkflowPatientInput {
  /**
   * The phone in the patient's entry on the Portal Accounts page (at most 64 characters, e.g.
   * `(312) 555-0199`), or `null` when none is on file: the caregiver's phone of record.
   */
  readonly portalAccountsPhone: string | null;
}

export type { FamilyAccessEvent } from './schemas.js';

/** Context of {@link familyAccessMachine}: account creation's, with a family member as the user. */
export type FamilyAccessContext = RegistrationContext;

/** How family access ended: as account creation ends, for the caregiver. */
export type FamilyAccessOutput = RegistrationOutput;

type Args = { context: FamilyAccessContext; event: FamilyAccessEvent };

function caregiverCheck({ context, event }: Args) {
  return ageCheck(context, stringField(event, 'caregiverBirthDate') ?? '');
}

/**
 * Family access for a patient's parent or other caregiver, built with the given checks
 * (`liveChecks` for live sessions; see `familyAccessMachine`): staff set up access (the caregiver
 * must be at least the minimum age, 13 or more), then the caregiver opens the invitation email and
 * creates an account as someone who manages the patient's account. Their phone of record is the
 * patient's entry on the Portal Accounts page. This is what an under-13 block recommends.
 *
 * @example
 * ```ts
 * const actor = createActor(createFamilyAccessMachine(liveChecks), {
 *   input: {
 *     patient: { displayName: 'Mia', birthDate: '2017-03-02', portalAccountsPhone: '(201) 555-0123' },
 *     practice: { timeZone: 'America/New_York' },
 *     now: new Date('2025-06-01T15:00:00Z'),
 *   },
 * }).start();
 * actor.send({ type: 'ACCESS_SET_UP', caregiverBirthDate: '1988-01-09' });
 * actor.getSnapshot().value;
 * //=> 'openingInvitation'
 * ```
 */
export const createFamilyAccessMachine = perChecks((checks: WorkflowChecks) =>
  setup({
    types: {
      context: {} as FamilyAccessContext,
      events: {} as FamilyAccessEvent,
      input: {} as FamilyAccessInput,
      output: {} as FamilyAccessOutput,
      meta: {} as StepMeta,
    },
    guards: {
      [EVENT_IS_VALID]: eventIsValid(eventChecker(familyAccessEventSchemas)),
      ...registrationGuards(checks),
      caregiverDetailsAreInvalid: (args: Args) => caregiverCheck(args) === null,
      caregiverIsUnderAge: (args: Args) => caregiverCheck(args)?.eligible === false,
    },
    actions: {
      ...registrationActionsFor<FamilyAccessEvent>(checks),
      rememberCaregiver: assign<FamilyAccessContext, FamilyAccessEvent, undefined, FamilyAccessEvent, never>(
        ({ event }) => ({
          user: { role: 'family-member', birthDate: stringField(event, 'caregiverBirthDate') ?? null },
          problem: null,
        }),
      ),
      flagInvalidCaregiverDetails: assign<
        FamilyAccessContext,
        FamilyAccessEvent,
        undefined,
        FamilyAccessEvent,
        never
      >({
        problem: 'invalid-caregiver-details',
      }),
    },
  }).createMachine({
    id: 'familyAccess',
    context: ({ input }) => {
      const parsed = parseInput(familyAccessInputSchema, input, 'familyAccessMachine');
      const base = registrationContext(
        checks,
        { ...parsed, channel: 'invitation', patient: { ...parsed.patient, phoneOfRecord: null } },
        'familyAccessMachine',
      );
      return {
        ...base,
        user: { role: 'family-member', birthDate: null },
        relationship: 'manager',
        phoneOfRecord: normalisePhoneOfRecord(
          checks,
          parsed.patient.portalAccountsPhone,
          base.defaultCountry,
        ),
      };
    },
    initial: 'settingUpAccess',
    states: guardEvents(familyAccessStates),
    output: registrationOutput,
  }),
);

/** The family access machine of {@link createFamilyAccessMachine}, whatever checks it was built with. */
export type FamilyAccessMachine = ReturnType<typeof createFamilyAccessMachine>;
