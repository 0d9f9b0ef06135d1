import { describe, expect, it } from 'vitest';
import type { Actor } from 'xstate';
import { describeStep, type TriageAnswerView } from '../../src/guides/index.js';
import { isPortalHelpdeskError } from '../../src/index.js';
import { es } from '../../src/locales/es/index.js';
import { symptomIds } from '../../src/rules/index.js';
import { sampleInputs } from '../../src/testing/index.js';
import {
  type AssistInput,
  assistMachine,
  createWorkflowActor,
  persistSession,
  restoreSession,
} from '../../src/workflows/index.js';

type AssistActor = Actor<typeof assistMachine>;

const adult = sampleInputs.assist['patient-browser-unknown'] as AssistInput;

function triaging(symptom: (typeof symptomIds)[number]): AssistActor {
  const actor = createWorkflowActor(assistMachine, adult).start();
  actor.send({ type: 'CONTINUE' });
  actor.send({ type: 'CHOOSE_SYMPTOM', symptom });
  return actor;
}

/** A value of the answer's own type, as a renderer sends it (a named browser, not a user agent). */
function typedValue(answer: TriageAnswerView): string | number | boolean | Record<string, string> {
  if (answer.type === 'fields')
    return Object.fromEntries(
      answer.fields
        .filter((field) => field.fact !== 'userAgent')
        .map((field) => [field.fact, String(typedValue(field))]),
    );
  if (answer.type === 'number') return answer.min + 1;
  if (answer.type === 'text') return answer.format === 'date' ? '1990-01-15' : '(201) 555-0123';
  const first = answer.choices[0];
  if (first === undefined) throw new Error('a choice answer without choices');
  return first.value;
}

/** The same answer as text, as the element sent every answer before: refused for a boolean or a number. */
function asText(answer: TriageAnswerView): string | null {
  return answer.type === 'yes-no' || answer.type === 'number' ? String(typedValue(answer)) : null;
}

