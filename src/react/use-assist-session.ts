import { useMemo, useState, useSyncExternalStore } from 'react';
import { isPortalHelpdeskError, PortalHelpdeskError } from '../errors.js';
import { type DescribeStepOptions, describeStep, type StepView } from '../guides/describe-step.js';
import type { AssistInput } from '../workflows/assist/input.js';
import type { AssistContext, AssistEvent, AssistSummary } from '../workflows/assist/machine.js';
import { assistMachine } from '../workflows/live-machines.js';
import {
  type AssistActor,
  type AssistSessionState,
  type AssistSessionStorage,
  AssistSessionStore,
} from './assist-session-store.js';

/**
 * The key a session is saved under when {@link UseAssistSessionOptions.storageKey} is not given.
 *
 * @example
 * ```ts
 * window.localStorage.removeItem(DEFAULT_ASSIST_STORAGE_KEY); // forget the saved session
 * DEFAULT_ASSIST_STORAGE_KEY;
 * //=> 'portal-helpdesk/assist-session'
 * ```
 */
export const DEFAULT_ASSIST_STORAGE_KEY = 'portal-helpdesk/assist-session';

/**
 * Options of {@link useAssistSession}.
 *
 * `input`, `storage` and `storageKey` are read once, when the component mounts; `locale` and
 * `audience` may change on any render. To start a session for another patient, mount the component
 * again with a new React `key`.
 *
 * @example
 * ```ts
 * const options: UseAssistSessionOptions = {
 *   input: { staff: { userAgent: navigator.userAgent }, practice, now: chart.openedAt },
 *   storage: typeof window === 'undefined' ? undefined : window.localStorage,
 *   audience: 'staff',
 * };
 * ```
 */
export interface UseAssistSessionOptions {
  /**
   * The chart's facts a new session starts from (the same input as `assistMachine`). Validated
   * when the component mounts: bad input gives `error` (`invalid-input`) and no session, never a
   * thrown error. When a save made for the same patient and practice facts is restored, the save
   * goes on with its own clock and staff browser.
   */
  readonly input: AssistInput;
  /**
   * Where the session is saved after every transition and restored from on mount, e.g.
   * `window.localStorage`. `null` for no saving; `undefined` is the same, for server rendering
   * where there is no storage. The save holds the session's context, patient details included:
   * choose a storage your practice allows for chart data.
   */
  readonly storage: AssistSessionStorage | null | undefined;
  /**
   * The key under `storage`. Default {@link DEFAULT_ASSIST_STORAGE_KEY}. A saved session is
   * restored only when it was made for the patient and practice facts of `input`; any other save
   * is replaced.
   */
  readonly storageKey?: string | undefined;
  /** The language of `step` (English by default); passed to `describeStep` as it is. */
  readonly locale?: NonNullable<DescribeStepOptions>['locale'] | undefined;
  /** `staff` (default) shows staff notes in `step`; `patient` only the patient's. */
  readonly audience?: NonNullable<DescribeStepOptions>['audience'] | undefined;
  /**
   * How portal labels read in a language other than English: `portal` (default: the exact English
   * label, glossed the first time) or `translated`. See docs/policies.md, "Wording decisions".
   */
  readonly labels?: NonNullable<DescribeStepOptions>['labels'] | undefined;
}

/**
 * What {@link useAssistSession} returns.
 *
 * @example
 * ```ts
 * const { step, send, summary, error, actor }: UseAssistSessionResult = useAssistSession(options);
 * ```
 */
