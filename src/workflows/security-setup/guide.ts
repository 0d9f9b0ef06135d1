import type { AnyMachineSnapshot } from 'xstate';
import * as z from 'zod/mini';
import type { StateNotes } from '../define-workflow.js';
import type { SecurityContext } from '../shared/context-types.js';
import { choose, type StateScript, send, stop } from '../shared/guide-script.js';
import { WALK_LANDLINE, WALK_OTHER_PHONE } from '../shared/walk-inputs.js';
import type { securitySetupStates } from './states.js';

/** Choices of the security setup steps; a missing choice leaves it open. */
export const securityChoicesShape = {
  /** Which option the patient picks. */
  security: z.optional(z.enum(['text', 'call', 'question'])),
  /** The phone the patient types is a landline ("Text me" then leads to "Call me"). */
  landline: z.optional(z.boolean()),
};

/** The security setup choices of a scenario. */
export type SecurityChoices = {
  readonly security?: 'text' | 'call' | 'question' | undefined;
  readonly landline?: boolean | undefined;
  /** The recovery phone differs from the phone of record (verification of the record follows). */
  readonly recoveryPhoneDiffers?: boolean | undefined;
};

// Numbers typed on the walk, never shown: a UK landline and a US number unlike any phone of record
// a guide walks with. The walk's checks state what the phone rule says of each (walk-checks.ts).

// With the option left open and nothing said of the phone, the walk types a number that differs:
// the phone-of-record step then follows every option, so the guide shows it once, after them, in
// its own conditional words.
function phoneFor(snapshot: AnyMachineSnapshot, choices: SecurityChoices): string {
  if (choices.landline) return WALK_LANDLINE;
  const record: unknown = snapshot.context.phoneOfRecord;
  const differs = choices.recoveryPhoneDiffers ?? choices.security === undefined;
  if (!differs && typeof record === 'string') return record;
  return WALK_OTHER_PHONE;
}

type SecurityStateId = keyof typeof securitySetupStates;

/** The moves of the security setup steps, shared by every workflow that nests them. */
export const securitySetupScript: StateScript<SecurityStateId, SecurityChoices> = {
  choosingOption: (_, choices) =>
    choose(
      [
        { key: 'security.text', event: { type: 'CHOOSE_TEXT' } },
        { key: 'security.call', event: { type: 'CHOOSE_CALL' } },
        { key: 'security.question', event: { type: 'CHOOSE_QUESTION' } },
      ],
      choices.security ? `security.${choices.security}` : undefined,
      'security.text',
    ),
  enteringPhoneForText: (snapshot, choices) => ({
    kind: 'send',
    event: { type: 'SEND_CODE', phone: phoneFor(snapshot, choices) },
  }),
  landlineAdvice: send({ type: 'CHOOSE_CALL' }),
  enteringPhoneForCall: (snapshot, choices) => ({
    kind: 'send',
    event: { type: 'CALL', phone: phoneFor(snapshot, choices) },
  }),
  enteringCode: send({ type: 'VERIFY', accepted: true }),
  wrongCode: stop,
  answeringQuestion: send({ type: 'SAVE_ANSWER', answer: 'walk answer' }),
  done: stop,
};

/** Notes beside the security setup steps. */
export const securitySetupNotes: { readonly [Id in SecurityStateId]?: StateNotes<SecurityContext> } = {
  choosingOption: ['patient.textRecommended', 'patient.landlineUseCallMe', 'staff.recoveryPhoneKeptApart'],
  enteringPhoneForText: ['staff.landlineUS'],
  enteringCode: ['patient.codeNotReceived'],
  wrongCode: ['patient.codeNotReceived'],
  answeringQuestion: ['patient.securityAnswerExact'],
  // Registration goes straight on to the phone-of-record step; set up on its own, the guide says
  // what the portal asks next.
  done: (context) =>
    context.securityMethod === 'question'
      ? ['patient.phoneCheckFollowsQuestion']
      : ['patient.phoneCheckMayFollow'],
};
