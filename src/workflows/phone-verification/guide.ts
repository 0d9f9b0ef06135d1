import * as z from 'zod/mini';
import type { StateNotes } from '../define-workflow.js';
import type { VerificationContext } from '../shared/context-types.js';
import { choose, type StateScript, send, stop } from '../shared/guide-script.js';
import { WALK_PHONE_OF_RECORD_E164, WALK_UPDATED_PHONE } from '../shared/walk-inputs.js';
import type { phoneVerificationStates } from './states.js';

/** Choices of the phone-of-record verification steps. */
export const verificationChoicesShape = {
  /** How the code is delivered to the phone of record. */
  verification: z.optional(z.enum(['text', 'call'])),
  /** The patient no longer has the phone of record: staff update it, then verification resumes. */
  phoneOutOfDate: z.optional(z.boolean()),
};

/** The verification choices of a scenario. */
export type VerificationChoices = {
  readonly verification?: 'text' | 'call' | undefined;
  readonly phoneOutOfDate?: boolean | undefined;
};

type VerificationStateId = keyof typeof phoneVerificationStates;

/** The moves of the verification steps, shared by every workflow that nests them. */
export const phoneVerificationScript: StateScript<VerificationStateId, VerificationChoices> = {
  checkingPhoneOfRecord: stop,
  choosingDelivery: (snapshot, choices) =>
    // Out of date: the walk reports it once, while the record is still the number it started with.
    choices.phoneOutOfDate && snapshot.context.phoneOfRecord === WALK_PHONE_OF_RECORD_E164
      ? { kind: 'send', event: { type: 'PHONE_OUT_OF_DATE' } }
      : choose(
          [
            { key: 'verification.text', event: { type: 'CHOOSE_TEXT' } },
            { key: 'verification.call', event: { type: 'CHOOSE_CALL' } },
          ],
          choices.verification ? `verification.${choices.verification}` : undefined,
          'verification.text',
        ),
  enteringCode: send({ type: 'VERIFY', accepted: true }),
  wrongCode: stop,
  updatingPhoneOfRecord: send({ type: 'PHONE_OF_RECORD_UPDATED', phone: WALK_UPDATED_PHONE }),
  done: stop,
  noPhoneOfRecord: stop,
};

/** Notes beside the verification steps. */
export const phoneVerificationNotes: {
  readonly [Id in VerificationStateId]?: StateNotes<VerificationContext>;
} = {
  choosingDelivery: ['staff.phoneOfRecordLocation'],
  enteringCode: ['patient.codeNotReceivedOnRecord'],
  wrongCode: ['patient.codeNotReceivedOnRecord'],
  updatingPhoneOfRecord: ['staff.phoneOfRecordLocation'],
  noPhoneOfRecord: ['staff.phoneOfRecordLocation'],
};
