import type { EventObject } from 'xstate';
import type { WorkflowChecks } from '../checks.js';
import { codeEntryGuards, codeEntryUpdates, typedPhoneOf } from '../shared/code-entry.js';
import type { VerificationContext } from '../shared/context-types.js';

export type { PhoneVerificationEvent } from './schemas.js';

type Args = { context: VerificationContext; event: EventObject };

/** Named guards of the verification steps. */
export function phoneVerificationGuards(checks: WorkflowChecks) {
  return {
    ...codeEntryGuards(checks),
    hasNoPhoneOfRecord: ({ context }: Args) => context.phoneOfRecord === null,
    verifyingByText: ({ context }: Args) => context.verificationMethod === 'text',
  };
}

/** Context updates of the verification steps. */
export function phoneVerificationUpdates(checks: WorkflowChecks) {
  const phoneOf = typedPhoneOf(checks);
  return {
    ...codeEntryUpdates,
    verifyByText: (_: Args): Partial<VerificationContext> => ({ verificationMethod: 'text', problem: null }),
    verifyByCall: (_: Args): Partial<VerificationContext> => ({ verificationMethod: 'call', problem: null }),
    markPhoneVerified: (_: Args): Partial<VerificationContext> => ({ phoneVerified: true, problem: null }),
    /** A text never came: the same phone of record gets a call instead (a landline cannot take texts). */
    switchVerificationToCall: ({ context }: Args): Partial<VerificationContext> => ({
      verificationMethod: 'call',
      codeResends: context.codeResends + 1,
      problem: null,
    }),
    /** The patient no longer has the phone of record: nothing can be verified until staff update it. */
    awaitPhoneUpdate: (_: Args): Partial<VerificationContext> => ({
      verificationMethod: null,
      problem: null,
    }),
    /** Staff updated the phone of record: verification starts again with the new number. */
    updatePhoneOfRecord: (args: Args): Partial<VerificationContext> => ({
      phoneOfRecord: phoneOf(args).e164,
      phoneOfRecordUpdated: true,
      verificationMethod: null,
      codeAttempts: 0,
      codeResends: 0,
      problem: null,
    }),
  };
}

/** The names of the verification updates. */
export type PhoneVerificationUpdate = keyof ReturnType<typeof phoneVerificationUpdates>;

/** The patient no longer has the phone of record: staff update it before verification resumes. */
const outOfDate = {
  PHONE_OUT_OF_DATE: { target: 'updatingPhoneOfRecord', actions: 'awaitPhoneUpdate' },
} as const;

/** The code never came: a new one to the same number, or a call instead of a text. */
const codeNeverCame = {
  SWITCH_TO_CALL: { guard: 'verifyingByText', target: 'enteringCode', actions: 'switchVerificationToCall' },
  ...outOfDate,
} as const;

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
      ...outOfDate,
    },
  },
  enteringCode: {
    meta: { guide: 'verification.enterCode', labels: ['Verify'], audience: 'patient' },
    on: {
      VERIFY: [
        { guard: 'codeWasAccepted', target: 'done', actions: 'markPhoneVerified' },
        { target: 'wrongCode', actions: 'flagWrongCode' },
      ],
      RESEND_CODE: { actions: 'countNewCode' },
      ...codeNeverCame,
    },
  },
  wrongCode: {
    meta: { guide: 'verification.wrongCode', labels: ['Verify'], audience: 'patient' },
    on: {
      TRY_AGAIN: { target: 'enteringCode' },
      RESEND_CODE: { target: 'enteringCode', actions: 'countNewCode' },
      ...codeNeverCame,
    },
  },
  updatingPhoneOfRecord: {
    meta: {
      guide: 'verification.updatePhoneOfRecord',
      patientGuide: 'verification.updatePhoneOfRecordForPatient',
      labels: [],
      audience: 'staff',
    },
    on: {
      PHONE_OF_RECORD_UPDATED: [
        { guard: 'phoneIsInvalid', actions: 'flagInvalidPhone' },
        { target: 'choosingDelivery', actions: 'updatePhoneOfRecord' },
      ],
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
