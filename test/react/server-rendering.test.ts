// @vitest-environment node
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { type UseAssistSessionOptions, useAssistSession } from '../../src/react/index.js';
import { sampleInput } from './utils.js';

function Panel(props: { options: UseAssistSessionOptions }) {
  const { step, error } = useAssistSession(props.options);
  return createElement('h2', null, step?.heading ?? `error: ${error?.code ?? 'none'}`);
}

describe('useAssistSession on the server', () => {
  it('renders the new session’s step without a window or a storage', () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    const html = renderToString(
      createElement(Panel, { options: { input: sampleInput(), storage: undefined } }),
    );
    expect(html).toMatch(/^<h2>[^<]{10,}<\/h2>$/);
    expect(html).not.toContain('error');
  });

  it('renders bad input as an error, not a throw', () => {
    const input = { ...sampleInput(), practice: { ...sampleInput().practice, portalUrl: 'http://x' } };
    const html = renderToString(createElement(Panel, { options: { input, storage: undefined } }));
    expect(html).toBe('<h2>error: invalid-input</h2>');
  });
});
