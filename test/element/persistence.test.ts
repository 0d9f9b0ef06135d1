// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { button, mount, sampleAssistInput, sampleInputWithPatient, settle, shadow } from './utils.js';

const KEY = 'assist:pat-1001';

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

describe('<portal-helpdesk-assist> persistence', () => {
  it('saves under storage-key and resumes where it was', async () => {
    const first = await mount(sampleAssistInput(), { 'storage-key': KEY });
    button(first.element, 'Continue').click();
    expect(localStorage.getItem(KEY)).toContain('choosingTask');
    first.element.remove();
    const second = await mount(sampleAssistInput(), { 'storage-key': KEY });
    expect(second.element.step?.stateId).toBe('choosingTask');
    expect(second.events.error).toEqual([]);
  });

  it('resumes a save when the page sets the properties in a later script', async () => {
    const first = await mount(sampleAssistInput(), { 'storage-key': KEY });
    button(first.element, 'Continue').click();
    first.element.remove();
    // The documented page: the element is defined and connected first, its properties come later.
    const second = await mount({}, { 'storage-key': KEY });
    expect(second.element.step).toBeNull();
    expect(localStorage.getItem(KEY)).toContain('choosingTask');
    const input = sampleAssistInput();
    second.element.practice = input.practice;
    if (input.patient) second.element.patient = input.patient;
    await settle();
    expect(second.element.step?.stateId).toBe('choosingTask');
    expect(second.events.error).toEqual([]);
  });

  it('drops a corrupt save with a notice and an error event, and starts afresh', async () => {
    for (const saved of ['not json', '{"format":"portal-helpdesk/session","schemaVersion":1}']) {
      localStorage.setItem(KEY, saved);
      const { element, events } = await mount(sampleAssistInput(), { 'storage-key': KEY });
      expect(element.step?.stateId).toBe('reviewingPreChecks');
      expect(events.error.map((error) => error.code)).toEqual(['invalid-snapshot']);
      expect(shadow(element).querySelector('[role="status"]')?.textContent).toContain(
        'could not be restored',
      );
      expect(localStorage.getItem(KEY)).toContain('reviewingPreChecks');
      element.remove();
    }
  });

  it('does not resume a save made for another patient', async () => {
    const first = await mount(sampleAssistInput(), { 'storage-key': KEY });
    button(first.element, 'Continue').click();
    first.element.remove();
    const second = await mount(sampleInputWithPatient({ id: 'pat-2002' }), { 'storage-key': KEY });
    expect(second.element.step?.stateId).toBe('reviewingPreChecks');
    expect(second.events.error).toEqual([]);
  });

  it('does not resume a save whose facts the chart no longer gives, for the same patient id', async () => {
    const first = await mount(sampleAssistInput(), { 'storage-key': KEY });
    button(first.element, 'Continue').click();
    first.element.remove();
    // The same chart id, now a 9-year-old: the adult's save must not carry on for them.
    const child = await mount(sampleInputWithPatient({ birthDate: '2017-03-02' }), { 'storage-key': KEY });
    expect(child.element.step?.stateId).toBe('reviewingPreChecks');
    expect(localStorage.getItem(KEY)).toContain('2017-03-02');
    child.element.remove();
    localStorage.clear();
    const again = await mount(sampleAssistInput(), { 'storage-key': KEY });
    button(again.element, 'Continue').click();
    again.element.remove();
    const input = sampleAssistInput();
    const moved = await mount(
      { ...input, practice: { ...input.practice, portalUrl: 'https://portal.example-new.test/' } },
      { 'storage-key': KEY },
    );
    expect(moved.element.step?.stateId).toBe('reviewingPreChecks');
    expect(localStorage.getItem(KEY)).toContain('portal.example-new.test');
  });

  it('saves nothing with persist="none" or without a key', async () => {
    const { element } = await mount(sampleAssistInput(), { 'storage-key': KEY, persist: 'none' });
    button(element, 'Continue').click();
    const bare = await mount(sampleAssistInput());
    button(bare.element, 'Continue').click();
    expect(localStorage.length).toBe(0);
  });
});

describe('<portal-helpdesk-assist> without storage', () => {
  it('reports storage-unavailable and goes on when the browser refuses localStorage', async () => {
    vi.stubGlobal('localStorage', {
      getItem: () => null,
      removeItem: () => undefined,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    });
    try {
      const { element, events } = await mount(sampleAssistInput(), { 'storage-key': KEY });
      button(element, 'Continue').click();
      expect(element.step?.stateId).toBe('choosingTask');
      expect(events.error.map((error) => error.code)).toContain('storage-unavailable');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
