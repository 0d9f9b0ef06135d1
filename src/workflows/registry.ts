import { PortalHelpdeskError } from '../errors.js';
import { assist } from './assist/index.js';
import { familyAccess } from './family-access/index.js';
import { phoneVerification } from './phone-verification/index.js';
import { profileSwitch } from './profile-switch/index.js';
import { registration } from './registration/index.js';
import { relationship } from './relationship/index.js';
import { secureMessage } from './secure-message/index.js';
import { securitySetup } from './security-setup/index.js';

/**
 * Every workflow definition, in menu order. Persistence, path generation, guides, the CLI and the
 * docs loop over this list: adding a workflow is a folder and one line here.
 *
 * @example
 * ```ts
 * workflowDefinitions.map((definition) => definition.id);
 * //=> ['registration', 'security-setup', 'phone-verification', 'relationship', 'family-access', 'secure-message', 'profile-switch', 'assist']
 * ```
 */
export const workflowDefinitions = Object.freeze([
  registration,
  securitySetup,
  phoneVerification,
  relationship,
  familyAccess,
  secureMessage,
  profileSwitch,
  assist,
] as const);

type Definitions = (typeof workflowDefinitions)[number];

/** The stable id of every workflow. */
export type WorkflowId = Definitions['id'];

/**
 * Every workflow definition by id: its id, an English title for menus and logs, its machine,
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
export const workflows: { readonly [D in Definitions as D['id']]: D } = Object.freeze(
  Object.fromEntries(workflowDefinitions.map((definition) => [definition.id, definition])),
) as { readonly [D in Definitions as D['id']]: D };

/** The registry entry type of one workflow. */
export type WorkflowEntry<Id extends WorkflowId = WorkflowId> = (typeof workflows)[Id];

/**
 * Every workflow id, in registry order.
 *
 * @example
 * ```ts
 * workflowIds.includes('secure-message');
 * //=> true
 * ```
 */
export const workflowIds: readonly WorkflowId[] = Object.freeze(
  workflowDefinitions.map((definition) => definition.id),
);

/**
 * Tells whether a string is a known workflow id.
 *
 * @example
 * ```ts
 * isWorkflowId('registration');
 * //=> true
 * ```
 */
export function isWorkflowId(value: unknown): value is WorkflowId {
  return typeof value === 'string' && Object.hasOwn(workflows, value);
}

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
