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
 * Every workflow definition, in menu order: the one list of workflows. Adding a workflow is a
 * folder and one line here. Definitions hold machine factories, not machines, so importing them
 * bundles no heavy rule; the registry (`registry.ts`) builds the live machines from this list.
 *
 * @example
 * ```ts
 * definitionList.map((definition) => definition.id);
 * //=> ['registration', 'security-setup', 'phone-verification', 'relationship', 'family-access', 'secure-message', 'profile-switch', 'assist']
 * ```
 */
export const definitionList = Object.freeze([
  registration,
  securitySetup,
  phoneVerification,
  relationship,
  familyAccess,
  secureMessage,
  profileSwitch,
  assist,
] as const);

/** One workflow definition of the list. */
export type Definition = (typeof definitionList)[number];

/** The stable id of every workflow. */
export type WorkflowId = Definition['id'];

/** The definition of one workflow, by id. */
export type DefinitionOf<Id extends WorkflowId> = Extract<Definition, { readonly id: Id }>;

const byId: Readonly<Record<string, Definition>> = Object.freeze(
  Object.fromEntries(definitionList.map((definition) => [definition.id, definition])),
);

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
  definitionList.map((definition) => definition.id),
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
  return typeof value === 'string' && Object.hasOwn(byId, value);
}

/**
 * The definition of a workflow, or `PortalHelpdeskError('unknown-workflow')`.
 *
 * @example
 * ```ts
 * definitionOf('secure-message').title;
 * //=> 'Send a secure message'
 * ```
 */
export function definitionOf<Id extends WorkflowId>(id: Id): DefinitionOf<Id> {
  if (!isWorkflowId(id)) {
    throw new PortalHelpdeskError('unknown-workflow', [
      { path: ['workflowId'], message: 'Not a known workflow' },
    ]);
  }
  return byId[id] as DefinitionOf<Id>;
}
