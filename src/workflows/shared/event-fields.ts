import type { EventObject } from 'xstate';

// Guards and updates shared between machines receive each machine's whole event union, so they read
// event fields through these helpers instead of assuming one machine's event type.

/** A string field of an event, or `undefined` when the event has no such string field. */
export function stringField(event: EventObject, field: string): string | undefined {
  const value: unknown = (event as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : undefined;
}

/** Whether the event reports a verification code the portal accepted. */
export function codeAccepted(event: EventObject): boolean {
  return 'accepted' in event && event.accepted === true;
}
