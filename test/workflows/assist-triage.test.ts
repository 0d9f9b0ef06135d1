import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from 'xstate';
import { buildGuide, describeStep } from '../../src/guides/index.js';
import { es } from '../../src/locales/es/index.js';
import { sampleInputs, workflowPaths } from '../../src/testing/index.js';
import {
  type AssistEvent,
  type AssistInput,
  assistMachine,
  createWorkflowActor,
  isPortalHelpdeskError,
  persistSession,
  restoreSession,
} from '../../src/workflows/index.js';

type AssistActor = Actor<typeof assistMachine>;

const adult = sampleInputs.assist['patient-browser-unknown'] as AssistInput;
const child = sampleInputs.assist['child-patient'] as AssistInput;
const PHONE = '(201) 555-0123';

function choosing(input: AssistInput = adult): AssistActor {
  const actor = createWorkflowActor(assistMachine, input).start();
  actor.send({ type: 'CONTINUE' });
  expect(actor.getSnapshot().value).toBe('choosingTask');
  return actor;
}

function send(actor: AssistActor, events: readonly AssistEvent[]): AssistActor {
  for (const event of events) actor.send(event);
  return actor;
}

const codeNeverCame: AssistEvent[] = [
  { type: 'CHOOSE_SYMPTOM', symptom: 'code-not-received' },
  { type: 'ANSWER', question: 'code-step', value: 'security-setup' },
  { type: 'ANSWER', question: 'code-method', value: 'text' },
  { type: 'ANSWER', question: 'phone', value: PHONE },
  { type: 'ANSWER', question: 'phone-of-record-current', value: true },
];

