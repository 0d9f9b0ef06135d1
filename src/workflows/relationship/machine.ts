import { setup } from 'xstate';
import * as z from 'zod/mini';
import { parseInput } from '../../internal/validate.js';
import { assignUpdates } from '../shared/assign-updates.js';
import type { RelationshipContext, UnderAgeBlock } from '../shared/context-types.js';
import { eligibilityInputShape, toEligibilityContext } from '../shared/eligibility-input.js';
import { EVENT_IS_VALID, eventChecker, eventIsValid, guardEvents } from '../shared/event-guard.js';
import type { EligibilityFactsInput } from '../shared/input-types.js';
import type { StepMeta } from '../shared/step-meta.js';
import { relationshipEventSchemas } from './schemas.js';
import {
  type RelationshipEvent,
  relationshipGuards,
  relationshipStates,
  relationshipUpdates,
} from './states.js';

/** Validates the input of {@link relationshipMachine}. */
export const relationshipInputSchema = z.strictObject(eligibilityInputShape);

/**
 * Input of {@link relationshipMachine}: the patient, the practice's age settings and the clock, so
 * the age rule can check who the account is for. Checked against `relationshipInputSchema` by type
 * tests; an unknown key is refused, by name.
 *
 * @example
 * ```ts
 * const input: RelationshipInput = {
 *   patient: { displayName: 'Ana Rivera', birthDate: '1990-04-12' },
 *   practice: { timeZone: 'America/Chicago' },
 *   now: new Date('2026-03-10T15:00:00Z'),
 * };
 * createWorkflowActor(relationshipMachine, input).start().getSnapshot().status;
 * //=> 'active'
 * ```
 */
export interface RelationshipInput extends EligibilityFactsInput {}

/** How the relationship step ended. */
export type RelationshipOutput =
  | { status: 'completed'; relationship: 'self' | 'manager' }
  | {
      status: 'blocked';
      reason: 'under-minimum-age';
      underAge: UnderAgeBlock;
      recommendation: 'family-access-account';
    };

/**
 * "Choose your patient relationship": "I am <patient>" or "I manage <patient>'s account" with the
 * manager's name, email address and date of birth, then the confirmation page.
 *
 * The age rule applies to whoever will hold the account: the patient after "I am <patient>", the
 * manager after "I manage <patient>'s account". A parent managing a 9-year-old's account is fine.
 *
 * @example
 * ```ts
 * const actor = createActor(relationshipMachine, {
 *   input: { patient: { displayName: 'Ana', birthDate: '2016-05-02' }, now: new Date('2025-06-01T15:00:00Z'), practice: { timeZone: 'America/Chicago' } },
 * }).start();
 * actor.send({ type: 'I_MANAGE_ACCOUNT' });
 * actor.send({ type: 'SUBMIT_MANAGER_DETAILS', name: 'Rosa', email: 'rosa@example.com', birthDate: '1988-01-09' });
 * actor.send({ type: 'CONTINUE' });
 * actor.getSnapshot().output;
 * //=> { status: 'completed', relationship: 'manager' }
 * ```
 */
export const relationshipMachine = setup({
  types: {
    context: {} as RelationshipContext,
    events: {} as RelationshipEvent,
    input: {} as RelationshipInput,
    output: {} as RelationshipOutput,
    meta: {} as StepMeta,
  },
  guards: { ...relationshipGuards, [EVENT_IS_VALID]: eventIsValid(eventChecker(relationshipEventSchemas)) },
  actions: assignUpdates<RelationshipContext, RelationshipEvent, keyof typeof relationshipUpdates>(
    relationshipUpdates,
  ),
}).createMachine({
  id: 'relationship',
  context: ({ input }) => ({
    ...toEligibilityContext(
      parseInput(relationshipInputSchema, input, 'relationshipMachine'),
      'relationshipMachine',
    ),
    relationship: null,
    underAge: null,
    problem: null,
  }),
  initial: 'choosing',
  states: guardEvents(relationshipStates),
  output: ({ context }) =>
    context.underAge
      ? {
          status: 'blocked',
          reason: 'under-minimum-age',
          underAge: context.underAge,
          recommendation: 'family-access-account',
        }
      : { status: 'completed', relationship: context.relationship ?? 'self' },
});
