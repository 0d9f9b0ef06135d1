import type { EventObject } from 'xstate';
import { type CountryCode, checkPhoneNumber } from '../../rules/phone.js';
import type { CodeEntryContext } from './context-types.js';
import { codeAccepted, stringField } from './event-fields.js';
import { perEvent } from './per-event.js';

// One implementation of entering a code and of reading a typed phone, shared by the security setup
// steps (a recovery phone) and the verification steps (the phone of record): each machine that
// nests either registers these guards and updates once, under the same names.

type Args = { context: CodeEntryContext & { defaultCountry: CountryCode }; event: EventObject };

// Results are frozen, so guards and updates of one transition can share one.
const checkPhoneOfEvent = perEvent((key) => {
  const split = key.indexOf(' ');
  return checkPhoneNumber(key.slice(split + 1), { defaultCountry: key.slice(0, split) as CountryCode });
});

/** The phone rule's verdict on the `phone` field of the event, read in the context's region. */
export function phoneCheckOf({ context, event }: Args) {
  return checkPhoneOfEvent(event, `${context.defaultCountry} ${stringField(event, 'phone') ?? ''}`);
}

/** Named guards of every code-entry step and typed phone. */
export const codeEntryGuards = {
  codeWasAccepted: ({ event }: { event: EventObject }) => codeAccepted(event),
  phoneIsInvalid: (args: Args) => !phoneCheckOf(args).valid,
};

/** Context updates of every code-entry step. */
export const codeEntryUpdates = {
  flagWrongCode: ({ context }: { context: CodeEntryContext }): Partial<CodeEntryContext> => ({
    problem: 'wrong-code',
    codeAttempts: context.codeAttempts + 1,
  }),
  /** The code never came: a new one goes to the same number. */
  countNewCode: ({ context }: { context: CodeEntryContext }): Partial<CodeEntryContext> => ({
    problem: null,
    codeResends: context.codeResends + 1,
  }),
  flagInvalidPhone: (_: { context: CodeEntryContext }): Partial<CodeEntryContext> => ({
    problem: 'invalid-phone',
  }),
  clearProblem: (_: { context: CodeEntryContext }): Partial<CodeEntryContext> => ({ problem: null }),
};

/** A fresh code-entry slice: no code refused or asked for again. */
export const freshCodeEntry: CodeEntryContext = Object.freeze({
  codeAttempts: 0,
  codeResends: 0,
  problem: null,
});
