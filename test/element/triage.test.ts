// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { AssistElement } from '../../src/element/index.js';
import { speechFor } from '../../src/element/locale.js';
import { triageSection } from '../../src/element/triage-section.js';
import type { TriageStepView } from '../../src/guides/index.js';
import { en } from '../../src/locales/en/index.js';
import { es } from '../../src/locales/es/index.js';
import type { AssistEvent } from '../../src/workflows/index.js';
import { button, field, mount, sampleAssistInput, shadow, submit } from './utils.js';

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

/** Mounts the element and records what its controls send. */
async function triaging(symptom: string, locale: string | typeof es = 'en') {
  const { element, events } = await mount();
  element.locale = locale;
  const sent: AssistEvent[] = [];
  const send = element.send.bind(element);
  element.send = (event) => {
    sent.push(event);
    send(event);
  };
  button(element, locale === 'en' ? 'Continue' : 'Continuar').click();
  const chooser = symptomSelect(element);
  chooser.value = symptom;
  submit(chooser.form as HTMLFormElement);
  return { element, events, sent };
}

function symptomSelect(element: AssistElement): HTMLSelectElement {
  const select = shadow(element).querySelector<HTMLSelectElement>('select[name="symptom"]');
  if (!select) throw new Error('no symptom chooser');
  return select;
}

const triageText = (element: AssistElement) => shadow(element).querySelector('section.triage')?.textContent;
const answerForm = (element: AssistElement) => {
  const found = shadow(element).querySelector<HTMLFormElement>('section.triage form');
  if (!found) throw new Error('no answer form');
  return found;
};

