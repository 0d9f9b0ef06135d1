// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { AssistElement } from '../../src/element/index.js';
import { defineAssistElement } from '../../src/element/index.js';
import { mount, sampleAssistInput, settle, shadow } from './utils.js';

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

describe('<portal-helpdesk-assist> inputs', () => {
  it('names the bad fields in an alert and an error event, never their values', async () => {
    const sample = sampleAssistInput();
    const input = { ...sample, practice: { ...sample.practice, portalUrl: 'http://secret-portal.example' } };
    const { element, events } = await mount(input);
    const alert = shadow(element).querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('practice.portalUrl');
    expect(shadow(element).textContent).not.toContain('secret-portal');
    expect(events.error).toEqual([{ code: 'invalid-input', issues: [{ path: ['practice', 'portalUrl'] }] }]);
    expect(JSON.stringify(events.error)).not.toContain('secret-portal');
    expect(element.step).toBeNull();
  });

  it('waits for practice without an error, never throws out of a setter, and starts once the input is valid', async () => {
    const { element, events } = await mount({});
    expect(events.error).toEqual([]);
    expect(element.step).toBeNull();
    element.patient = sampleAssistInput().patient;
    await settle();
    expect(events.error).toEqual([]);
    expect(() => {
      Reflect.set(element, 'practice', 42);
      Reflect.set(element, 'now', { not: 'a date' });
    }).not.toThrow();
    await settle();
    expect(events.error.at(-1)?.code).toBe('invalid-input');
    const input = sampleAssistInput();
    element.practice = input.practice;
    element.now = input.now;
    await settle();
    // No staff given: jsdom's user agent is no supported browser, so no "Log in to Portal as Patient".
    expect(element.step?.stateId).toBe('reviewingPreChecksWithoutPortalLogin');
  });

  it('reads the clock and the browser itself when the host gives no now and no staff', async () => {
    const { practice, patient } = sampleAssistInput();
    const { element, events } = await mount({ practice, ...(patient ? { patient } : {}) });
    expect(events.error).toEqual([]);
    // jsdom's own user agent is no supported browser: "Log in to Portal as Patient" is not offered.
    expect(element.step?.stateId).toBe('reviewingPreChecksWithoutPortalLogin');
  });

  it('keeps the facts a running session started with', async () => {
    const { element } = await mount();
    const patient = sampleAssistInput().patient;
    if (!patient) throw new Error('sample has a patient');
    element.patient = { ...patient, birthDate: 'not a date' };
    await settle();
    expect(element.step?.stateId).toBe('reviewingPreChecks');
  });

  it('takes properties a host set before the element was defined', async () => {
    const element = document.createElement('portal-helpdesk-later') as AssistElement;
    const input = sampleAssistInput();
    Object.assign(element, { practice: input.practice, patient: input.patient, now: input.now });
    document.body.append(element);
    defineAssistElement('portal-helpdesk-later');
    await settle();
    expect(element.step?.stateId).toBe('reviewingPreChecksWithoutPortalLogin');
  });
});