export interface UseAssistSessionResult {
  /**
   * Where the patient is: `describeStep` of the session (for a running task, `step.task` is the
   * task's step). `null` when there is no session (see `error`).
   */
  readonly step: StepView | null;
  /**
   * Sends an event to the session; the same function on every render. Never throws: a malformed
   * event, or one the session cannot process, is refused and described in `error`, and the
   * session stays where it was. Ignored before the component mounts and after the session ends.
   */
  readonly send: (event: AssistEvent) => void;
  /**
   * The session summary, ids and reason codes only (safe to log): the final one once the session
   * has ended, and the summary so far before that (tasks appear in `tasks` once they finish, are
   * switched or abandoned). `null` when there is no session.
   */
  readonly summary: AssistSummary | null;
  /**
   * The latest problem, as a `PortalHelpdeskError` (a code and field paths, never values):
   * `invalid-input` for bad `input` (then there is no session) or a refused event;
   * `invalid-snapshot` when a saved session was corrupt and was removed (a new session started).
   * Cleared by the next event the session accepts.
   */
  readonly error: PortalHelpdeskError | null;
  /**
   * The session's xstate actor, for hosts that read more of it (with `@xstate/react`'s
   * `useSelector`, for example). It may be replaced by a new actor holding the same state: after
   * StrictMode's second mount, or after an event was refused. `null` when there is no session.
   */
  readonly actor: AssistActor | null;
}

/**
 * Runs a staff assist session (`assistMachine`) in a React component: validated start, restored
 * from and saved to `storage`, described step by step with `describeStep`.
 *
 * Works with React 18 and 19, in StrictMode (one session, one running actor), and on the server
 * (no `window` access; pass `storage: undefined` there). See docs/react.md.
 *
 * @param options - The input, the storage, and how to describe the step.
 * @returns The step view, a stable `send`, the summary, the latest error and the actor.
 *
 * @example
 * ```tsx
 * function AssistPanel({ input }: { input: AssistInput }) {
 *   const { step, send, error } = useAssistSession({ input, storage: window.localStorage });
 *   if (step === null) return <p>Cannot start: {error?.code}</p>;
 *   return (
 *     <section>
 *       <h2>{step.heading}</h2>
 *       {step.events.some((event) => event.type === 'CONTINUE') && (
 *         <button type="button" onClick={() => send({ type: 'CONTINUE' })}>Continue</button>
 *       )}
 *     </section>
 *   );
 * }
 * //=> renders "Helping a patient with the portal" and a Continue button
 * ```
 */
export function useAssistSession(options: UseAssistSessionOptions): UseAssistSessionResult {
  const [store] = useState(
    () =>
      new AssistSessionStore({
        input: options.input,
        storage: options.storage,
        storageKey: options.storageKey ?? DEFAULT_ASSIST_STORAGE_KEY,
      }),
  );
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
  const { locale, audience, labels } = options;
  const view = useMemo(
    () => describe(state, { locale, audience, labels }),
    [state, locale, audience, labels],
  );
  return {
    step: view.step,
    send: store.send,
    summary: view.summary,
    error: view.error ?? state.error,
    actor: state.actor,
  };
}

type View = { step: StepView | null; summary: AssistSummary | null; error: PortalHelpdeskError | null };

function describe(
  state: AssistSessionState,
  options: Pick<UseAssistSessionOptions, 'locale' | 'audience' | 'labels'>,
): View {
  const { snapshot } = state;
  if (snapshot === null) return { step: null, summary: null, error: null };
  const summary = snapshot.status === 'done' ? snapshot.output : summarySoFar(snapshot.context);
  try {
    const step = describeStep(snapshot, {
      ...(options.locale !== undefined ? { locale: options.locale } : {}),
      ...(options.audience !== undefined ? { audience: options.audience } : {}),
      ...(options.labels !== undefined ? { labels: options.labels } : {}),
    });
    return { step, summary: summary ?? null, error: null };
  } catch (cause) {
    // Bad options (an unknown locale): reported, not thrown inside React.
    const error = isPortalHelpdeskError(cause)
      ? cause
      : new PortalHelpdeskError('invalid-input', [
          { path: ['options'], message: 'Could not describe the step' },
        ]);
    return { step: null, summary: summary ?? null, error };
  }
}

/** The summary the session would end with now: the machine's own output mapper, so one definition. */
function summarySoFar(context: AssistContext): AssistSummary | null {
  const mapper: unknown = assistMachine.config.output;
  if (typeof mapper !== 'function') return null;
  return (mapper as (args: { context: AssistContext }) => AssistSummary)({ context });
}
