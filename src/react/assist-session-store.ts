import type { SnapshotFrom, Subscription } from 'xstate';
import { isPortalHelpdeskError, PortalHelpdeskError } from '../errors.js';
import type { AssistInput } from '../workflows/assist/input.js';
import type { AssistEvent } from '../workflows/assist/machine.js';
import { eventIssues } from '../workflows/guard-actor.js';
import { assistMachine } from '../workflows/live-machines.js';
import { type PersistedSession, persistSession } from '../workflows/persistence.js';
import {
  type AssistActor,
  type AssistSessionStorage,
  guardStorage,
  HOOK_NAME,
  openSession,
  resumeSession,
  startSession,
} from './open-session.js';

export type { AssistActor, AssistSessionStorage } from './open-session.js';

type AssistSnapshot = SnapshotFrom<typeof assistMachine>;

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
    const opened = openSession(options.input, this.#storage, options.storageKey);
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
      const fresh = startSession(this.#input);
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
          HOOK_NAME,
        ),
      });
      return;
    }
    const issues = eventIssues(assistMachine, event);
    if (issues.length > 0) {
      this.#publish({ error: new PortalHelpdeskError('invalid-input', issues, HOOK_NAME) });
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
      guardStorage(() => this.#storage?.removeItem(this.#storageKey));
    }
    let actor = this.#state.actor;
    if (actor === null) return;
    if (this.#lastGood !== null) {
      // Subscribed again after a stop: resume in a new actor.
      actor = resumeSession(this.#lastGood);
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
    guardStorage(() => this.#storage?.setItem(this.#storageKey, saved));
    this.#publish({ snapshot });
  }

  /** The actor failed: report why (by code and path only), and go on from the last good state. */
  #fail(cause: unknown): void {
    const error = isPortalHelpdeskError(cause)
      ? cause
      : new PortalHelpdeskError(
          'invalid-input',
          [{ path: ['event'], message: 'The session could not process this event' }],
          HOOK_NAME,
        );
    this.#disconnect();
    const actor = this.#lastGood === null ? null : resumeSession(this.#lastGood);
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
