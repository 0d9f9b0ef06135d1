// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';

describe('defineAssistElement', () => {
  it('importing the entry defines nothing; defining is explicit and idempotent', async () => {
    const entry = await import('../../src/element/index.js');
    expect(customElements.get('portal-helpdesk-assist')).toBeUndefined();
    const defined = entry.defineAssistElement();
    expect(defined).toBe(entry.AssistElement);
    expect(customElements.get('portal-helpdesk-assist')).toBe(entry.AssistElement);
    expect(entry.defineAssistElement()).toBe(defined);
  });

  it('registers under another tag name with its own subclass', async () => {
    const { AssistElement, defineAssistElement } = await import('../../src/element/index.js');
    const custom = defineAssistElement('ehr-portal-help');
    expect(custom).not.toBe(AssistElement);
    expect(document.createElement('ehr-portal-help')).toBeInstanceOf(AssistElement);
  });
});
