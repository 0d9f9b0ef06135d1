import { assign, type EventObject, setup } from 'xstate';
import * as z from 'zod/mini';
import { parseInput } from '../../internal/validate.js';
import type { WorkflowChecks } from '../checks.js';
import {
  type PhoneVerificationUpdate,
  phoneVerificationGuards,
  phoneVerificationUpdates,
} from '../phone-verification/states.js';
import { relationshipGuards, relationshipUpdates } from '../relationship/states.js';
import {
  type SecuritySetupUpdate,
  securitySetupGuards,
  securitySetupUpdates,
} from '../security-setup/states.js';
import { assignUpdates } from '../shared/assign-updates.js';
import { freshCodeEntry } from '../shared/code-entry.js';
import type {
  AccountUser,
  RelationshipContext,
  SecurityContext,
  SecurityMethod,
  UnderAgeBlock,
  VerificationContext,
} from '../shared/context-types.js';
import { eligibilityInputShape, toEligibilityContext } from '../shared/eligibility-input.js';
import { EVENT_IS_VALID, eventChecker, eventIsValid, guardEvents } from '../shared/event-guard.js';
import { countryCodeSchema } from '../shared/input-schemas.js';
import type {
  AccountUserInput,
  EligibilityFactsInput,
  RegionalPracticeInput,
  WorkflowPatientInput,
} from '../shared/input-types.js';
import { perChecks } from '../shared/per-checks.js';
import { normalisePhoneOfRecord } from '../shared/phone-of-record.js';
import type { StepMeta } from '../shared/step-meta.js';
import {
  accountUserSchema,
  phoneOfRecordFor,
  recordPhoneSchema,
  toAccountUser,
  userEligibleOn,
  userIsUnderAge,
} from '../shared/user.js';
import { asksForRelationship, type RegistrationChannel, registrationChannels } from './channels.js';
import { registrationEventSchemas } from './schemas.js';
import { registrationStates } from './states.js';

/** Validates the input of {@link registrationMachine}. */
export const registrationInputSchema = z.strictObject({
  ...eligibilityInputShape,
  channel: z.enum(registrationChannels),
  /** Who creates the account: the patient (the default) or a family member who manages it. */
  user: z.optional(accountUserSchema),
  patient: z.strictObject({
    displayName: eligibilityInputShape.patient.shape.displayName,
    birthDate: eligibilityInputShape.patient.shape.birthDate,
    /** The patient's Quickview phone (the phone of record when the user is the patient), or `null`. */
    phoneOfRecord: recordPhoneSchema,
    /** The phone in the patient's entry on the Portal Accounts page (the phone of record when a family member is the user). */
    portalAccountsPhone: z.optional(recordPhoneSchema),
  }),
  practice: z.strictObject({
    ...eligibilityInputShape.practice.shape,
    /** Region for phone numbers typed without a country code. Default `US`. */
    defaultCountry: z.optional(countryCodeSchema),
  }),
});

/**
 * Input of {@link registrationMachine}: how the registration started, who creates the account, the
 * patient's record, the practice's settings and the clock. Checked against
 * `registrationInputSchema` by type tests; an unknown key is refused, by name.
 *
 * @example
 * ```ts
 * const input: RegistrationInput = {
 *   channel: 'invitation',
 *   patient: { displayName: 'Ana Rivera', birthDate: '1990-04-12', phoneOfRecord: '(312) 555-0142' },
 *   practice: { timeZone: 'America/Chicago' },
 *   now: '2026-03-10T15:00:00Z',
 * };
 * createWorkflowActor(registrationMachine, input).start().getSnapshot().status;
 * //=> 'active'
 * ```
 */
export interface RegistrationInput extends EligibilityFactsInput {
  /**
   * How the registration started: `invitation` (the "Create My Account" email), `appointment-reminder`
   * or `lab-result` (a notification email), `online-check-in`, or `in-office`. On `lab-result` and
   * `online-check-in` the portal asks "Choose your patient relationship".
   */
  readonly channel: RegistrationChannel;
  /** Who creates the account: the patient (the default) or a family member who manages it. */
  readonly user?: AccountUserInput | undefined;
  /** The patient, with the phones of the patient's record. */
  readonly patient: RegistrationPatientInput;
  /** The practice's age settings and phone region. */
  readonly practice: RegionalPracticeInput;
}

