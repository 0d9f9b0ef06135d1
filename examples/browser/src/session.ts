/**
 * The staff assist session: the library's `assistMachine`, started from the chart's facts or
 * restored from `localStorage`, and what the panel needs to read from it.
 */
import {
  type AssistEvent,
  type AssistInput,
  type AssistTask,
  assistMachine,
  createWorkflowActor,
  persistSession,
  restoreSession,
  type StepMeta,
} from 'portal-helpdesk';
import { eventsFor } from 'portal-helpdesk/testing';

/**
 * Where the panel keeps the session between page loads.
 *
 * @example
 * ```ts
 * localStorage.getItem(STORAGE_KEY);
 * //=> '{"format":"portal-helpdesk/session",...}'
 * ```
 */
export const STORAGE_KEY = 'portal-helpdesk-example/assist-session';

/**
 * The parts of a workflow snapshot the panel reads (the session's or its running task's).
 *
 * @example
 * ```ts
 * const snapshot: StepSnapshot | undefined = session.taskSnapshot();
 * snapshot?.can({ type: 'OPEN_LINK' });
 * //=> true
 * ```
 */
export interface StepSnapshot {
  readonly value: unknown;
  readonly status: string;
  readonly output?: unknown;
  can(event: AssistEvent): boolean;
  getMeta(): Record<string, StepMeta | undefined>;
}

/**
 * How the last task ended, as its own final step says (kept in memory only).
 *
 * @example
 * ```ts
 * session.lastFinished?.meta.guide;
 * //=> 'registration.blockedUnderAge'
 * ```
 */
export interface FinishedStep {
  readonly meta: StepMeta;
  readonly output: unknown;
}

type AssistActor = ReturnType<typeof createWorkflowActor<typeof assistMachine>>;

type Inspection = { type: string; rootId: string; actorRef: { sessionId: string }; snapshot?: unknown };

/**
 * A running assist session.
 *
 * @example
 * ```ts
 * const session = Session.start(input);
 * session.send({ type: 'CONTINUE' });
 * session.save(localStorage);
 * Session.restore(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null')).actor.getSnapshot().value;
 * //=> 'choosingTask'
 * ```
 */
export class Session {
  readonly actor: AssistActor;
  /** The final step of the task that ended last, caught as it ended: the session keeps codes only. */
  lastFinished: FinishedStep | null = null;

  private constructor(create: (inspect: (event: Inspection) => void) => AssistActor) {
    this.actor = create((event) => this.#inspect(event));
    this.actor.start();
  }

  /** Starts a session for a patient. @throws PortalHelpdeskError for bad input. */
  static start(input: AssistInput): Session {
    return new Session((inspect) => createWorkflowActor(assistMachine, input, { inspect }));
  }

  /** Resumes a saved session. @throws PortalHelpdeskError when it is corrupt, foreign or outdated. */
  static restore(saved: unknown): Session {
    return new Session((inspect) => restoreSession(assistMachine, saved, { inspect }));
  }

  /** Sends an event (a task's events reach the running task through the session). */
  send(event: AssistEvent): void {
    if (event.type === 'CHOOSE_TASK' || event.type === 'CHOOSE_ANOTHER_TASK') this.lastFinished = null;
    this.actor.send(event);
  }

  /** Saves the session as JSON. */
  save(storage: Storage): void {
    storage.setItem(STORAGE_KEY, JSON.stringify(persistSession(this.actor)));
  }

  /** The running task's snapshot: the child actor `task`, while a task runs. */
  taskSnapshot(): StepSnapshot | undefined {
    const child = this.actor.getSnapshot().children.task as { getSnapshot(): StepSnapshot } | undefined;
    return child?.getSnapshot();
  }

  /** The running task, if any. */
  currentTask(): AssistTask | null {
    return this.actor.getSnapshot().context.currentTask;
  }

  /**
   * The sample events the current state accepts: the running task's own (checked against the
   * task's snapshot), or the session's. Events that have their own form (the patient's browser,
   * the task picker) and xstate's internal ones are left out.
   */
  acceptedEvents(): { readonly task: readonly AssistEvent[]; readonly session: readonly AssistEvent[] } {
    const snapshot = this.actor.getSnapshot();
    const task = this.currentTask();
    const child = this.taskSnapshot();
    const own = (eventsFor('assist') as readonly AssistEvent[]).filter(
      (event) =>
        !event.type.startsWith('xstate.') &&
        event.type !== 'REPORT_PATIENT_BROWSER' &&
        event.type !== 'CHOOSE_TASK',
    );
    if (task !== null && child !== undefined) {
      return {
        task: unique(eventsFor(task) as readonly AssistEvent[]).filter((event) => child.can(event)),
        // While a task runs the session forwards everything, so only its own two events count.
        session: own.filter((event) => event.type === 'SWITCH_TASK' || event.type === 'END_SESSION'),
      };
    }
    return { task: [], session: own.filter((event) => snapshot.can(event)) };
  }

  #inspect(event: Inspection): void {
    // The session's only child is the running task.
    if (event.type !== '@xstate.snapshot' || event.actorRef.sessionId === event.rootId) return;
    const snapshot = event.snapshot as StepSnapshot | undefined;
    if (snapshot?.status !== 'done') return;
    const meta = innermostMeta(snapshot);
    if (meta) this.lastFinished = { meta, output: snapshot.output };
  }
}

/** The events without repeats: a workflow that nests steps lists a shared event once per step. */
function unique(events: readonly AssistEvent[]): AssistEvent[] {
  const seen = new Set<string>();
  return events.filter((event) => {
    const key = JSON.stringify(event);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The step meta of the innermost active state (parents of nested steps carry none).
 *
 * @example
 * ```ts
 * innermostMeta(registrationSnapshot)?.guide;
 * //=> 'security.enterCode'
 * ```
 */
export function innermostMeta(snapshot: StepSnapshot): StepMeta | undefined {
  let best: [string, StepMeta] | undefined;
  for (const [id, meta] of Object.entries(snapshot.getMeta())) {
    if (meta && (best === undefined || id.length > best[0].length)) best = [id, meta];
  }
  return best?.[1];
}