describe('triage in the assist session', () => {
  it('asks the questions one at a time, then reaches a diagnosis with the cause and fix', () => {
    const actor = send(choosing(), codeNeverCame.slice(0, 1));
    expect(actor.getSnapshot().value).toBe('triaging');
    expect(actor.getSnapshot().context.triage).toMatchObject({
      question: 'code-step',
      causes: [],
      fix: null,
    });
    send(actor, codeNeverCame.slice(1));
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('diagnosis');
    expect(context.triage?.question).toBeNull();
    expect(context.triage?.causes[0]).toBe('new-code-needed');
    expect(context.triage?.fix).toEqual({
      kind: 'workflow',
      workflow: 'security-setup',
      state: 'enteringCode',
      step: 'security.enterCode',
    });
    expect(context.diagnoses).toEqual([{ symptom: 'code-not-received', causes: context.triage?.causes }]);
  });

  it('goes straight to the diagnosis for a symptom with nothing to ask', () => {
    const actor = send(choosing(), [{ type: 'CHOOSE_SYMPTOM', symptom: 'forgot-password' }]);
    expect(actor.getSnapshot().value).toBe('diagnosis');
    expect(actor.getSnapshot().context.triage?.causes).toEqual(['password-forgotten']);
  });

  it('starts the task of a workflow fix, and says which step the patient must reach', () => {
    const actor = send(choosing(), [...codeNeverCame, { type: 'START_FIX' }]);
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toEqual({ runningTask: 'securitySetup' });
    expect(snapshot.context.currentTask).toBe('security-setup');
    expect(snapshot.context.triage).toBeNull();
    expect(snapshot.context.fixStep).toEqual({
      task: 'security-setup',
      state: 'enteringCode',
      step: 'security.enterCode',
    });
    const step = describeStep(actor);
    expect(step.fixStep?.stateId).toBe('enteringCode');
    expect(JSON.stringify(step.fixStep?.instructions)).toContain('Verify');
    // The task ends: the fix step goes with it.
    actor.send({ type: 'SWITCH_TASK' });
    expect(actor.getSnapshot().context.fixStep).toBeNull();
  });

  it('starts the fix through the same checks as CHOOSE_TASK (a child under 13 goes to family access)', () => {
    const actor = send(choosing(child), [
      { type: 'CHOOSE_SYMPTOM', symptom: 'child-under-13' },
      { type: 'ANSWER', question: 'birth-date', value: child.patient?.birthDate ?? '' },
    ]);
    expect(actor.getSnapshot().context.triage?.causes).toEqual(['under-minimum-age']);
    actor.send({ type: 'START_FIX' });
    expect(actor.getSnapshot().value).toEqual({ runningTask: 'familyAccess' });
  });

  it('refuses START_FIX when the fix is the practice advice', () => {
    const actor = send(choosing(), [
      { type: 'CHOOSE_SYMPTOM', symptom: 'forgot-password' },
      { type: 'START_FIX' },
    ]);
    expect(actor.getSnapshot().value).toBe('diagnosis');
  });

  it('goes back to choosing from a question or a diagnosis, and can end there', () => {
    const asking = send(choosing(), [...codeNeverCame.slice(0, 2), { type: 'CHOOSE_ANOTHER_TASK' }]);
    expect(asking.getSnapshot().value).toBe('choosingTask');
    expect(asking.getSnapshot().context.triage).toBeNull();
    const diagnosed = send(choosing(), [...codeNeverCame, { type: 'CHOOSE_ANOTHER_TASK' }]);
    expect(diagnosed.getSnapshot().value).toBe('choosingTask');
    expect(diagnosed.getSnapshot().context.diagnoses).toHaveLength(1);
    for (const events of [codeNeverCame.slice(0, 2), codeNeverCame]) {
      const actor = send(choosing(), [...events, { type: 'END_SESSION' }]);
      expect(actor.getSnapshot().status).toBe('done');
      expect(actor.getSnapshot().context.triage).toBeNull();
    }
  });

  it.each([
    ['a question the symptom does not ask', { type: 'ANSWER', question: 'browser', value: 'x' }],
    ['a value of the wrong kind', { type: 'ANSWER', question: 'code-step', value: 'by-pigeon' }],
    ['a fact the question does not fill', { type: 'ANSWER', question: 'code-step', value: { phone: PHONE } }],
  ] as const)('flags %s and stays on the question', (_, event) => {
    const actor = send(choosing(), [codeNeverCame[0] as AssistEvent, event as AssistEvent]);
    expect(actor.getSnapshot().value).toBe('triaging');
    expect(actor.getSnapshot().context.problem).toBe('triage-refused');
    expect(actor.getSnapshot().context.triage?.answers).toEqual({});
    actor.send(codeNeverCame[1] as AssistEvent);
    expect(actor.getSnapshot().context.problem).toBeNull();
  });

  it('refuses an answer past its length cap at the boundary', () => {
    const refused: unknown[] = [];
    const actor = createWorkflowActor(assistMachine, adult, {
      onEventRefused: (r) => refused.push(r),
    }).start();
    send(actor, [{ type: 'CONTINUE' }, codeNeverCame[0] as AssistEvent]);
    actor.send({ type: 'ANSWER', question: 'phone', value: '1'.repeat(100_001) });
    expect(refused).toHaveLength(1);
    expect(JSON.stringify(refused)).not.toContain('1111111111');
    expect(actor.getSnapshot().context.triage?.answers).toEqual({});
  });

  it("offers only the practice's triage symptoms", () => {
    const input: AssistInput = {
      ...adult,
      practice: { ...adult.practice, triageSymptoms: ['forgot-password'] },
    };
    const actor = send(choosing(input), [codeNeverCame[0] as AssistEvent]);
    expect(actor.getSnapshot().value).toBe('choosingTask');
    expect(actor.getSnapshot().context.problem).toBe('triage-refused');
    actor.send({ type: 'CHOOSE_SYMPTOM', symptom: 'forgot-password' });
    expect(actor.getSnapshot().value).toBe('diagnosis');
  });

  it('puts codes only in the summary, never an answer', () => {
    const actor = send(choosing(), [...codeNeverCame, { type: 'END_SESSION' }]);
    const summary = actor.getSnapshot().output;
    expect(summary?.diagnoses).toEqual([{ symptom: 'code-not-received', causes: ['new-code-needed'] }]);
    expect(JSON.stringify(summary)).not.toContain('555');
    expect(JSON.stringify(summary)).not.toContain('security-setup"');
  });
});

