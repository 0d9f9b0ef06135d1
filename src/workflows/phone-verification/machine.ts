import { setup } from 'xstate';
import * as z from 'zod/mini';
import { parseInput } from '../../internal/validate.js';
import type { WorkflowChecks } from '../checks.js';
import { assignUpdates } from '../shared/assign-updates.js';
import { freshCodeEntry } from '../shared/code-entry.js';
import type { VerificationContext } from '../shared/context-types.js';
import { EVENT_IS_VALID, eventChecker, eventIsValid, guardEvents } from '../shared/event-guard.js';
import { countryCodeSchema } from '../shared/input-schemas.js';
import type { PhoneRegionInput } from '../shared/input-types.js';
import { perChecks } from '../shared/per-checks.js';
import { normalisePhoneOfRecord } from '../shared/phone-of-record.js';
import type { StepMeta } from '../shared/step-meta.js';
import { phoneVerificationEventSchemas } from './schemas.js';
import {
  type PhoneVerificationEvent,
  type PhoneVerificationUpdate,
  phoneVerificationGuards,
  phoneVerificationStates,
  phoneVerificationUpdates,
} from './states.js';

/** Validates the input of {@link phoneVerificationMachine}. */
export const phoneVerificationInputSchema = z.strictObject({
  /** The phone of record (Quickview when the user is the patient; Portal Accounts entry otherwise), or `null`. */
  phoneOfRecord: z.nullable(z.string().check(z.maxLength(64))),
  defaultCountry: z.optional(countryCodeSchema),
});

/**
 * Input of {@link phoneVerificationMachine}: the phone of record the portal compares against, and
 * the region for numbers typed without a country code. Checked against
 * `phoneVerificationInputSchema` by type tests; an unknown key is refused, by name.
 *
 * @example
 * ```ts
 * const input: PhoneVerificationInput = { phoneOfRecord: '(312) 555-0142', defaultCountry: 'US' };
 * createWorkflowActor(phoneVerificationMachine, input).start().getSnapshot().status;
 * //=> 'active'
 * ```
 */
export interface PhoneVerificationInput extends PhoneRegionInput {
  /**
   * The phone of record, as typed in the chart (at most 64 characters, e.g. `(312) 555-0142`), or
   * `null` when none is on file: the Quickview phone when the user is the patient, the phone in the
   * patient's entry on the Portal Accounts page when a family member is.
   */
  readonly phoneOfRecord: string | null;
}

/** How verification ended. */
export type PhoneVerificationOutput =
  | { status: 'verified'; method: 'text' | 'call' }
  | { status: 'blocked'; reason: 'no-phone-of-record' };

/**
 * Verifying access to the phone of record, built with the given checks (`liveChecks` for live
 * sessions; see `phoneVerificationMachine`): "Text" or "Call", then the code and "Verify". Without a
 * usable phone of record the workflow stops: staff must update the phone of record first. When the
 * code never comes, a new one can be asked for or a text switched to a call; when the patient no
 * longer has that phone (`PHONE_OUT_OF_DATE`), staff update it (`PHONE_OF_RECORD_UPDATED`) and
 * verification starts again with the new number.
 *
 * @example
 * ```ts
 * const actor = createActor(createPhoneVerificationMachine(liveChecks), { input: { phoneOfRecord: '(201) 555-0123' } }).start();
 * actor.send({ type: 'CHOOSE_TEXT' });
 * actor.send({ type: 'VERIFY', accepted: true });
 * actor.getSnapshot().output;
 * //=> { status: 'verified', method: 'text' }
 * ```
 */
export const createPhoneVerificationMachine = perChecks((checks: WorkflowChecks) =>
  setup({
    types: {
      context: {} as VerificationContext,
      events: {} as PhoneVerificationEvent,
      input: {} as PhoneVerificationInput,
      output: {} as PhoneVerificationOutput,
      meta: {} as StepMeta,
    },
    guards: {
      ...phoneVerificationGuards(checks),
      [EVENT_IS_VALID]: eventIsValid(eventChecker(phoneVerificationEventSchemas)),
    },
    actions: assignUpdates<VerificationContext, PhoneVerificationEvent, PhoneVerificationUpdate>(
      phoneVerificationUpdates(checks),
    ),
  }).createMachine({
    id: 'phoneVerification',
    context: ({ input }) => {
      const parsed = parseInput(phoneVerificationInputSchema, input, 'phoneVerificationMachine');
      const defaultCountry = parsed.defaultCountry ?? 'US';
      return {
        defaultCountry,
        phoneOfRecord: normalisePhoneOfRecord(checks, parsed.phoneOfRecord, defaultCountry),
        verificationMethod: null,
        phoneVerified: false,
        phoneOfRecordUpdated: false,
        ...freshCodeEntry,
      };
    },
    initial: 'checkingPhoneOfRecord',
    states: guardEvents(phoneVerificationStates),
    output: ({ context }) =>
      context.phoneVerified && context.verificationMethod
        ? { status: 'verified', method: context.verificationMethod }
        : { status: 'blocked', reason: 'no-phone-of-record' },
  }),
);

/** The verification machine of {@link createPhoneVerificationMachine}, whatever checks it was built with. */
export type PhoneVerificationMachine = ReturnType<typeof createPhoneVerificationMachine>;