describe('<portal-helpdesk-assist> triage', () => {
  it('names the symptoms in words, never ids, in English and in Spanish', async () => {
    const { element } = await mount();
    button(element, 'Continue').click();
    const names = () => Array.from(symptomSelect(element).options).map((option) => option.textContent);
    expect(names()).toContain('The code never came');
    expect(names()).not.toContain('Code not received');
    element.locale = es;
    expect(names()).toContain('Nunca le llegó el código');
    // The built-in Spanish has no triage words: English names.
    element.locale = 'es';
    expect(names()).toContain('The code never came');
  });

  it("offers only the practice's symptoms, in its order", async () => {
    const sample = sampleAssistInput();
    const practice = {
      ...sample.practice,
      triageSymptoms: ['forgot-password', 'code-not-received'] as const,
    };
    const { element } = await mount({ ...sample, practice });
    button(element, 'Continue').click();
    expect(Array.from(symptomSelect(element).options).map((option) => option.value)).toEqual([
      'forgot-password',
      'code-not-received',
    ]);
  });

  it('answers a choice with its value and a phone as text, to a diagnosis and its fix', async () => {
    const { element, sent } = await triaging('code-not-received');
    expect(shadow(element).activeElement?.id).toBe('phd-triage-heading');
    expect(triageText(element)).toContain('The code never came');
    button(element, 'Setting up "Text me" or "Call me"').click();
    button(element, 'By text message').click();
    const phone = field<HTMLInputElement>(answerForm(element), 'Which phone number did the patient type?');
    phone.value = '(201) 555-0123';
    submit(answerForm(element));
    expect(sent.filter((event) => event.type === 'ANSWER')).toEqual([
      { type: 'ANSWER', question: 'code-step', value: 'security-setup' },
      { type: 'ANSWER', question: 'code-method', value: 'text' },
      { type: 'ANSWER', question: 'phone', value: '(201) 555-0123' },
    ]);
    expect(element.step?.stateId).toBe('diagnosis');
    expect(element.step?.problem).toBeNull();
    // The diagnosis: the cause, what to say, the task that fixes it, and "Start the fix".
    const text = triageText(element) ?? '';
    expect(text).toContain('The code for the security setup did not arrive or no longer works.');
    expect(text).toContain('Say: Please check the number you typed, then ask for a new code.');
    expect(text).toContain('Fix: Set up your account security');
    button(element, 'Start the fix').click();
    expect(sent.at(-1)).toEqual({ type: 'START_FIX' });
    expect(element.step?.task?.workflowId).toBe('security-setup');
    expect(shadow(element).querySelector('.task')?.textContent).toContain('Take the patient to: ');
  });

  it("shows a check's advice to staff apart from what to say to the patient", async () => {
    const { element } = await triaging('code-not-received');
    button(element, 'Setting up "Text me" or "Call me"').click();
    button(element, 'By text message').click();
    const phone = field<HTMLInputElement>(answerForm(element), 'Which phone number did the patient type?');
    phone.value = '+1 800 555 0100';
    submit(answerForm(element));
    const text = triageText(element) ?? '';
    expect(text).toContain(en.phone['toll-free']);
    expect(text).toContain(`Say: ${en.triage.tell['phone-not-personal']}`);
  });

  it('answers no with false, and a date as YYYY-MM-DD text', async () => {
    const { element, sent } = await triaging('no-invitation-email');
    const date = field<HTMLInputElement>(answerForm(element), "What is the patient's date of birth?");
    expect(date.type).toBe('date');
    date.value = '1990-01-15';
    submit(answerForm(element));
    button(element, 'No').click();
    expect(sent.slice(-2)).toEqual([
      { type: 'ANSWER', question: 'birth-date', value: '1990-01-15' },
      { type: 'ANSWER', question: 'email-on-file', value: false },
    ]);
    expect(element.step?.stateId).toBe('diagnosis');
    // A practice's advice has no task to start.
    expect(() => button(element, 'Start the fix')).toThrow();
    expect(triageText(element)).toContain("Practice's advice");
  });

  it('sends nothing for an empty answer', async () => {
    const { element, sent } = await triaging('child-under-13');
    submit(answerForm(element));
    expect(sent.filter((event) => event.type === 'ANSWER')).toEqual([]);
    expect(element.step?.triage?.question?.id).toBe('birth-date');
  });

  it('answers a browser named on the phone with the fields filled, as an object', async () => {
    const { element, sent } = await triaging('browser-warning');
    const form = answerForm(element);
    const browser = field<HTMLSelectElement>(form, 'Browser');
    expect(Array.from(browser.options).map((option) => option.textContent)).toContain('Internet Explorer');
    browser.selectedIndex = Array.from(browser.options).findIndex(
      (o) => o.textContent === 'Internet Explorer',
    );
    const os = field<HTMLSelectElement>(form, 'Device or system');
    os.selectedIndex = Array.from(os.options).findIndex((option) => option.textContent === 'Windows 10');
    submit(form);
    expect(sent.at(-1)).toEqual({
      type: 'ANSWER',
      question: 'browser',
      value: { browser: 'internet-explorer', os: 'windows-10' },
    });
    expect(element.step?.triage?.causes[0]?.code).toBe('browser-not-supported');
  });

  it('sends a number answer as a number', () => {
    const view: TriageStepView = {
      symptom: 'cannot-attach-file',
      name: 'Cannot attach a file',
      status: 'needs-answers',
      question: {
        id: 'attachments',
        text: 'How many files is the patient trying to attach?',
        facts: ['attachments'],
        answer: { type: 'number', min: 0, max: 10_000 },
      },
      causes: [],
      say: '',
      lang: 'en',
    };
    const sent: unknown[] = [];
    const section = triageSection(document, view, speechFor('en'), (event) => sent.push(event));
    document.body.append(section);
    const input = field<HTMLInputElement>(section, 'How many files is the patient trying to attach?');
    expect(input.type).toBe('number');
    input.value = '12';
    submit(section.querySelector('form') as HTMLFormElement);
    expect(sent).toEqual([{ type: 'ANSWER', question: 'attachments', value: 12 }]);
  });

  it('speaks Spanish with the es locale object, and keeps the question when the language changes', async () => {
    const { element, sent } = await triaging('code-not-received', es);
    expect(triageText(element)).toContain('Nunca le llegó el código');
    expect(shadow(element).querySelector('section.triage')?.hasAttribute('lang')).toBe(false);
    button(element, 'Configurar "Text me" o "Call me"').click();
    expect(sent.at(-1)).toEqual({ type: 'ANSWER', question: 'code-step', value: 'security-setup' });
    expect(button(element, 'Por mensaje de texto')).toBeTruthy();
    element.locale = 'en';
    expect(element.step?.triage?.question?.id).toBe('code-method');
    button(element, 'By phone call').click();
    expect(sent.at(-1)).toEqual({ type: 'ANSWER', question: 'code-method', value: 'call' });
    // The built-in Spanish: Spanish controls, the triage in English marked as English.
    element.setAttribute('locale', 'es');
    expect(shadow(element).querySelector('section.triage')?.getAttribute('lang')).toBe('en');
    expect(button(element, 'Anotar la respuesta')).toBeTruthy();
  });

  it('announces each new question in the live region', async () => {
    const { element, events } = await triaging('code-not-received');
    const live = () => shadow(element).querySelector('[aria-live="polite"]')?.textContent;
    expect(live()).toContain('Was the code for setting up');
    button(element, 'Setting up "Text me" or "Call me"').click();
    expect(live()).toContain('Was the code to come by text message or by phone call?');
    expect(events['step-change'].map((view) => view.triage?.question?.id ?? null).slice(-2)).toEqual([
      'code-step',
      'code-method',
    ]);
  });

  it('draws markup in a locale’s triage words as text', async () => {
    const markup = '<img src=x onerror=alert(1)>';
    const hostile = {
      ...es,
      triage: {
        ...es.triage,
        symptoms: { ...es.triage.symptoms, 'code-not-received': { name: markup, phrasings: [] } },
        answers: { ...es.triage.answers, codeStep: { 'security-setup': markup, 'phone-of-record': markup } },
      },
    };
    const { element } = await triaging('code-not-received', hostile);
    expect(shadow(element).querySelector('img')).toBeNull();
    expect(triageText(element)).toContain(markup);
  });
});
