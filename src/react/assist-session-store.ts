import type { Actor, SnapshotFrom, Subscription } from 'xstate';
import { isPortalHelpdeskError, PortalHelpdeskError } from '../errors.js';
import type { AssistInput } from '../workflows/assist/input.js';
import { type AssistEvent, assistMachine } from '../workflows/assist/machine.js';
import { createWorkflowActor } from '../workflows/create-workflow-actor.js';
import { type PersistedSession, persistSession, restoreSession } from '../workflows/persistence.js';

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

type AssistSnapshot = SnapshotFrom<typeof assistMachine>;

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

/** What the store publishes: a new object on every change, so React re-renders on each. */
export interface AssistSessionState {
  readonly actor: AssistActor | null;
  /** The session's snapshot; `null` when no session could start. */
  readonly snapshot: AssistSnapshot | null;
  readonly error: PortalHelpdeskError | null;
}

/** What a store is opened with; read once, when it is created. */
export interface AssistSessionStoreOptions {
  readonly input: AssistInput;
  readonly storage: AssistSessionStorage | null | undefined;
  readonly storageKey: string;
}

const CONTEXT = 'useAssistSession';

/**
 * The assist session behind `useAssistSession`, as an external store for `useSyncExternalStore`.
 *
 * Creating it has no side effect: it reads the saved session, restores or starts the actor (not
 * started), and remembers whether a bad save must be removed. The first `subscribe` starts the
 * actor and saves after every transition; the last unsubscribe stops it. A store subscribed again
 * (React's StrictMode, or an Activity shown again) resumes from the last saved state in a new actor,
 * because a stopped xstate actor cannot be restarted.
 */
export class AssistSessionStore {
  readonly #storage: AssistSessionStorage | null;
  readonly #storageKey: string;
  readonly #input: AssistInput;
  #state: AssistSessionState;
  #serverState: AssistSessionState | undefined;
  #discardSaved: boolean;
  #listeners = new Set<() => void>();
  #subscription: Subscription | null = null;
  #running = false;
  /** The last state at rest, as saved: what a new actor resumes from. */
  #lastGood: PersistedSession | null = null;

  constructor(options: AssistSessionStoreOptions) {
    this.#storage = options.storage ?? null;
    this.#storageKey = options.storageKey;
    this.#input = options.input;
    const opened = open(options.input, this.#storage, options.storageKey);
    this.#discardSaved = opened.discardSaved;
    this.#state = { actor: opened.actor, snapshot: opened.actor?.getSnapshot() ?? null, error: opened.error };
    // Without a save read, the server (which has no storage) renders exactly this state.
    if (!opened.readSaved) this.#serverState = this.#state;
  }

  /** The current state (stable between changes, as `useSyncExternalStore` requires). */
  readonly getSnapshot = (): AssistSessionState => this.#state;

  /**
   * The state a server renders (no storage: a new session from the input), which the client's
   * first render must match while it hydrates. The live actor is kept, so effects get it.
   */
  readonly getServerSnapshot = (): AssistSessionState => {
    if (this.#serverState === undefined) {
      const fresh = start(this.#input);
      this.#serverState = {
        actor: this.#state.actor,
        snapshot: fresh.actor?.getSnapshot() ?? null,
        error: fresh.error,
      };
    }
    return this.#serverState;
  };

  /** Adds a listener; the first one starts the session. Returns the unsubscribe function. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    if (this.#listeners.size === 1) this.#connect();
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0) this.#disconnect();
    };
  };

  /**
   * Sends an event to the session. Never throws: an event that is not an event object, or that
   * would put the session in error, is refused and reported in `error`, and the session goes on
   * from where it was. Ignored while the session is not running (before mount, after unmount, once
   * ended).
   */
  readonly send = (event: AssistEvent): void => {
    const actor = this.#state.actor;
    if (!this.#running || actor === null || actor.getSnapshot().status !== 'active') return;
    if (!isEventObject(event)) {
      this.#publish({
        error: new PortalHelpdeskError(
          'invalid-input',
          [{ path: ['event'], message: 'Expected an event object with a string type' }],
          CONTEXT,
        ),
      });
      return;
    }
    try {
      actor.send(event);
    } catch (cause) {
      // xstate reports errors to the observer; this is for anything that escapes it.
      this.#fail(cause);
      return;
    }
    if (this.#state.actor === actor && this.#state.error !== null) this.#publish({ error: null });
  };

  #connect(): void {
    if (this.#discardSaved) {
      this.#discardSaved = false;
      guard(() => this.#storage?.removeItem(this.#storageKey));
    }
    let actor = this.#state.actor;
    if (actor === null) return;
    if (this.#lastGood !== null) {
      // Subscribed again after a stop: resume in a new actor.
      actor = resume(this.#lastGood);
      if (actor === null) return;
      this.#state = { ...this.#state, actor, snapshot: actor.getSnapshot() };
    }
    this.#running = true;
    this.#subscription = actor.subscribe({
      next: () => this.#changed(),
      error: (cause) => this.#fail(cause),
    });
    // Emits the first snapshot at once: saved, and published.
    actor.start();
  }

