// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';

describe('defineAssistElement', () => {
  it('importing the entry defines nothing', async () => {
    // `npm run test:unit` shares modules and the DOM between files: load the entry afresh.
    vi.resetModules();
    const define = vi.spyOn(customElements, 'define');
    try {
      await import('../../src/element/index.js');
      expect(define).not.toHaveBeenCalled();
    } finally {
      define.mockRestore();
    }
  });

  it('defining is explicit and idempotent', async () => {
    const entry = await import('../../src/element/index.js');
    const defined = entry.defineAssistElement();
    expect(customElements.get('portal-helpdesk-assist')).toBe(defined);
    expect(entry.defineAssistElement()).toBe(defined);
    expect(new (defined as new () => HTMLElement)()).toBeInstanceOf(HTMLElement);
  });

  it('registers under another tag name with its own subclass', async () => {
    const { AssistElement, defineAssistElement } = await import('../../src/element/index.js');
    const custom = defineAssistElement('ehr-portal-help');
    expect(custom).not.toBe(AssistElement);
    expect(document.createElement('ehr-portal-help')).toBeInstanceOf(AssistElement);
  });
});
