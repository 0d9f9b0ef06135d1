// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { elementWords } from '../../src/element/index.js';
import { workflowDefinitions } from '../../src/workflows/index.js';
import { payloadOf } from '../../src/workflows/shared/event-schema.js';
import {
  button,
  field,
  form,
  headings,
  mount,
  sampleAssistInput,
  sampleInputWithPatient,
  settle,
  shadow,
  startTask,
  submit,
} from './utils.js';

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

describe('<portal-helpdesk-assist> rendering', () => {
  it('draws the pre-checks step and reports it', async () => {
    const { element, events } = await mount();
    expect(headings(element).session).toBe('Helping a patient with the portal');
    expect(events['step-change'].map((view) => view.stateId)).toEqual(['reviewingPreChecks']);
    const root = shadow(element);
    expect(root.querySelector('.labels')?.textContent).toContain('Log in to Portal as Patient');
    expect(root.querySelector('[aria-live="polite"]')?.textContent).toContain(
      'Helping a patient with the portal',
    );
    expect(button(element, 'Continue')).toBeTruthy();
    expect(form(element, 'Report the patient’s browser')).toBeTruthy();
  });

  it('runs a registration task through buttons and forms, focus on the new step', async () => {
    const { element, events } = await mount();
    button(element, 'Continue').click();
    expect(element.step?.stateId).toBe('choosingTask');
    const chooser = form(element, 'Start a task');
    field<HTMLSelectElement>(chooser, 'Task').value = 'registration';
    field<HTMLSelectElement>(chooser, 'How registration started').value = 'lab-result';
    expect(field<HTMLSelectElement>(chooser, 'Task').selectedOptions[0]?.textContent).toBe(
      'Create your Patient Portal account',
    );
    submit(chooser);
    expect(headings(element).task).toBe('Create your Patient Portal account');
    expect(shadow(element).activeElement?.id).toBe('phd-task-heading');
    expect(element.step?.task?.stateId).toBe('openingLabResult');
    button(element, 'Patient opened the link').click();
    const create = form(element, 'Create account');
    for (const label of ['Email address entered twice', 'Password entered twice', 'Terms accepted']) {
      field<HTMLInputElement>(create, label).checked = true;
    }
    submit(create);
    expect(element.step?.task?.stateId).toBe('security.choosingOption');
    expect(events['step-change'].at(-1)?.task?.workflowId).toBe('registration');
    expect(shadow(element).querySelector('[aria-live="polite"]')?.textContent).toContain(
      'Create your Patient Portal account',
    );
    // The session's own events stay beside the task's.
    expect(button(element, 'Switch task')).toBeTruthy();
    expect(button(element, 'End session')).toBeTruthy();
  });

  it('shows the last step of a finished task and its outcome', async () => {
    const { element } = await mount(sampleInputWithPatient({ birthDate: '2016-09-02' }));
    startTask(element, 'registration');
    // The pre-check knew the patient is 9: registration is refused before any step, with the reason.
    expect(element.step?.stateId).toBe('taskBlocked');
    expect(element.step?.problem).toBe('patient-under-minimum-age');
    const text = shadow(element).textContent ?? '';
    expect(text).toContain('This task cannot start');
    expect(text).toContain('family access account');
    expect(button(element, 'Choose another task')).toBeTruthy();
  });

  it('shows a refused phone number as a problem in an alert', async () => {
    const { element } = await mount();
    startTask(element, 'security-setup');
    button(element, 'Text me').click();
    const send = form(element, 'Send code');
    field<HTMLInputElement>(send, 'Phone number').value = '12';
    submit(send);
    const problem = shadow(element).querySelector('.task .problem');
    expect(problem?.getAttribute('role')).toBe('alert');
    expect(problem?.textContent).toBe('Problem: That phone number is not valid.');
  });

  it('speaks Spanish with locale="es", and switches language live', async () => {
    const { element } = await mount(sampleAssistInput(), { locale: 'es' });
    expect(shadow(element).querySelector('section')?.getAttribute('lang')).toBe('es');
    expect(button(element, 'Continuar')).toBeTruthy();
    expect(headings(element).session).not.toBe('Helping a patient with the portal');
    const live = () => shadow(element).querySelector('[aria-live="polite"]')?.textContent ?? '';
    const spanish = live();
    const steps = element.step;
    element.locale = 'en';
    expect(button(element, 'Continue')).toBeTruthy();
    expect(headings(element).session).toBe('Helping a patient with the portal');
    // The live region says the same step again, in English.
    expect(live()).not.toBe(spanish);
    expect(live()).toContain('Helping a patient with the portal');
    expect(element.step?.stateId).toBe(steps?.stateId);
  });

  it('glosses portal labels in Spanish by default, and not with labels="translated"', async () => {
    const { element } = await mount();
    startTask(element, 'security-setup');
    element.locale = 'es';
    const task = () => shadow(element).querySelector('.task')?.textContent ?? '';
    expect(element.labels).toBe('portal');
    expect(task()).toContain('Text me');
    expect(task()).toContain('(Envíenme un mensaje de texto)');
    element.labels = 'translated';
    expect(element.getAttribute('labels')).toBe('translated');
    expect(task()).toContain('Text me');
    expect(task()).not.toContain('(Envíenme un mensaje de texto)');
  });

  it('leaves staff notes out for audience="patient" and marks them for staff', async () => {
    const { element } = await mount();
    startTask(element, 'security-setup');
    expect(shadow(element).querySelectorAll('.note-staff').length).toBeGreaterThan(0);
    expect(shadow(element).querySelector('.note-staff .note-kind')?.textContent).toBe('Staff note: ');
    element.audience = 'patient';
    expect(shadow(element).querySelectorAll('.note-staff').length).toBe(0);
  });

  it('shows a hostile patient name as text, never as markup', async () => {
    const { element } = await mount(sampleInputWithPatient({ displayName: '<img src=x onerror=alert(1)>' }));
    startTask(element, 'relationship');
    const root = shadow(element);
    expect(root.textContent).toContain('I am <img src=x onerror=alert(1)>');
    expect(root.querySelectorAll('img').length).toBe(0);
  });

  it('draws a name holding a bidi override or a line break flat, as the renderers do', async () => {
    const { element } = await mount(sampleInputWithPatient({ displayName: 'Ana \u202eareviR\u2066\nX' }));
    startTask(element, 'relationship');
    const text = shadow(element).textContent ?? '';
    expect(text).toContain('I am Ana areviR X');
    expect(text).not.toMatch(/[\u202e\u2066]/);
  });

  it('ends the session with a summary of codes, and offers a new one', async () => {
    const { element, events } = await mount(sampleAssistInput(), { 'storage-key': 'assist-test' });
    button(element, 'Continue').click();
    button(element, 'End session').click();
    expect(events['session-end']).toHaveLength(1);
    const summary = JSON.stringify(events['session-end'][0]);
    expect(summary).toContain('pat-1001');
    expect(summary).not.toContain('Jordan');
    expect(localStorage.getItem('assist-test')).toBeNull();
    expect(shadow(element).textContent).toContain('The session has ended.');
    button(element, 'New session').click();
    await settle();
    expect(element.step?.stateId).toBe('reviewingPreChecks');
  });

  it('has words for every payload field and choice, in both languages', () => {
    for (const words of Object.values(elementWords)) {
      const payloads = workflowDefinitions.flatMap((definition) => definition.events.map(payloadOf));
      for (const payload of payloads) {
        for (const [name, kind] of Object.entries(payload)) {
          expect(Object.hasOwn(words.fields, name), name).toBe(true);
          // Tasks show their titles; symptoms and questions their ids, humanised.
          if (typeof kind === 'object' && !['task', 'symptom', 'question'].includes(name)) {
            const table: Record<string, string> = name === 'channel' ? words.channels : words.starts;
            for (const value of kind.oneOf) expect(Object.hasOwn(table, value), value).toBe(true);
          }
        }
      }
    }
  });
});
