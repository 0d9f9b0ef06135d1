// @vitest-environment happy-dom
// `@xstate/react` is an optional peer of `portal-helpdesk/react`: a host may read more of the
// session with its `useSelector` on the actor the hook returns. These tests prove that this works,
// including when the hook replaces its actor (StrictMode's second mount) and when there is none.
import { useSelector } from '@xstate/react';
import { act, createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type UseAssistSessionOptions,
  type UseAssistSessionResult,
  useAssistSession,
} from '../../src/react/index.js';
import type { AssistInput } from '../../src/workflows/index.js';
import { memoryStorage, sampleInput } from './utils.js';

interface Seen {
  readonly result: UseAssistSessionResult;
  /** What `useSelector(result.actor ?? undefined, ...)` gave in the same render. */
  readonly selected: unknown;
  readonly patientId: string | undefined;
}

function Probe(props: { options: UseAssistSessionOptions; seen: Seen[] }) {
  const result = useAssistSession(props.options);
  const selected = useSelector(result.actor ?? undefined, (snapshot) => snapshot?.value);
  const patientId = useSelector(
    result.actor ?? undefined,
    (snapshot) => snapshot?.context.session.patient?.id,
  );
  props.seen.push({ result, selected, patientId });
  return null;
}

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

function mountWithSelector(options: UseAssistSessionOptions, strict: boolean) {
  const seen: Seen[] = [];
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const probe = createElement(Probe, { options, seen });
  act(() => root.render(strict ? createElement(StrictMode, null, probe) : probe));
  cleanups.push(() => {
    act(() => root.unmount());
    container.remove();
  });
  const last = () => {
    const value = seen.at(-1);
    if (value === undefined) throw new Error('never rendered');
    return value;
  };
  return { seen, last };
}

describe.each([false, true])('@xstate/react useSelector on the hook’s actor (StrictMode: %s)', (strict) => {
  it('reads the live actor’s state, and follows it after an event', () => {
    const { storage } = memoryStorage();
    const input = sampleInput();
    const { last } = mountWithSelector({ input, storage }, strict);
    const first = last();
    expect(first.selected).toBe('reviewingPreChecks');
    expect(first.selected).toEqual(first.result.actor?.getSnapshot().value);
    expect(first.patientId).toBe(input.patient?.id);
    act(() => first.result.send({ type: 'CONTINUE' }));
    const next = last();
    expect(next.result.error).toBeNull();
    expect(next.selected).toBe('choosingTask');
    expect(next.selected).toEqual(next.result.actor?.getSnapshot().value);
    expect(next.result.step?.stateId).toBe('choosingTask');
  });

  it('gives the selector `undefined` when the hook has no actor (bad input)', () => {
    const { storage } = memoryStorage();
    const input = { ...sampleInput(), now: 'not an instant' } as unknown as AssistInput;
    const { last } = mountWithSelector({ input, storage }, strict);
    expect(last().result.actor).toBeNull();
    expect(last().result.error?.code).toBe('invalid-input');
    expect(last().selected).toBeUndefined();
  });
});

describe('@xstate/react useSelector when the hook replaces its actor', () => {
  it('follows the new actor: StrictMode’s second mount resumes the session in another one', () => {
    const { storage } = memoryStorage();
    const { seen, last } = mountWithSelector({ input: sampleInput(), storage }, true);
    act(() => last().result.send({ type: 'CONTINUE' }));
    const actors = new Set(seen.map((each) => each.result.actor));
    // StrictMode mounted twice: the renders saw the spare actor and the live one.
    expect(actors.size).toBeGreaterThan(1);
    const live = last().result.actor;
    expect(live?.getSnapshot().status).toBe('active');
    expect(last().selected).toEqual(live?.getSnapshot().value);
    expect(last().selected).toBe('choosingTask');
  });
});
