import { act, createElement, StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { vi } from 'vitest';
import {
  type AssistSessionStorage,
  type UseAssistSessionOptions,
  type UseAssistSessionResult,
  useAssistSession,
} from '../../src/react/index.js';
import { sampleInputs } from '../../src/testing/index.js';
import type { AssistInput } from '../../src/workflows/index.js';

// React warns unless it is told that `act` is available.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The sample assist input: an adult patient, two providers. */
export function sampleInput(): AssistInput {
  const input = sampleInputs.assist['patient-browser-unknown'];
  if (input === undefined) throw new Error('The testing samples have no assist input');
  return input;
}

/** A `Storage` in memory, its three methods spied on. */
export function memoryStorage(entries: Record<string, string> = {}) {
  const items = new Map(Object.entries(entries));
  const storage = {
    getItem: vi.fn((key: string) => items.get(key) ?? null),
    setItem: vi.fn((key: string, value: string) => void items.set(key, value)),
    removeItem: vi.fn((key: string) => void items.delete(key)),
  } satisfies AssistSessionStorage;
  return { storage, items };
}

/** A mounted component using the hook; `results` has what each render returned. */
export interface Mounted {
  readonly results: UseAssistSessionResult[];
  /** What the last render returned. */
  current(): UseAssistSessionResult;
  /** Renders again with other options (the same component, so the same session). */
  rerender(options: UseAssistSessionOptions): void;
  /** Sends an event inside `act`. */
  send(event: Parameters<UseAssistSessionResult['send']>[0]): void;
  unmount(): void;
}

/** A component that records what the hook returns on each render. */
function Probe(props: { options: UseAssistSessionOptions; results: UseAssistSessionResult[] }) {
  props.results.push(useAssistSession(props.options));
  return null;
}

/** Mounts a component that calls `useAssistSession(options)`, in StrictMode when asked. */
export function mount(options: UseAssistSessionOptions, { strict = false } = {}): Mounted {
  const results: UseAssistSessionResult[] = [];
  const container = document.createElement('div');
  document.body.append(container);
  const root: Root = createRoot(container);
  const render = (next: UseAssistSessionOptions) => {
    const probe = createElement(Probe, { options: next, results });
    act(() => root.render(strict ? createElement(StrictMode, null, probe) : probe));
  };
  render(options);
  const current = () => {
    const last = results.at(-1);
    if (last === undefined) throw new Error('The component never rendered');
    return last;
  };
  return {
    results,
    current,
    rerender: render,
    send: (event) => act(() => current().send(event)),
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** The state ids of the session and of its running task, e.g. `['runningTask', 'createPassword']`. */
export function where(result: UseAssistSessionResult): string[] {
  const step = result.step;
  if (step === null) return [];
  return step.task === null ? [step.stateId] : [step.stateId, step.task.stateId];
}
