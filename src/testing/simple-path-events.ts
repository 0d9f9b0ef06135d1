import type { AnyMachineSnapshot, EventObject } from 'xstate';
import type { WorkflowId } from '../workflows/definitions.js';

/**
 * Narrows the events tried while enumerating simple paths, where every editing loop multiplies
 * the count. In the message form the body is typed once, into an empty box, before any file is
 * attached, and files are only removed at the attachment limit. Shortest paths use every sample event, so every state is
 * still reached there.
 */
export function keepForSimplePaths(
  workflowId: WorkflowId,
  snapshot: AnyMachineSnapshot,
  event: EventObject,
): boolean {
  if (workflowId !== 'secure-message') return true;
  if (event.type === 'ENTER_MESSAGE')
    return snapshot.context.body === '' && snapshot.context.attachments.length === 0;
  if (event.type === 'ATTACH_FILE') return snapshot.context.body !== '';
  if (event.type === 'REMOVE_ATTACHMENT') return snapshot.matches('attachmentLimit');
  return true;
}
