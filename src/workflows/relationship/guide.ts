import * as z from 'zod/mini';
import type { StateNotes } from '../define-workflow.js';
import type { RelationshipContext } from '../shared/context-types.js';
import { birthDateYearsBefore, choose, type StateScript, send, stop } from '../shared/guide-script.js';
import type { relationshipStates } from './states.js';

/** Choices of the relationship steps. */
export const relationshipChoicesShape = {
  /** "I am <patient>" (`self`) or "I manage <patient>'s account" (`manager`). */
  relationship: z.optional(z.enum(['self', 'manager'])),
  /** The person who manages the account is under the minimum age. */
  managerUnderMinimumAge: z.optional(z.boolean()),
};

/** The relationship choices of a scenario. */
export type RelationshipChoices = {
  readonly relationship?: 'self' | 'manager' | undefined;
  readonly managerUnderMinimumAge?: boolean | undefined;
};

type RelationshipStateId = keyof typeof relationshipStates;

/** The moves of the relationship steps, shared by every workflow that nests them. */
export const relationshipScript: StateScript<RelationshipStateId, RelationshipChoices> = {
  choosing: (_, choices) =>
    choose(
      [
        { key: 'relationship.self', event: { type: 'I_AM_PATIENT' } },
        { key: 'relationship.manager', event: { type: 'I_MANAGE_ACCOUNT' } },
      ],
      choices.relationship ? `relationship.${choices.relationship}` : undefined,
      'relationship.self',
    ),
  enteringManagerDetails: (snapshot, choices) => ({
    kind: 'send',
    event: {
      type: 'SUBMIT_MANAGER_DETAILS',
      name: 'Account Manager',
      email: 'manager@example.com',
      birthDate: birthDateYearsBefore(String(snapshot.context.now), choices.managerUnderMinimumAge ? 9 : 40),
    },
  }),
  confirmation: send({ type: 'CONTINUE' }),
  done: stop,
  blockedUnderAge: stop,
};

/** Notes beside the relationship steps. */
export const relationshipNotes: {
  readonly [Id in RelationshipStateId]?: StateNotes<RelationshipContext>;
} = {
  blockedUnderAge: ['staff.under13'],
};
