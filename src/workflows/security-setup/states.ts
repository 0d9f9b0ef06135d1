import type { EventObject } from 'xstate';
import type { WorkflowChecks } from '../checks.js';
import { codeEntryGuards, codeEntryUpdates, typedPhoneOf } from '../shared/code-entry.js';
import type { SecurityContext, SecurityMethod } from '../shared/context-types.js';
import { stringField } from '../shared/event-fields.js';

export type { SecuritySetupEvent } from './schemas.js';

type Args = { context: SecurityContext; event: EventObject };

/** Named guards of the security setup steps; every machine that contains the steps registers them. */
export function securitySetupGuards(checks: WorkflowChecks) {
  const phoneOf = typedPhoneOf(checks);
  return {
    ...codeEntryGuards(checks),
    phoneIsLandline: (args: Args) => phoneOf(args).landline,
    answerIsBlank: ({ event }: Args) => (stringField(event, 'answer') ?? '').trim() === '',
    methodIsText: ({ context }: Args) => context.securityMethod === 'text',
  };
}

const method =
  (securityMethod: SecurityMethod) =>
  (_: Args): Partial<SecurityContext> => ({
    securityMethod,
    recoveryPhone: null,
    problem: null,
    codeAttempts: 0,
    codeResends: 0,
  });

/** Context updates of the security setup steps (each machine wraps them in `assign`). */
export function securitySetupUpdates(checks: WorkflowChecks) {
  const phoneOf = typedPhoneOf(checks);
  return {
    ...codeEntryUpdates,
    chooseText: method('text'),
    chooseCall: method('call'),
    chooseQuestion: (_: Args): Partial<SecurityContext> => ({
      securityMethod: 'question',
      recoveryPhone: null,
      problem: null,
    }),
    rememberRecoveryPhone: (args: Args): Partial<SecurityContext> => ({
      recoveryPhone: phoneOf(args).e164,
      problem: null,
    }),
    flagLandline: (_: Args): Partial<SecurityContext> => ({ problem: 'landline-cannot-text' }),
    flagEmptyAnswer: (_: Args): Partial<SecurityContext> => ({ problem: 'empty-answer' }),
    /** Back to typing the number (a typo, or the wrong phone): it is typed again. */
    forgetRecoveryPhone: (_: Args): Partial<SecurityContext> => ({ recoveryPhone: null, problem: null }),
    resetSecurityChoice: (_: Args): Partial<SecurityContext> => ({
      securityMethod: null,
      recoveryPhone: null,
      problem: null,
    }),
  };
}

/** The names of the security setup updates. */
export type SecuritySetupUpdate = keyof ReturnType<typeof securitySetupUpdates>;

/**
 * What a person waiting for a code can do besides typing it: ask for a new code to the same
 * number, switch from a text to a call (a number typed for "Text me" may be a landline), or go
 * back and fix the number they typed.
 */
const codeNeverCame = {
  SWITCH_TO_CALL: { guard: 'methodIsText', target: 'enteringPhoneForCall', actions: 'chooseCall' },
  CHANGE_NUMBER: [
    { guard: 'methodIsText', target: 'enteringPhoneForText', actions: 'forgetRecoveryPhone' },
    { target: 'enteringPhoneForCall', actions: 'forgetRecoveryPhone' },
  ],
} as const;

/**
 * The security setup steps as a state tree of names only, shared by `securitySetupMachine` and by
 * the registration workflow, which nests it. Its final state is `done`.
 */
export const securitySetupStates = {
  choosingOption: {
    meta: {
      guide: 'security.chooseOption',
      labels: ['Text me', 'Call me', 'Security Question', 'Setup'],
      audience: 'patient',
    },
    on: {
      CHOOSE_TEXT: { target: 'enteringPhoneForText', actions: 'chooseText' },
      CHOOSE_CALL: { target: 'enteringPhoneForCall', actions: 'chooseCall' },
      CHOOSE_QUESTION: { target: 'answeringQuestion', actions: 'chooseQuestion' },
    },
  },
  enteringPhoneForText: {
    meta: { guide: 'security.enterPhoneForText', labels: ['Send code'], audience: 'patient' },
    on: {
      SEND_CODE: [
        { guard: 'phoneIsInvalid', actions: 'flagInvalidPhone' },
        { guard: 'phoneIsLandline', target: 'landlineAdvice', actions: 'flagLandline' },
        { target: 'enteringCode', actions: 'rememberRecoveryPhone' },
      ],
      BACK: { target: 'choosingOption', actions: 'resetSecurityChoice' },
    },
  },
  landlineAdvice: {
    meta: { guide: 'security.landlineAdvice', labels: ['Call me', 'Setup'], audience: 'patient' },
    on: {
      CHOOSE_CALL: { target: 'enteringPhoneForCall', actions: 'chooseCall' },
      BACK: { target: 'enteringPhoneForText', actions: 'clearProblem' },
    },
  },
  enteringPhoneForCall: {
    meta: { guide: 'security.enterPhoneForCall', labels: ['Call'], audience: 'patient' },
    on: {
      CALL: [
        { guard: 'phoneIsInvalid', actions: 'flagInvalidPhone' },
        { target: 'enteringCode', actions: 'rememberRecoveryPhone' },
      ],
      BACK: { target: 'choosingOption', actions: 'resetSecurityChoice' },
    },
  },
  enteringCode: {
    meta: { guide: 'security.enterCode', labels: ['Verify'], audience: 'patient' },
    on: {
      VERIFY: [
        { guard: 'codeWasAccepted', target: 'done', actions: 'clearProblem' },
        { target: 'wrongCode', actions: 'flagWrongCode' },
      ],
      RESEND_CODE: { actions: 'countNewCode' },
      ...codeNeverCame,
    },
  },
  wrongCode: {
    meta: { guide: 'security.wrongCode', labels: ['Verify', 'Call me'], audience: 'patient' },
    on: {
      TRY_AGAIN: { target: 'enteringCode' },
      RESEND_CODE: { target: 'enteringCode', actions: 'countNewCode' },
      ...codeNeverCame,
    },
  },
  answeringQuestion: {
    meta: { guide: 'security.answerQuestion', labels: ['Security Question', 'Save'], audience: 'patient' },
    on: {
      SAVE_ANSWER: [
        { guard: 'answerIsBlank', actions: 'flagEmptyAnswer' },
        { target: 'done', actions: 'clearProblem' },
      ],
      BACK: { target: 'choosingOption', actions: 'resetSecurityChoice' },
    },
  },
  done: {
    type: 'final',
    meta: { guide: 'security.done', labels: [], audience: 'patient', outcome: 'completed' },
  },
} as const;