describe('the triage step view', () => {
  it('shows the question being asked, in English and Spanish', () => {
    const actor = send(choosing(), codeNeverCame.slice(0, 2));
    const en = describeStep(actor).triage;
    const esView = describeStep(actor, { locale: es }).triage;
    expect(en?.status).toBe('needs-answers');
    expect(en?.question?.id).toBe('code-method');
    expect(en?.question?.text).toMatch(/text message or by phone call/);
    expect(esView?.question?.id).toBe('code-method');
    expect(esView?.question?.text).not.toBe(en?.question?.text);
    expect(describeStep(actor).key).toBe('assist.triageQuestion');
  });

  it('shows the diagnosis: cause, fix and what to say, in English and Spanish', () => {
    const actor = send(choosing(), codeNeverCame);
    for (const locale of [undefined, es]) {
      const view = describeStep(actor, locale ? { locale } : {});
      expect(view.key).toBe('assist.diagnosis');
      expect(view.triage?.status).toBe('diagnosed');
      expect(view.triage?.question).toBeNull();
      const [cause] = view.triage?.causes ?? [];
      expect(cause?.code).toBe('new-code-needed');
      expect(cause?.fix).toMatchObject({ state: 'enteringCode' });
      expect(cause?.say).toBe(view.triage?.say);
      expect(view.events.map((event) => event.type)).toEqual(
        expect.arrayContaining(['START_FIX', 'CHOOSE_ANOTHER_TASK', 'END_SESSION']),
      );
    }
    expect(describeStep(actor, { locale: es }).triage?.say).not.toBe(describeStep(actor).triage?.say);
  });

  it('has no triage outside the triage states', () => {
    expect(describeStep(choosing()).triage).toBeNull();
    expect(describeStep(choosing()).fixStep).toBeNull();
  });
});

describe('persisting a triage', () => {
  const restore = (saved: unknown) => restoreSession(assistMachine, saved).start();

  it('restores a question and a diagnosis, recomputed from the stored answers', () => {
    for (const events of [codeNeverCame.slice(0, 3), codeNeverCame]) {
      const actor = send(choosing(), events);
      const restored = restore(JSON.parse(JSON.stringify(persistSession(actor))));
      expect(restored.getSnapshot().value).toEqual(actor.getSnapshot().value);
      expect(restored.getSnapshot().context.triage).toEqual(actor.getSnapshot().context.triage);
    }
  });

  type Stored = {
    triage: { causes: string[]; answers: Record<string, unknown>; question: string | null } | null;
    diagnoses: { symptom: string; causes: string[] }[];
  };

  const tampered = (events: readonly AssistEvent[], change: (context: Stored) => void) => {
    const saved = JSON.parse(JSON.stringify(persistSession(send(choosing(), events))));
    change(saved.snapshot.context);
    return saved;
  };

  it.each([
    [
      'a diagnosis the answers do not give',
      codeNeverCame,
      (c: Stored) => {
        if (c.triage) c.triage.causes = ['landline-cannot-text'];
        c.diagnoses = [{ symptom: 'code-not-received', causes: ['landline-cannot-text'] }];
      },
    ],
    [
      'answers that give another diagnosis',
      codeNeverCame,
      (c: Stored) => {
        if (c.triage) c.triage.answers.phone = '+44 20 7946 0958';
      },
    ],
    [
      'a diagnosis the summary does not record',
      codeNeverCame,
      (c: Stored) => {
        c.diagnoses = [];
      },
    ],
    [
      'a question that is not the next one',
      codeNeverCame.slice(0, 2),
      (c: Stored) => {
        if (c.triage) c.triage.question = 'phone';
      },
    ],
    [
      'a triage missing in its state',
      codeNeverCame.slice(0, 2),
      (c: Stored) => {
        c.triage = null;
      },
    ],
    [
      'an answer diagnose refuses',
      codeNeverCame.slice(0, 2),
      (c: Stored) => {
        if (c.triage) c.triage.answers.codeStep = 'by-pigeon';
      },
    ],
  ] as const)('refuses %s', (_, events, change) => {
    const saved = tampered(events, change);
    expect(() => restore(saved)).toThrowError(
      expect.objectContaining({ code: 'invalid-snapshot' }) as unknown as Error,
    );
  });

  it('saves and restores a session with a refused symptom or answer on record', () => {
    const limited: AssistInput = {
      ...adult,
      practice: { ...adult.practice, triageSymptoms: ['forgot-password'] },
    };
    const refusedAnswer = { type: 'ANSWER', question: 'code-step', value: 'by-pigeon' } as const;
    for (const actor of [
      send(choosing(limited), [codeNeverCame[0] as AssistEvent]),
      send(choosing(), [codeNeverCame[0] as AssistEvent, refusedAnswer]),
    ]) {
      expect(actor.getSnapshot().context.problem).toBe('triage-refused');
      const restored = restore(JSON.parse(JSON.stringify(persistSession(actor))));
      expect(restored.getSnapshot().value).toEqual(actor.getSnapshot().value);
      expect(restored.getSnapshot().context.problem).toBe('triage-refused');
    }
  });

  it('refuses a refused-answer flag in a state where nothing was refused', () => {
    const saved = tampered(codeNeverCame, (c) => {
      (c as Stored & { problem: string }).problem = 'triage-refused';
    });
    expect(() => restore(saved)).toThrowError(
      expect.objectContaining({ code: 'invalid-snapshot' }) as unknown as Error,
    );
  });

  it('refuses a triage outside the triage states, never naming the answers', () => {
    const saved = JSON.parse(JSON.stringify(persistSession(choosing())));
    saved.snapshot.context.triage = {
      symptom: 'forgot-password',
      answers: {},
      question: null,
      causes: ['password-forgotten'],
      fix: { kind: 'practice' },
    };
    try {
      restore(saved);
      expect.unreachable();
    } catch (error) {
      expect(isPortalHelpdeskError(error)).toBe(true);
    }
  });
});