  #disconnect(): void {
    this.#running = false;
    this.#subscription?.unsubscribe();
    this.#subscription = null;
    this.#state.actor?.stop();
  }

  #changed(): void {
    const actor = this.#state.actor;
    if (actor === null) return;
    const snapshot = actor.getSnapshot();
    // A task that has just finished, before the session has taken its result, is not a state to
    // save or show: the session's own transition follows at once, in the same `send`.
    if (!isAtRest(snapshot)) return;
    this.#lastGood = persistSession(actor);
    const saved = JSON.stringify(this.#lastGood);
    guard(() => this.#storage?.setItem(this.#storageKey, saved));
    this.#publish({ snapshot });
  }

  /** The actor failed: report why (by code and path only), and go on from the last good state. */
  #fail(cause: unknown): void {
    const error = isPortalHelpdeskError(cause)
      ? cause
      : new PortalHelpdeskError(
          'invalid-input',
          [{ path: ['event'], message: 'The session could not process this event' }],
          CONTEXT,
        );
    this.#disconnect();
    const actor = this.#lastGood === null ? null : resume(this.#lastGood);
    this.#state = { actor, snapshot: actor?.getSnapshot() ?? null, error };
    if (actor !== null) {
      this.#running = true;
      this.#subscription = actor.subscribe({
        next: () => this.#changed(),
        error: (next) => this.#fail(next),
      });
      actor.start();
    }
    this.#publish({ error });
  }

  #publish(change: Partial<AssistSessionState>): void {
    this.#state = { ...this.#state, ...change };
    for (const listener of [...this.#listeners]) listener();
  }
}

type Opened = {
  actor: AssistActor | null;
  error: PortalHelpdeskError | null;
  /** A save was found and must be removed (it was corrupt, hostile or out of date). */
  discardSaved: boolean;
  /** Whether the state came from storage (so a server, without it, would render another). */
  readSaved: boolean;
};

/** Restores the saved session for this patient, or starts a new one. No side effects. */
function open(input: AssistInput, storage: AssistSessionStorage | null, key: string): Opened {
  const saved = storage === null ? null : guard(() => storage.getItem(key));
  let restoreError: PortalHelpdeskError | null = null;
  if (typeof saved === 'string') {
    const restored = restore(saved);
    if (restored instanceof PortalHelpdeskError) restoreError = restored;
    else if (samePatient(restored, input)) {
      return { actor: restored, error: null, discardSaved: false, readSaved: true };
    }
  }
  // A save for another patient is not an error: it is replaced by this patient's session.
  const fresh = start(input);
  return {
    actor: fresh.actor,
    error: fresh.error ?? restoreError,
    discardSaved: restoreError !== null,
    readSaved: typeof saved === 'string',
  };
}

function restore(saved: string): AssistActor | PortalHelpdeskError {
  let value: unknown;
  try {
    value = JSON.parse(saved);
  } catch {
    // JSON.parse's own message quotes the text, which may hold patient details.
    return new PortalHelpdeskError('invalid-snapshot', [{ path: [], message: 'Not JSON' }], CONTEXT);
  }
  try {
    return restoreSession(assistMachine, value);
  } catch (cause) {
    return isPortalHelpdeskError(cause)
      ? cause
      : new PortalHelpdeskError(
          'invalid-snapshot',
          [{ path: [], message: 'Could not be restored' }],
          CONTEXT,
        );
  }
}

function start(input: AssistInput): { actor: AssistActor | null; error: PortalHelpdeskError | null } {
  try {
    return { actor: createWorkflowActor(assistMachine, input), error: null };
  } catch (cause) {
    const error = isPortalHelpdeskError(cause)
      ? cause
      : new PortalHelpdeskError('invalid-input', [{ path: ['input'], message: 'Could not start' }], CONTEXT);
    return { actor: null, error };
  }
}

/** A new actor from a state this store saved itself; `null` if that ever fails. */
function resume(saved: PersistedSession): AssistActor | null {
  try {
    return restoreSession(assistMachine, saved);
  } catch {
    return null;
  }
}

/** Whether a saved session belongs to the patient of `input` (both without a patient counts). */
function samePatient(actor: AssistActor, input: AssistInput): boolean {
  const savedId = actor.getSnapshot().context.session.patient?.id;
  const patient: unknown = (input as { patient?: unknown }).patient;
  const inputId =
    typeof patient === 'object' && patient !== null ? (patient as { id?: unknown }).id : undefined;
  return savedId === inputId;
}

/** The session and its running task (if any) are both settled. */
function isAtRest(snapshot: AssistSnapshot): boolean {
  if (snapshot.status !== 'active' && snapshot.status !== 'done') return false;
  return Object.values(snapshot.children).every((child) => child?.getSnapshot().status === 'active');
}

function isEventObject(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
  );
}

/** Runs a storage call; a storage that throws only means no saving. */
function guard<T>(call: () => T): T | undefined {
  try {
    return call();
  } catch {
    return undefined;
  }
}
