import * as z from 'zod/mini';
import type { StateNotes } from '../define-workflow.js';
import type { VerificationContext } from '../shared/context-types.js';
import { choose, type StateScript, send, stop } from '../shared/guide-script.js';
import type { phoneVerificationStates } from './states.js';

/** Choices of the phone-of-record verification steps. */
export const verificationChoicesShape = {
  /** How the code is delivered to the phone of record. */
  verification: z.optional(z.enum(['text', 'call'])),
};

/** The verification choices of a scenario. */
export type VerificationChoices = { readonly verification?: 'text' | 'call' | undefined };

type VerificationStateId = keyof typeof phoneVerificationStates;

/** The moves of the verification steps, shared by every workflow that nests them. */
export const phoneVerificationScript: StateScript<VerificationStateId, VerificationChoices> = {
  checkingPhoneOfRecord: stop,
  choosingDelivery: (_, choices) =>
    choose(
      [
        { key: 'verification.text', event: { type: 'CHOOSE_TEXT' } },
        { key: 'verification.call', event: { type: 'CHOOSE_CALL' } },
      ],
      choices.verification ? `verification.${choices.verification}` : undefined,
      'verification.text',
    ),
  enteringCode: send({ type: 'VERIFY', accepted: true }),
  wrongCode: stop,
  done: stop,
  noPhoneOfRecord: stop,
};

/** Notes beside the verification steps. */
export const phoneVerificationNotes: {
  readonly [Id in VerificationStateId]?: StateNotes<VerificationContext>;
} = {
  choosingDelivery: ['staff.phoneOfRecordLocation'],
  enteringCode: ['patient.codeNotReceived'],
  wrongCode: ['patient.codeNotReceived'],
  noPhoneOfRecord: ['staff.noPhoneOfRecord', 'staff.phoneOfRecordLocation'],
};

/** A phone of record to walk with: the placeholder number of US drama, or none. */
export const WALK_PHONE_OF_RECORD = '(201) 555-0123';
