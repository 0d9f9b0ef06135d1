import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnyActorRef, AnyStateMachine } from 'xstate';
import { describeStep } from '../../src/guides/index.js';
import { eventsFor, sampleInputs } from '../../src/testing/index.js';
import {
  createWorkflowActor,
  type EventRefused,
  persistSession,
  restoreSession,
  type WorkflowId,
  workflowIds,
  workflows,
} from '../../src/workflows/index.js';

// Issue 12, item 6: random events with random payloads, sent to every workflow from random
// reachable states. Only documented outcomes: nothing thrown, the actor never in error status,
// every refusal reported without values, and the snapshot always round-trips through persist and
// restore.

const SENTINEL = 'Zq7SentinelValue';

const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(SENTINEL),
  fc.string({ maxLength: 12 }).map((text) => `${text}${SENTINEL}`),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constantFrom(null, undefined, Number.NaN, 10n, Symbol('s'), () => 1, new Date(Number.NaN)),
  fc.constant('x'.repeat(70_000)),
  fc.array(fc.constant(SENTINEL), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('type', 'phone', '__proto__', 'xstate$$type'), fc.constant(SENTINEL)),
);

/** An event: a sample event (valid), one with a field replaced by junk, or junk altogether. */
function eventArb(workflowId: WorkflowId): fc.Arbitrary<unknown> {
  const samples = eventsFor(workflowId);
  const sample = fc.constantFrom(...samples);
  const types = [...new Set(samples.map((event) => event.type))];
  return fc.oneof(
    { weight: 4, arbitrary: sample },
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          sample,
          fc.constantFrom(
            'phone',
            'body',
            'name',
            'answer',
            'accepted',
            'task',
            'channel',
            'index',
            'userAgent',
            'providerId',
            'birthDate',
            'email',
            'symptom',
            'question',
            'value',
            'extra',
          ),
          junkValue,
        )
        .map(([event, field, value]) => ({ ...event, [field]: value })),
    },
    {
      weight: 1,
      arbitrary: fc.oneof(
        junkValue,
        fc.constantFrom(...types).map((type) => ({ type, [SENTINEL]: SENTINEL })),
        fc.constantFrom('xstate.done.actor.task', 'xstate.error.actor.task', 'xstate.init').map((type) => ({
          type,
          output: { status: 'completed' },
        })),
      ),
    },
  );
}

function statusOf(actor: AnyActorRef): string {
  return (actor.getSnapshot() as { status: string }).status;
}

describe.each(workflowIds)('%s under random events', (workflowId) => {
  const machine = workflows[workflowId].machine as AnyStateMachine;
  const inputs = Object.values(sampleInputs[workflowId] as Record<string, unknown>);

  it('never throws, never errors, reports refusals without values, and always round-trips', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...inputs),
        fc.array(eventArb(workflowId), { maxLength: 25 }),
        (input, events) => {
          const refusals: EventRefused[] = [];
          let actor = createWorkflowActor(machine, input as never, {
            onEventRefused: (refusal) => refusals.push(refusal),
          }).start();
          for (const [index, event] of events.entries()) {
            expect(() => actor.send(event as never)).not.toThrow();
            expect(statusOf(actor)).not.toBe('error');
            if (index % 5 === 4) {
              const saved = JSON.parse(JSON.stringify(persistSession(actor)));
              actor.stop();
              actor = restoreSession(machine, saved, {
                onEventRefused: (refusal) => refusals.push(refusal),
              }).start();
              expect(statusOf(actor)).not.toBe('error');
            }
          }
          if (statusOf(actor) === 'active' || statusOf(actor) === 'done') {
            expect(() => describeStep(actor)).not.toThrow();
          }
          const saved = JSON.parse(JSON.stringify(persistSession(actor)));
          expect(() => restoreSession(machine, saved).stop()).not.toThrow();
          expect(JSON.stringify(refusals)).not.toContain(SENTINEL);
          actor.stop();
        },
      ),
      { numRuns: 60 },
    );
  });
});
