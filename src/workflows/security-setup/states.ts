import type { EventObject } from 'xstate';
import { type CountryCode, checkPhoneNumber } from '../../rules/phone.js';
import type { SecurityContext, SecurityMethod } from '../shared/context-types.js';
import { codeAccepted, stringField } from '../shared/event-fields.js';
import { perEvent } from '../shared/per-event.js';

export type { SecuritySetupEvent } from './schemas.js';

type Args = { context: SecurityContext; event: EventObject };

// Results are frozen, so guards and updates of one transition can share one.
const checkPhoneOfEvent = perEvent((key) => {
  const split = key.indexOf(' ');
  return checkPhoneNumber(key.slice(split + 1), { defaultCountry: key.slice(0, split) as CountryCode });
});

function phoneCheck({ context, event }: Args) {
  return checkPhoneOfEvent(event, `${context.defaultCountry} ${stringField(event, 'phone') ?? ''}`);
}

/** Named guards of the security setup steps; every machine that contains the steps registers them. */
export const securitySetupGuards = {
  phoneIsInvalid: (args: Args) => !phoneCheck(args).valid,
  phoneIsLandline: (args: Args) => phoneCheck(args).type === 'fixed-line',
  codeWasAccepted: ({ event }: Args) => codeAccepted(event),
  answerIsBlank: ({ event }: Args) => (stringField(event, 'answer') ?? '').trim() === '',
  methodIsText: ({ context }: Args) => context.securityMethod === 'text',
};

const method =
  (securityMethod: SecurityMethod) =>
  (_: Args): Partial<SecurityContext> => ({
    securityMethod,
    recoveryPhone: null,
    problem: null,
    codeAttempts: 0,
  });

/** Context updates of the security setup steps (each machine wraps them in `assign`). */
export const securitySetupUpdates = {
  chooseText: method('text'),
  chooseCall: method('call'),
  chooseQuestion: (_: Args): Partial<SecurityContext> => ({
    securityMethod: 'question',
    recoveryPhone: null,
    problem: null,
  }),
  rememberRecoveryPhone: (args: Args): Partial<SecurityContext> => ({
    recoveryPhone: phoneCheck(args).e164 ?? null,
    problem: null,
  }),
  flagInvalidPhone: (_: Args): Partial<SecurityContext> => ({ problem: 'invalid-phone' }),
  flagLandline: (_: Args): Partial<SecurityContext> => ({ problem: 'landline-cannot-text' }),
  flagWrongCode: ({ context }: Args): Partial<SecurityContext> => ({
    problem: 'wrong-code',
    codeAttempts: context.codeAttempts + 1,
  }),
  flagEmptyAnswer: (_: Args): Partial<SecurityContext> => ({ problem: 'empty-answer' }),
  clearProblem: (_: Args): Partial<SecurityContext> => ({ problem: null }),
  /** Back on the option list, or asking for a new code: the phone is typed again. */
  forgetRecoveryPhone: (_: Args): Partial<SecurityContext> => ({ recoveryPhone: null, problem: null }),
  resetSecurityChoice: (_: Args): Partial<SecurityContext> => ({
    securityMethod: null,
    recoveryPhone: null,
    problem: null,
  }),
};

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
    meta: { guide: 'security.landlineAdvice', labels: ['Call me'], audience: 'patient' },
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
    },
  },
  wrongCode: {
    meta: { guide: 'security.wrongCode', labels: ['Verify', 'Send code', 'Call'], audience: 'patient' },
    on: {
      TRY_AGAIN: { target: 'enteringCode' },
      RESEND_CODE: [
        { guard: 'methodIsText', target: 'enteringPhoneForText', actions: 'forgetRecoveryPhone' },
        { target: 'enteringPhoneForCall', actions: 'forgetRecoveryPhone' },
      ],
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
