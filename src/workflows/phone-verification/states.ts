import type { EventObject } from 'xstate';
import type { VerificationContext } from '../shared/context-types.js';
import { codeAccepted } from '../shared/event-fields.js';

export type { PhoneVerificationEvent } from './schemas.js';

type Args = { context: VerificationContext; event: EventObject };

/** Named guards of the verification steps. */
export const phoneVerificationGuards = {
  hasNoPhoneOfRecord: ({ context }: Args) => context.phoneOfRecord === null,
  verificationCodeAccepted: ({ event }: Args) => codeAccepted(event),
};

/** Context updates of the verification steps. */
export const phoneVerificationUpdates = {
  verifyByText: (_: Args): Partial<VerificationContext> => ({ verificationMethod: 'text', problem: null }),
  verifyByCall: (_: Args): Partial<VerificationContext> => ({ verificationMethod: 'call', problem: null }),
  markPhoneVerified: (_: Args): Partial<VerificationContext> => ({ phoneVerified: true, problem: null }),
  flagVerificationWrongCode: ({ context }: Args): Partial<VerificationContext> => ({
    problem: 'wrong-code',
    codeAttempts: context.codeAttempts + 1,
  }),
};

/**
 * Verifying access to the phone of record, as a state tree of names only. Shared by
 * `phoneVerificationMachine` and the registration workflow. Final states: `done` and
 * `noPhoneOfRecord` (nothing to verify against: the practice must update the phone of record first).
 */
export const phoneVerificationStates = {
  checkingPhoneOfRecord: {
    always: [{ guard: 'hasNoPhoneOfRecord', target: 'noPhoneOfRecord' }, { target: 'choosingDelivery' }],
  },
  choosingDelivery: {
    meta: { guide: 'verification.chooseDelivery', labels: ['Text', 'Call'], audience: 'patient' },
    on: {
      CHOOSE_TEXT: { target: 'enteringCode', actions: 'verifyByText' },
      CHOOSE_CALL: { target: 'enteringCode', actions: 'verifyByCall' },
    },
  },
  enteringCode: {
    meta: { guide: 'verification.enterCode', labels: ['Verify'], audience: 'patient' },
    on: {
      VERIFY: [
        { guard: 'verificationCodeAccepted', target: 'done', actions: 'markPhoneVerified' },
        { target: 'wrongCode', actions: 'flagVerificationWrongCode' },
      ],
    },
  },
  wrongCode: {
    meta: { guide: 'verification.wrongCode', labels: ['Verify', 'Text', 'Call'], audience: 'patient' },
    on: {
      TRY_AGAIN: { target: 'enteringCode' },
      RESEND_CODE: { target: 'choosingDelivery' },
    },
  },
  done: {
    type: 'final',
    meta: { guide: 'verification.done', labels: [], audience: 'patient', outcome: 'completed' },
  },
  noPhoneOfRecord: {
    type: 'final',
    meta: {
      guide: 'verification.noPhoneOfRecord',
      patientGuide: 'verification.noPhoneOfRecordForPatient',
      labels: [],
      audience: 'staff',
      outcome: 'blocked',
    },
  },
} as const;
