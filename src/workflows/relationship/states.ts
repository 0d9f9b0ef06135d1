import type { EventObject } from 'xstate';
import { isPlausibleEmail } from '../../internal/email.js';
import { ageCheck } from '../shared/age-check.js';
import type { RelationshipContext } from '../shared/context-types.js';
import { stringField } from '../shared/event-fields.js';

export type { RelationshipEvent } from './schemas.js';

type Args = { context: RelationshipContext; event: EventObject };

function managerCheck({ context, event }: Args) {
  return ageCheck(context, stringField(event, 'birthDate') ?? '');
}

function eligibleOnOf(result: ReturnType<typeof ageCheck>): string {
  return result && !result.eligible ? result.eligibleOn : '';
}

/** Named guards of the relationship steps. */
export const relationshipGuards = {
  patientIsUnderAge: ({ context }: Args) => ageCheck(context, context.patient.birthDate)?.eligible === false,
  managerDetailsAreInvalid: (args: Args) => {
    const name = stringField(args.event, 'name') ?? '';
    const email = stringField(args.event, 'email') ?? '';
    // Length caps before any trim or pattern: an event may carry megabytes.
    return name.length > 200 || name.trim() === '' || !isPlausibleEmail(email) || managerCheck(args) === null;
  },
  managerIsUnderAge: (args: Args) => managerCheck(args)?.eligible === false,
};

/** Context updates of the relationship steps. */
export const relationshipUpdates = {
  chooseSelf: (_: Args): Partial<RelationshipContext> => ({ relationship: 'self', problem: null }),
  chooseManager: (_: Args): Partial<RelationshipContext> => ({ relationship: 'manager', problem: null }),
  blockPatientUnderAge: ({ context }: Args): Partial<RelationshipContext> => ({
    relationship: 'self',
    underAge: { who: 'patient', eligibleOn: eligibleOnOf(ageCheck(context, context.patient.birthDate)) },
  }),
  blockManagerUnderAge: (args: Args): Partial<RelationshipContext> => ({
    underAge: { who: 'manager', eligibleOn: eligibleOnOf(managerCheck(args)) },
  }),
  flagInvalidManagerDetails: (_: Args): Partial<RelationshipContext> => ({
    problem: 'invalid-manager-details',
  }),
  clearRelationship: (_: Args): Partial<RelationshipContext> => ({ relationship: null, problem: null }),
};

/**
 * "Choose your patient relationship" and the confirmation page, as a state tree of names only.
 * Shared by `relationshipMachine` and the registration workflow. Final states: `done` and
 * `blockedUnderAge` (the person who would hold the account is under the minimum age).
 */
export const relationshipStates = {
  choosing: {
    meta: {
      guide: 'relationship.choose',
      labels: ['I am {patientName}', "I manage {patientName}'s account", 'Continue'],
      audience: 'patient',
    },
    on: {
      I_AM_PATIENT: [
        { guard: 'patientIsUnderAge', target: 'blockedUnderAge', actions: 'blockPatientUnderAge' },
        { target: 'confirmation', actions: 'chooseSelf' },
      ],
      I_MANAGE_ACCOUNT: { target: 'enteringManagerDetails', actions: 'chooseManager' },
    },
  },
  enteringManagerDetails: {
    meta: { guide: 'relationship.managerDetails', labels: ['Continue'], audience: 'patient' },
    on: {
      SUBMIT_MANAGER_DETAILS: [
        { guard: 'managerDetailsAreInvalid', actions: 'flagInvalidManagerDetails' },
        { guard: 'managerIsUnderAge', target: 'blockedUnderAge', actions: 'blockManagerUnderAge' },
        { target: 'confirmation', actions: 'chooseManager' },
      ],
      BACK: { target: 'choosing', actions: 'clearRelationship' },
    },
  },
  confirmation: {
    meta: { guide: 'relationship.confirmation', labels: ['Continue'], audience: 'patient' },
    on: { CONTINUE: { target: 'done' } },
  },
  done: {
    type: 'final',
    meta: { guide: 'relationship.done', labels: [], audience: 'patient', outcome: 'completed' },
  },
  blockedUnderAge: {
    type: 'final',
    meta: {
      guide: 'relationship.blockedUnderAge',
      patientGuide: 'registration.underAgeForPatient',
      labels: [],
      audience: 'staff',
      outcome: 'blocked',
    },
  },
} as const;