/**
 * The patient of a {@link RegistrationInput}, with the phones of the patient's record.
 *
 * @example
 * ```ts
 * const patient: RegistrationPatientInput = { displayName: 'Ana Rivera', birthDate: '1990-04-12', phoneOfRecord: null };
 * ```
 */
export interface RegistrationPatientInput extends WorkflowPatientInput {
  /**
   * The patient's Quickview phone, as typed in the chart (at most 64 characters, e.g.
   * `(312) 555-0142`), or `null` when none is on file. It is the phone of record when the user is
   * the patient.
   */
  readonly phoneOfRecord: string | null;
  /**
   * The phone in the patient's entry on the Portal Accounts page (at most 64 characters), or `null`:
   * the phone of record when a family member is the user. Default `null`.
   */
  readonly portalAccountsPhone?: string | null | undefined;
}

export type { RegistrationEvent } from './schemas.js';

import type { RegistrationEvent } from './schemas.js';

/** Context of {@link registrationMachine}: JSON-safe, so a session can be persisted. */
export type RegistrationContext = SecurityContext &
  VerificationContext &
  RelationshipContext & { channel: RegistrationChannel; user: AccountUser };

/** How account creation ended. */
export type RegistrationOutput =
  | {
      status: 'registered';
      relationship: 'self' | 'manager';
      securityMethod: SecurityMethod;
      phoneVerified: boolean;
    }
  | {
      status: 'blocked';
      reason: 'under-minimum-age';
      underAge: UnderAgeBlock;
      recommendation: 'family-access-account';
    }
  | { status: 'blocked'; reason: 'no-phone-of-record'; action: 'update-phone-of-record' };

type Args = { context: RegistrationContext };

/** Named guards of account creation, the nested steps' included (the family access workflow reuses them). */
export function registrationGuards(checks: WorkflowChecks) {
  return {
    ...securitySetupGuards(checks),
    ...phoneVerificationGuards(checks),
    ...relationshipGuards,
    channelIs: ({ context }: Args, params: { channels: readonly RegistrationChannel[] }) =>
      params.channels.includes(context.channel),
    accountFormIsIncomplete: ({ event }: { event: EventObject }) => {
      const form = event as {
        type: string;
        emailConfirmed?: unknown;
        passwordEnteredTwice?: unknown;
        termsAccepted?: unknown;
      };
      return (
        form.type === 'CREATE_ACCOUNT' &&
        !(form.emailConfirmed === true && form.passwordEnteredTwice === true && form.termsAccepted === true)
      );
    },
    needsPhoneVerification: ({ context }: Args) =>
      context.securityMethod === 'question' || context.recoveryPhone !== context.phoneOfRecord,
    asksForRelationship: ({ context }: Args) => asksForRelationship(context.channel),
    isBlockedUnderAge: ({ context }: Args) => context.underAge !== null,
    userIsPatient: ({ context }: Args) => context.user.role === 'patient',
    familyMemberIsUnderAge: ({ context }: Args) =>
      context.user.role === 'family-member' && userIsUnderAge(context.user, context),
  };
}

/**
 * Context updates of account creation, the nested steps' included, typed for the events of the
 * machine that registers them (account creation, or family access, which runs the same steps).
 */
export function registrationActionsFor<TEvent extends EventObject>(checks: WorkflowChecks) {
  return {
    ...assignUpdates<RegistrationContext, TEvent, SecuritySetupUpdate>(securitySetupUpdates(checks)),
    ...assignUpdates<RegistrationContext, TEvent, PhoneVerificationUpdate>(phoneVerificationUpdates(checks)),
    ...assignUpdates<RegistrationContext, TEvent, keyof typeof relationshipUpdates>(relationshipUpdates),
    flagFormIncomplete: assign<RegistrationContext, TEvent, undefined, TEvent, never>({
      problem: 'form-incomplete',
    }),
    blockUserUnderAge: assign<RegistrationContext, TEvent, undefined, TEvent, never>(({ context }) => ({
      underAge: {
        who: context.user.role === 'patient' ? 'patient' : 'manager',
        eligibleOn: userEligibleOn(context.user, context),
      },
    })),
  };
}

