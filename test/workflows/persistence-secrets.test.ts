import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from 'xstate';
import { sampleInputs } from '../../src/testing/index.js';
import {
  type AssistEvent,
  type AssistInput,
  assistMachine,
  persistSession,
  restoreSession,
} from '../../src/workflows/index.js';
import { runTo } from '../helpers/workflow-session.js';

type AssistActor = Actor<typeof assistMachine>;

const adult = sampleInputs.assist['patient-browser-unknown'] as AssistInput;

/** The adult sample's session, past its pre-checks, after `events`. */
const session = (events: readonly AssistEvent[]): AssistActor =>
  runTo(assistMachine, adult, [{ type: 'CONTINUE' }, ...events]);

/** Saves through JSON, as a host's storage does, and restores. */
function roundTrip(actor: AssistActor): { text: string; restored: AssistActor } {
  const text = JSON.stringify(persistSession(actor));
  return { text, restored: restoreSession(assistMachine, JSON.parse(text)).start() };
}

const answers = (answer: string, savedAnswer: string): AssistEvent[] => [
  { type: 'CHOOSE_SYMPTOM', symptom: 'security-answer-refused' },
  { type: 'ANSWER', question: 'saved-answer', value: { answer, savedAnswer } },
];

describe('persistSession keeps no secret triage answer', () => {
  it('saves stand-ins for security answers, with the same diagnosis after restore', () => {
    for (const [answer, savedAnswer, cause] of [
      ['Maple Street', 'maple street', 'answer-forgotten'],
      ['Maple-Street', 'Maple Street', 'answer-typed-differently'],
      ['Maple Street', 'Oak Avenue', 'answer-forgotten'],
    ] as const) {
      const actor = session(answers(answer, savedAnswer));
      expect(actor.getSnapshot().context.triage?.causes).toEqual([cause]);
      const { text, restored } = roundTrip(actor);
      expect(text).not.toMatch(/maple|oak/i);
      expect(restored.getSnapshot().value).toBe('diagnosis');
      expect(restored.getSnapshot().context.triage?.causes).toEqual([cause]);
    }
  });

  it('saves a stand-in for a message text that holds a card number or health details', () => {
    const body = 'My rash is worse, card 5555 5555 5555 4444 for the copay';
    const actor = session([
      { type: 'CHOOSE_SYMPTOM', symptom: 'message-will-not-send' },
      { type: 'ANSWER', question: 'message-text', value: body },
    ]);
    const causes = actor.getSnapshot().context.triage?.causes;
    expect(causes).toContain('card-number-in-message');
    const { text, restored } = roundTrip(actor);
    expect(text).not.toContain('5555');
    expect(text).not.toContain('rash');
    expect(restored.getSnapshot().context.triage?.causes).toEqual(causes);
  });

  it('goes on from a saved question exactly as the session would have', () => {
    const first: AssistEvent[] = [
      { type: 'CHOOSE_SYMPTOM', symptom: 'message-will-not-send' },
      { type: 'ANSWER', question: 'message-text', value: 'Question about my knee' },
    ];
    const rest: AssistEvent[] = [
      { type: 'ANSWER', question: 'attachments', value: 2 },
      { type: 'ANSWER', question: 'started-from', value: 'messages-page' },
    ];
    const straight = session([...first, ...rest]).getSnapshot().context.triage;
    const { text, restored } = roundTrip(session(first));
    expect(text).not.toContain('knee');
    for (const event of rest) restored.send(event);
    const after = restored.getSnapshot().context.triage;
    expect([after?.question, after?.causes, after?.fix]).toEqual([
      straight?.question,
      straight?.causes,
      straight?.fix,
    ]);
  });

  it('never saves either answer, whatever they are, and restores the same diagnosis (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (typed, kept) => {
        const actor = session(answers(`zq${typed}`, `qz${kept}`));
        const causes = actor.getSnapshot().context.triage?.causes;
        const { text, restored } = roundTrip(actor);
        expect(text).not.toContain(JSON.stringify(`zq${typed}`).slice(1, -1));
        expect(text).not.toContain(JSON.stringify(`qz${kept}`).slice(1, -1));
        expect(restored.getSnapshot().context.triage?.causes).toEqual(causes);
      }),
      { numRuns: 60 },
    );
  });
});

describe('persistSession keeps no secret triage answer, in every shape of answer', () => {
  it('replaces an answer given alone, and a kept answer beside a typed one that equals its stand-in', () => {
    for (const value of [{ answer: 'MyDogRex' }, { savedAnswer: 'MyDogRex' }]) {
      const actor = session([
        { type: 'CHOOSE_SYMPTOM', symptom: 'security-answer-refused' },
        { type: 'ANSWER', question: 'saved-answer', value },
      ]);
      const { text, restored } = roundTrip(actor);
      expect(text).not.toContain('MyDogRex');
      expect(restored.getSnapshot().context.triage?.question).toBe(
        actor.getSnapshot().context.triage?.question,
      );
    }
    const { text } = roundTrip(session(answers('answer', 'SavedSecret')));
    expect(text).not.toContain('SavedSecret');
  });
});
