import { PortalHelpdeskError } from '../errors.js';
import { assistMachine } from './assist/machine.js';
import { phoneVerificationMachine } from './phone-verification/machine.js';
import { profileSwitchMachine } from './profile-switch/machine.js';
import { registrationMachine } from './registration/machine.js';
import { relationshipMachine } from './relationship/machine.js';
import { secureMessageMachine } from './secure-message/machine.js';
import { securitySetupMachine } from './security-setup/machine.js';

/** The stable id of every workflow. */
export type WorkflowId =
  | 'registration'
  | 'security-setup'
  | 'phone-verification'
  | 'relationship'
  | 'secure-message'
  | 'profile-switch'
  | 'assist';

/**
 * Every workflow: its id, an English title for menus and logs, and its machine. Guides carry
 * localised titles of their own.
 *
 * @example
 * ```ts
 * workflows.registration.title;
 * //=> 'Create a Patient Portal account'
 * Object.keys(workflows).length;
 * //=> 7
 * ```
 */
export const workflows = Object.freeze({
  registration: {
    id: 'registration',
    title: 'Create a Patient Portal account',
    machine: registrationMachine,
  },
  'security-setup': { id: 'security-setup', title: 'Set up account security', machine: securitySetupMachine },
  'phone-verification': {
    id: 'phone-verification',
    title: 'Verify the phone of record',
    machine: phoneVerificationMachine,
  },
  relationship: {
    id: 'relationship',
    title: 'Choose the patient relationship',
    machine: relationshipMachine,
  },
  'secure-message': {
    id: 'secure-message',
    title: 'Send a message with attachments',
    machine: secureMessageMachine,
  },
  'profile-switch': { id: 'profile-switch', title: 'Open a profile', machine: profileSwitchMachine },
  assist: { id: 'assist', title: 'Staff assist session', machine: assistMachine },
} as const);

/** The registry entry type of one workflow. */
export type WorkflowEntry<Id extends WorkflowId = WorkflowId> = (typeof workflows)[Id];

/** Every workflow id, in registry order. */
export const workflowIds: readonly WorkflowId[] = Object.freeze(Object.keys(workflows) as WorkflowId[]);

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
  return workflowIds.find((id) => workflows[id].machine.id === machineId);
}