/**
 * The starting context of account creation for a parsed input: the user (the patient unless said
 * otherwise) decides which phone is the phone of record and, off the relationship page, the
 * relationship the account records.
 */
export function registrationContext(
  checks: WorkflowChecks,
  parsed: z.output<typeof registrationInputSchema>,
  where: string,
): RegistrationContext {
  const defaultCountry = parsed.practice.defaultCountry ?? 'US';
  const eligibility = toEligibilityContext(parsed, where);
  const user = toAccountUser(parsed.user, eligibility, where);
  return {
    ...eligibility,
    channel: parsed.channel,
    user,
    defaultCountry,
    phoneOfRecord: normalisePhoneOfRecord(checks, phoneOfRecordFor(user, parsed.patient), defaultCountry),
    securityMethod: null,
    recoveryPhone: null,
    verificationMethod: null,
    phoneVerified: false,
    phoneOfRecordUpdated: false,
    relationship: asksForRelationship(parsed.channel) ? null : user.role === 'patient' ? 'self' : 'manager',
    underAge: null,
    ...freshCodeEntry,
  };
}

/** How account creation ended, from its context. */
export function registrationOutput({ context }: Args): RegistrationOutput {
  if (context.underAge) {
    return {
      status: 'blocked',
      reason: 'under-minimum-age',
      underAge: context.underAge,
      recommendation: 'family-access-account',
    };
  }
  // As the `needsPhoneVerification` guard: a security question always needs the phone of record verified.
  const verificationSettled =
    context.phoneVerified ||
    (context.securityMethod !== 'question' && context.recoveryPhone === context.phoneOfRecord);
  if (context.securityMethod && context.relationship && verificationSettled) {
    return {
      status: 'registered',
      relationship: context.relationship,
      securityMethod: context.securityMethod,
      phoneVerified: context.phoneVerified,
    };
  }
  return { status: 'blocked', reason: 'no-phone-of-record', action: 'update-phone-of-record' };
}

/**
 * Creating a Patient Portal account from an email invitation or notification, online check-in or
 * an office visit, built with the given checks (`liveChecks` for live sessions; see
 * `registrationMachine`): the link in the email, "Create your new password", security setup, verification
 * of the phone of record when required, "Choose your patient relationship" when the portal asks,
 * the confirmation page and the home page.
 *
 * The age rule guards whoever will hold the account. An under-age account holder ends in
 * `blockedUnderAge`, whose output says when they become eligible and recommends a family access
 * account; a missing phone of record, when it must be verified, ends in `blockedNoPhoneOfRecord`.
 *
 * @example
 * ```ts
 * const actor = createActor(createRegistrationMachine(liveChecks), {
 *   input: {
 *     channel: 'invitation',
 *     patient: { displayName: 'Jordan', birthDate: '1990-04-12', phoneOfRecord: '(201) 555-0123' },
 *     practice: { timeZone: 'America/New_York' },
 *     now: new Date('2025-06-01T15:00:00Z'),
 *   },
 * }).start();
 * actor.getSnapshot().value;
 * //=> 'openingInvitation'
 * ```
 */
export const createRegistrationMachine = perChecks((checks: WorkflowChecks) =>
  setup({
    types: {
      context: {} as RegistrationContext,
      events: {} as RegistrationEvent,
      input: {} as RegistrationInput,
      output: {} as RegistrationOutput,
      meta: {} as StepMeta,
    },
    guards: {
      [EVENT_IS_VALID]: eventIsValid(eventChecker(registrationEventSchemas)),
      ...registrationGuards(checks),
    },
    actions: registrationActionsFor<RegistrationEvent>(checks),
  }).createMachine({
    id: 'registration',
    context: ({ input }) =>
      registrationContext(
        checks,
        parseInput(registrationInputSchema, input, 'registrationMachine'),
        'registrationMachine',
      ),
    initial: 'start',
    states: guardEvents(registrationStates),
    output: registrationOutput,
  }),
);

/** The account creation machine of {@link createRegistrationMachine}, whatever checks it was built with. */
export type RegistrationMachine = ReturnType<typeof createRegistrationMachine>;
