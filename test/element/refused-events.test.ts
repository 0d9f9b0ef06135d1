// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { button, field, form, mount, sampleInputWithPatient, shadow, startTask, submit } from './utils.js';

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

const alerts = (root: ShadowRoot) =>
  Array.from(root.querySelectorAll('[role="alert"]')).map((alert) => alert.textContent);

describe('<portal-helpdesk-assist> events refused at the boundary', () => {
  it.each([
    {
      locale: 'en',
      title: 'Family access set up',
      label: 'Caregiver’s birth date (YYYY-MM-DD)',
      alert: 'Problem: Missing or not valid: Caregiver’s birth date (YYYY-MM-DD)',
    },
    {
      locale: 'es',
      title: 'Acceso familiar configurado',
      label: 'Fecha de nacimiento del cuidador (AAAA-MM-DD)',
      alert: 'Problema: Faltan o no son válidos: Fecha de nacimiento del cuidador (AAAA-MM-DD)',
    },
  ])('$locale: a date not written YYYY-MM-DD is named in an alert, never its value', async (words) => {
    const { element, events } = await mount(sampleInputWithPatient({ birthDate: '2016-09-02' }), {
      persist: 'none',
    });
    const root = shadow(element);
    startTask(element, 'family-access');
    element.setAttribute('locale', words.locale);
    expect(element.step?.task?.stateId).toBe('settingUpAccess');
    const setUp = () => form(element, words.title);
    field<HTMLInputElement>(setUp(), words.label).value = '01/20/1990';
    submit(setUp());
    expect(element.step?.task?.stateId).toBe('settingUpAccess');
    expect(alerts(root)).toEqual([words.alert]);
    expect(root.innerHTML).not.toContain('01/20/1990');
    expect(events.error).toEqual([]);
    // The next action clears it, accepted or not by the machine.
    field<HTMLInputElement>(setUp(), words.label).value = '1990-01-20';
    submit(setUp());
    expect(element.step?.task?.stateId).not.toBe('settingUpAccess');
    expect(alerts(root)).toEqual([]);
  });

  it('names a field of a structured payload sent by the host by its path', async () => {
    const { element } = await mount();
    button(element, 'Continue').click();
    element.send({
      type: 'CHOOSE_TASK',
      task: 'registration',
      user: { role: 'family-member', displayName: 'Sam Rivera', birthDate: '20/01/1990' },
    });
    expect(element.step?.stateId).toBe('choosingTask');
    expect(alerts(shadow(element))).toEqual(['Problem: Missing or not valid: user.birthDate']);
    submit(form(element, 'Start a task'));
    expect(element.step?.stateId).not.toBe('choosingTask');
    expect(alerts(shadow(element))).toEqual([]);
  });
});
