import type { EventObject } from 'xstate';
import type { CountryCode } from '../../rules/phone.js';
import type { TypedPhoneCheck, WorkflowChecks } from '../checks.js';
import type { CodeEntryContext } from './context-types.js';
import { codeAccepted, stringField } from './event-fields.js';
import { perEvent } from './per-event.js';

// One implementation of entering a code and of reading a typed phone, shared by the security setup
// steps (a recovery phone) and the verification steps (the phone of record): each machine that
// nests either registers these guards and updates once, under the same names.

type Args = { context: CodeEntryContext & { defaultCountry: CountryCode }; event: EventObject };

/** Reads the typed phone of an event with one machine's checks. */
export type TypedPhoneReader = (args: Args) => TypedPhoneCheck;

const readers = new WeakMap<WorkflowChecks, TypedPhoneReader>();

/**
 * The phone check of the `phone` field of the event, read in the context's region, with the
 * machine's checks. One reader per checks object, so guards and updates of one transition share
 * one answer per event.
 */
export function typedPhoneOf(checks: WorkflowChecks): TypedPhoneReader {
  let reader = readers.get(checks);
  if (reader === undefined) {
    const checkPhoneOfEvent = perEvent((key) => {
      const split = key.indexOf(' ');
      return checks.typedPhone(key.slice(split + 1), key.slice(0, split) as CountryCode);
    });
    reader = ({ context, event }) =>
      checkPhoneOfEvent(event, `${context.defaultCountry} ${stringField(event, 'phone') ?? ''}`);
    readers.set(checks, reader);
  }
  return reader;
}

/** Named guards of every code-entry step and typed phone, for a machine built with `checks`. */
export function codeEntryGuards(checks: WorkflowChecks) {
  const phoneOf = typedPhoneOf(checks);
  return {
    codeWasAccepted: ({ event }: { event: EventObject }) => codeAccepted(event),
    phoneIsInvalid: (args: Args) => !phoneOf(args).valid,
  };
}

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
