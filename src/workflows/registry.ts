import { PortalHelpdeskError } from '../errors.js';
import type { WorkflowChecks } from './checks.js';
import {
  type Definition,
  definitionList,
  isWorkflowId,
  type WorkflowId,
  workflowIds,
} from './definitions.js';
import { liveChecks } from './live-checks.js';
import { ignoreForgedInternalEvents } from './live-internal-events.js';

export type { WorkflowId } from './definitions.js';
export { isWorkflowId, workflowIds };

/** A definition with its live machine: built with the real rules. */
type LiveEntry<D> = D extends { readonly createMachine: (checks: WorkflowChecks) => infer TMachine }
  ? D & { readonly machine: TMachine }
  : never;

type LiveList<List extends readonly unknown[]> = { readonly [Index in keyof List]: LiveEntry<List[Index]> };
type LiveEntries = LiveList<typeof definitionList>;

/**
 * Every workflow definition, in menu order, each with its live machine (`machine`, built with the
 * real rules). Persistence, path generation, guides, the CLI and the docs loop over this list:
 * adding a workflow is a folder and one line in the list of definitions (`definitions.ts`).
 *
 * @example
 * ```ts
 * workflowDefinitions.map((definition) => definition.id);
 * //=> ['registration', 'security-setup', 'phone-verification', 'relationship', 'family-access', 'secure-message', 'profile-switch', 'assist']
 * ```
 */
export const workflowDefinitions: LiveEntries = Object.freeze(
  definitionList.map((definition: Definition) =>
    Object.freeze({
      ...definition,
      machine: ignoreForgedInternalEvents(definition.createMachine(liveChecks)),
    }),
  ),
) as unknown as LiveEntries;

type Entries = LiveEntries[number];

/**
 * Every workflow definition by id: its id, an English title for menus and logs, its live machine,
 * notes and guide script. Guides carry localised titles of their own.
 *
 * @example
 * ```ts
 * workflows.registration.title;
 * //=> 'Create a Patient Portal account'
 * Object.keys(workflows).length;
 * //=> 8
 * ```
 */
export const workflows: { readonly [D in Entries as D['id']]: D } = Object.freeze(
  Object.fromEntries(workflowDefinitions.map((definition) => [definition.id, definition])),
) as { readonly [D in Entries as D['id']]: D };

/** The registry entry type of one workflow. */
export type WorkflowEntry<Id extends WorkflowId = WorkflowId> = (typeof workflows)[Id];

/**
 * The registry entry of a workflow, or `PortalHelpdeskError('unknown-workflow')`.
 *
 * @example
 * ```ts
 * getWorkflow('secure-message').machine.id;
 * //=> 'secureMessage'
 * ```
 */
export function getWorkflow<Id extends WorkflowId>(id: Id): WorkflowEntry<Id> {
  if (!isWorkflowId(id)) {
    throw new PortalHelpdeskError('unknown-workflow', [
      { path: ['workflowId'], message: 'Not a known workflow' },
    ]);
  }
  return workflows[id];
}

/** The workflow id of a machine from the registry, by its machine id. */
export function workflowIdOfMachine(machineId: string): WorkflowId | undefined {
  return workflowDefinitions.find((definition) => definition.machine.id === machineId)?.id;
}
