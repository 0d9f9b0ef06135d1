import type { AnyStateMachine, EventFromLogic, InputFrom } from 'xstate';
import { createWorkflowActor, type PersistedSession, persistSession } from '../../src/workflows/index.js';

/** A started actor of `machine` after `events`, for branch tests. */
export function runTo<TMachine extends AnyStateMachine>(
  machine: TMachine,
  input: InputFrom<TMachine>,
  events: readonly EventFromLogic<TMachine>[] = [],
) {
  const actor = createWorkflowActor(machine, input).start();
  for (const event of events) actor.send(event);
  return actor;
}

/** A persisted session as JSON a test may edit. */
export type EditableSession = PersistedSession & {
  snapshot: { value: unknown; status: string; context: Record<string, unknown> };
};

/** Saves an actor as editable JSON, then stops it. */
export function saved(actor: Parameters<typeof persistSession>[0] & { stop(): unknown }): EditableSession {
  const session = JSON.parse(JSON.stringify(persistSession(actor))) as EditableSession;
  actor.stop();
  return session;
}