describe('the triage in guides and paths', () => {
  it('walks a symptom scenario through its questions, the diagnosis and the fix task', () => {
    const guide = buildGuide('assist', { symptom: 'code-not-received' }, { audience: 'staff' });
    const states = JSON.stringify(guide);
    expect(states).toContain('triaging');
    expect(states).toContain('diagnosis');
    expect(states).toContain('runningTask.securitySetup');
  });

  it('ends the walk at the diagnosis when the fix is the practice advice', () => {
    const states = JSON.stringify(
      buildGuide('assist', { symptom: 'forgot-password' }, { audience: 'staff' }),
    );
    expect(states).toContain('diagnosis');
    expect(states).not.toContain('runningTask');
  });

  it('workflowPaths reaches both triage states and starts a fix', () => {
    const paths = workflowPaths('assist', { variants: ['patient-browser-unknown'] });
    const passed = new Set(paths.flatMap((path) => path.states));
    expect(passed.has('triaging')).toBe(true);
    expect(passed.has('diagnosis')).toBe(true);
    expect(
      paths.some(
        (path) =>
          path.events.some((event) => event.type === 'START_FIX') &&
          path.finalState === 'runningTask.profileSwitch',
      ),
    ).toBe(true);
  });

  it('never puts an answer in the summary, whatever is answered (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.boolean(), (text, flag) => {
        const actor = send(choosing(), [
          { type: 'CHOOSE_SYMPTOM', symptom: 'security-answer-refused' },
          {
            type: 'ANSWER',
            question: 'saved-answer',
            value: { answer: `zq${text}`, savedAnswer: `zq${text}x` },
          },
          { type: 'ANSWER', question: 'answer-special-characters', value: flag },
          { type: 'END_SESSION' },
        ]);
        const summary = JSON.stringify(actor.getSnapshot().output);
        expect(summary).not.toContain(`zq${text}`);
        // Another word than the one kept: the answer is not remembered, whatever the characters.
        expect(actor.getSnapshot().output?.diagnoses[0]?.causes).toEqual(['answer-forgotten']);
      }),
      { numRuns: 50 },
    );
  });
});