describe("describeStep's triage question: how it is answered", () => {
  it.each(symptomIds)('%s: every question takes a value of its answer type, and only that', (symptom) => {
    const actor = triaging(symptom);
    const asked: string[] = [];
    while (actor.getSnapshot().value === 'triaging') {
      const question = describeStep(actor).triage?.question;
      if (!question) throw new Error('triaging without a question');
      asked.push(`${question.id}:${question.answer.type}`);
      const wrong = asText(question.answer);
      if (wrong !== null) {
        actor.send({ type: 'ANSWER', question: question.id, value: wrong });
        expect(actor.getSnapshot().context.problem).toBe('triage-refused');
      }
      // An empty object answers nothing: refused too, whatever the answer type.
      actor.send({ type: 'ANSWER', question: question.id, value: {} });
      expect(actor.getSnapshot().context.problem).toBe('triage-refused');
      actor.send({ type: 'ANSWER', question: question.id, value: typedValue(question.answer) });
      expect(actor.getSnapshot().context.problem).toBeNull();
      expect(asked.length).toBeLessThan(10);
    }
    expect(actor.getSnapshot().value).toBe('diagnosis');
  });

  it('gives yes-no, choice, text (date) and fields answers what their controls need', () => {
    const answers = new Map<string, TriageAnswerView>();
    for (const symptom of symptomIds) {
      const actor = triaging(symptom);
      for (let asked = 0; actor.getSnapshot().value === 'triaging' && asked < 10; asked++) {
        const question = describeStep(actor).triage?.question;
        if (!question) throw new Error('triaging without a question');
        answers.set(question.id, question.answer);
        actor.send({ type: 'ANSWER', question: question.id, value: typedValue(question.answer) });
      }
    }
    expect(answers.get('code-step')).toEqual({
      type: 'choice',
      choices: [
        { value: 'security-setup', label: 'Setting up "Text me" or "Call me"' },
        { value: 'phone-of-record', label: 'Confirming the phone on file' },
      ],
    });
    expect(answers.get('birth-date')).toEqual({ type: 'text', maxLength: 10, format: 'date' });
    expect(answers.get('message-text')).toMatchObject({ type: 'text', format: null });
    expect(answers.get('browser')).toMatchObject({
      type: 'fields',
      fields: [
        { fact: 'userAgent', type: 'text', label: 'User agent, if you have it' },
        { fact: 'browser', type: 'choice', label: 'Browser' },
        { fact: 'os', type: 'choice', label: 'Device or system' },
      ],
    });
    const actor = triaging('no-invitation-email');
    actor.send({ type: 'ANSWER', question: 'birth-date', value: '1990-01-15' });
    expect(describeStep(actor).triage?.question?.answer).toEqual({
      type: 'yes-no',
      choices: [
        { value: true, label: 'Yes' },
        { value: false, label: 'No' },
      ],
    });
    expect(describeStep(actor, { locale: es }).triage?.question?.answer).toEqual({
      type: 'yes-no',
      choices: [
        { value: true, label: 'Sí' },
        { value: false, label: 'No' },
      ],
    });
  });

  it('labels every choice in words, never its value, in English and in Spanish', () => {
    for (const symptom of symptomIds) {
      const actor = triaging(symptom);
      for (let asked = 0; actor.getSnapshot().value === 'triaging'; asked++) {
        expect(asked).toBeLessThan(10);
        const views = [describeStep(actor), describeStep(actor, { locale: es })];
        expect(views.map((view) => view.triage?.lang)).toEqual(['en', 'es']);
        const [en, spanish] = views.map((view) => view.triage?.question?.answer);
        if (!en || !spanish) throw new Error('triaging without a question');
        const fields = (answer: TriageAnswerView) => (answer.type === 'fields' ? answer.fields : [answer]);
        for (const field of [...fields(en), ...fields(spanish)]) {
          if ('fact' in field && 'label' in field) expect(field.label).not.toBe(field.fact);
          if (!('choices' in field)) continue;
          for (const choice of field.choices) {
            expect(choice.label).not.toBe(String(choice.value));
            expect(choice.label).not.toBe('');
          }
        }
        if (en.type === 'choice' && spanish.type === 'choice')
          expect(spanish.choices.map((choice) => choice.label)).not.toEqual(
            en.choices.map((choice) => choice.label),
          );
        const question = views[0]?.triage?.question;
        if (!question) throw new Error('triaging without a question');
        actor.send({ type: 'ANSWER', question: question.id, value: typedValue(question.answer) });
      }
    }
  });

  it('reads the triage in English, marked so, with a locale made for guides only', () => {
    const actor = triaging('code-not-received');
    const triage = describeStep(actor, {
      locale: { code: 'es', guide: es.guide } as unknown as typeof es,
    }).triage;
    expect(triage?.lang).toBe('en');
    expect(triage?.name).toBe('The code never came');
  });
});

describe('triage answers never name a key the caller did not define', () => {
  const SECRET = 'Jordan Rivera SSN 123-45-6789';
  const leaks = (error: unknown) => {
    const text =
      JSON.stringify(error) + String(error) + JSON.stringify((error as { issues?: unknown }).issues);
    return text.includes('Jordan') || text.includes('123-45');
  };

  it('a saved session with a foreign key in its answers is refused at the answers path', () => {
    const actor = triaging('cannot-see-family-record');
    const saved = persistSession(actor) as {
      snapshot: { context: { triage: { answers: Record<string, unknown> } } };
    };
    for (const [key, value] of [
      [`${SECRET} DOB 1987-07-14`, true],
      [SECRET.slice(0, 20), [1]],
      ['123-45-6789', 'x'],
    ] as const) {
      const forged = structuredClone(saved);
      forged.snapshot.context.triage.answers[key] = value;
      let caught: unknown;
      try {
        restoreSession(assistMachine, forged);
      } catch (error) {
        caught = error;
      }
      expect(isPortalHelpdeskError(caught)).toBe(true);
      expect(leaks(caught)).toBe(false);
    }
  });

  it('an ANSWER whose object value holds a foreign key is refused without naming it', () => {
    const refusals: unknown[] = [];
    const actor = createWorkflowActor(assistMachine, adult, {
      onEventRefused: (refusal) => refusals.push(refusal),
    });
    actor.start();
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'CHOOSE_SYMPTOM', symptom: 'cannot-see-family-record' });
    actor.send({
      type: 'ANSWER',
      question: 'name-under-switch-to-view',
      value: { [SECRET]: 'x' } as never,
    });
    expect(refusals).toHaveLength(1);
    expect(leaks(refusals)).toBe(false);
  });
});
