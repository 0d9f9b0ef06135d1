import type { AnyMachineSnapshot } from 'xstate';
import { sampleLandline, sampleOtherMobile } from '../../testing/samples/events.js';
import { choose, type Decision, type Driver, send, stop } from './decision.js';

// Drivers of the step trees that several workflows share; ids are local to the tree.

/** Choices of the security setup steps. */
export type SecurityChoices = {
  /** Which option the patient picks; open when absent. */
  readonly security?: 'text' | 'call' | 'question' | undefined;
  /** The phone the patient enters is a landline ("Text me" then leads to "Call me"). */
  readonly landline?: boolean | undefined;
  /** The recovery phone differs from the phone of record (verification of the record follows). */
  readonly recoveryPhoneDiffers?: boolean | undefined;
};

function phoneFor(snapshot: AnyMachineSnapshot, choices: SecurityChoices): string {
  if (choices.landline) return sampleLandline;
  const record: unknown = snapshot.context.phoneOfRecord;
  if (!choices.recoveryPhoneDiffers && typeof record === 'string') return record;
  return sampleOtherMobile;
}

/** Drives the security setup steps. */
export const securityDriver: Driver<SecurityChoices> = (stateId, snapshot, choices): Decision => {
  switch (stateId) {
    case 'choosingOption':
      return choose(
        [
          { key: 'security.text', event: { type: 'CHOOSE_TEXT' } },
          { key: 'security.call', event: { type: 'CHOOSE_CALL' } },
          { key: 'security.question', event: { type: 'CHOOSE_QUESTION' } },
        ],
        choices.security ? `security.${choices.security}` : undefined,
        'security.text',
      );
    case 'enteringPhoneForText':
      return send({ type: 'SEND_CODE', phone: phoneFor(snapshot, choices) });
    case 'landlineAdvice':
      return send({ type: 'CHOOSE_CALL' });
    case 'enteringPhoneForCall':
      return send({ type: 'CALL', phone: phoneFor(snapshot, choices) });
    case 'enteringCode':
      return send({ type: 'VERIFY', accepted: true });
    case 'answeringQuestion':
      return send({ type: 'SAVE_ANSWER', answer: 'sample answer' });
    default:
      return stop;
  }
};

/** Choices of the phone-of-record verification steps. */
export type VerificationChoices = { readonly verification?: 'text' | 'call' | undefined };

/** Drives the phone-of-record verification steps. */
export const verificationDriver: Driver<VerificationChoices> = (stateId, _snapshot, choices) => {
  switch (stateId) {
    case 'choosingDelivery':
      return choose(
        [
          { key: 'verification.text', event: { type: 'CHOOSE_TEXT' } },
          { key: 'verification.call', event: { type: 'CHOOSE_CALL' } },
        ],
        choices.verification ? `verification.${choices.verification}` : undefined,
        'verification.text',
      );
    case 'enteringCode':
      return send({ type: 'VERIFY', accepted: true });
    default:
      return stop;
  }
};

/** Choices of the relationship steps. */
export type RelationshipChoices = {
  readonly relationship?: 'self' | 'manager' | undefined;
  /** The person who manages the account is under the minimum age. */
  readonly managerUnderMinimumAge?: boolean | undefined;
};

/** Drives the relationship steps. */
export const relationshipDriver: Driver<RelationshipChoices> = (stateId, snapshot, choices) => {
  switch (stateId) {
    case 'choosing':
      return choose(
        [
          { key: 'relationship.self', event: { type: 'I_AM_PATIENT' } },
          { key: 'relationship.manager', event: { type: 'I_MANAGE_ACCOUNT' } },
        ],
        choices.relationship ? `relationship.${choices.relationship}` : undefined,
        'relationship.self',
      );
    case 'enteringManagerDetails':
      return send({
        type: 'SUBMIT_MANAGER_DETAILS',
        name: 'Account Manager',
        email: 'manager@example.com',
        birthDate: birthDateYearsBefore(snapshot.context.now, choices.managerUnderMinimumAge ? 9 : 40),
      });
    case 'confirmation':
      return send({ type: 'CONTINUE' });
    default:
      return stop;
  }
};

/** Runs a shared step tree's driver for states under `prefix.`; `undefined` for other states. */
export function nested<S>(
  prefix: string,
  driver: Driver<S>,
  stateId: string,
  snapshot: AnyMachineSnapshot,
  scenario: S,
) {
  return stateId.startsWith(`${prefix}.`)
    ? driver(stateId.slice(prefix.length + 1), snapshot, scenario)
    : undefined;
}

/** A birth date `years` before the instant `now` (1 January of that year): clearly that age or older. */
export function birthDateYearsBefore(now: unknown, years: number): string {
  const year = typeof now === 'string' ? Number(now.slice(0, 4)) : Number.NaN;
  return `${String((Number.isFinite(year) ? year : 2026) - years - 1).padStart(4, '0')}-01-01`;
}
