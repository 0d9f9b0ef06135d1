import type { Actor } from 'xstate';
import { isPortalHelpdeskError, PortalHelpdeskError } from '../errors.js';
import type { AssistInput } from '../workflows/assist/input.js';
import { sessionFitsInput } from '../workflows/assist/same-facts.js';
import { createWorkflowActor } from '../workflows/create-workflow-actor.js';
import { assistMachine } from '../workflows/live-machines.js';
import { type PersistedSession, restoreSession } from '../workflows/persistence.js';

/**
 * The assist session's xstate actor, as `useAssistSession` returns it: running once the component
 * has mounted (not yet started during the first render).
 *
 * @example
 * ```ts
 * const { actor } = useAssistSession(options);
 * actor?.getSnapshot().context.currentTask;
 * //=> 'registration'
 * ```
 */
export type AssistActor = Actor<typeof assistMachine>;

/**
 * Where a session is saved between page loads: `localStorage`, `sessionStorage`, or anything with
 * the same three methods. Every call is guarded: a storage that throws (private mode, quota) only
 * means the session is not saved.
 *
 * @example
 * ```ts
 * const memory = new Map<string, string>();
 * const storage: AssistSessionStorage = {
 *   getItem: (key) => memory.get(key) ?? null,
 *   setItem: (key, value) => void memory.set(key, value),
 *   removeItem: (key) => void memory.delete(key),
 * };
 * ```
 */
export interface AssistSessionStorage {
  /** The saved text under `key`, or `null`. */
  getItem(key: string): string | null;
  /** Saves `value` under `key`. */
  setItem(key: string, value: string): void;
  /** Forgets `key`. */
  removeItem(key: string): void;
}

/** Where the hook's own errors say they come from. */
export const HOOK_NAME = 'useAssistSession';

/** A session as opened on mount: its actor (not started) or why there is none. */
export type Opened = {
  actor: AssistActor | null;
  error: PortalHelpdeskError | null;
  /** A save was found and must be removed (it was corrupt, hostile or out of date). */
  discardSaved: boolean;
  /** Whether the state came from storage (so a server, without it, would render another). */
  readSaved: boolean;
};

/**
 * Restores the saved session when it was made for this input's patient and practice facts, or
 * starts a new one. No side effects.
 */
export function openSession(input: AssistInput, storage: AssistSessionStorage | null, key: string): Opened {
  const saved = storage === null ? null : guardStorage(() => storage.getItem(key));
  let restoreError: PortalHelpdeskError | null = null;
  if (typeof saved === 'string') {
    const restored = restoreSaved(saved);
    if (restored instanceof PortalHelpdeskError) restoreError = restored;
    else if (sessionFitsInput(restored.getSnapshot().context.session, input)) {
      return { actor: restored, error: null, discardSaved: false, readSaved: true };
    }
  }
  // A save for another patient is not an error: it is replaced by this patient's session.
  const fresh = startSession(input);
  return {
    actor: fresh.actor,
    error: fresh.error ?? restoreError,
    discardSaved: restoreError !== null,
    readSaved: typeof saved === 'string',
  };
}

function restoreSaved(saved: string): AssistActor | PortalHelpdeskError {
  let value: unknown;
  try {
    value = JSON.parse(saved);
  } catch {
    // JSON.parse's own message quotes the text, which may hold patient details.
    return new PortalHelpdeskError('invalid-snapshot', [{ path: [], message: 'Not JSON' }], HOOK_NAME);
  }
  try {
    return restoreSession(assistMachine, value);
  } catch (cause) {
    return isPortalHelpdeskError(cause)
      ? cause
      : new PortalHelpdeskError(
          'invalid-snapshot',
          [{ path: [], message: 'Could not be restored' }],
          HOOK_NAME,
        );
  }
}

/** A new session from `input`, validated (not started); a bad input gives the error instead. */
export function startSession(input: AssistInput): {
  actor: AssistActor | null;
  error: PortalHelpdeskError | null;
} {
  try {
    return { actor: createWorkflowActor(assistMachine, input), error: null };
  } catch (cause) {
    const error = isPortalHelpdeskError(cause)
      ? cause
      : new PortalHelpdeskError(
          'invalid-input',
          [{ path: ['input'], message: 'Could not start' }],
          HOOK_NAME,
        );
    return { actor: null, error };
  }
}

/** A new actor from a state the store saved itself; `null` if that ever fails. */
export function resumeSession(saved: PersistedSession): AssistActor | null {
  try {
    return restoreSession(assistMachine, saved);
  } catch {
    return null;
  }
}

/** Whether a saved session belongs to the patient of `input` (both without a patient counts). */
/** Runs a storage call; a storage that throws only means no saving. */
export function guardStorage<T>(call: () => T): T | undefined {
  try {
    return call();
  } catch {
    return undefined;
  }
}
