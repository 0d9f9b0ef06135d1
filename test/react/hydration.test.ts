// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { type UseAssistSessionOptions, useAssistSession } from '../../src/react/index.js';
import { memoryStorage, mount, sampleInput } from './utils.js';

function Panel(props: { options: UseAssistSessionOptions }) {
  const { step } = useAssistSession(props.options);
  return createElement('p', null, step?.task?.stateId ?? step?.stateId ?? 'none');
}

describe('useAssistSession hydrating server HTML', () => {
  it('hydrates without a mismatch, then shows the session restored from storage', () => {
    const { storage } = memoryStorage();
    const earlier = mount({ input: sampleInput(), storage });
    earlier.send({ type: 'CONTINUE' });
    earlier.unmount();

    const html = renderToString(
      createElement(Panel, { options: { input: sampleInput(), storage: undefined } }),
    );
    expect(html).toBe('<p>reviewingPreChecks</p>');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const onRecoverableError = vi.fn();
    let root: Root | undefined;
    act(() => {
      root = hydrateRoot(container, createElement(Panel, { options: { input: sampleInput(), storage } }), {
        onRecoverableError,
      });
    });
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(container.textContent).toBe('choosingTask');
    act(() => root?.unmount());
    container.remove();
  });
});
