/**
 * Workflow state machines (xstate v5) for the Patient Portal tasks staff help with, their
 * registry, synchronous input validation, and validated persistence.
 *
 * @packageDocumentation
 */

export type { PortalHelpdeskErrorCode, PortalHelpdeskIssue } from '../errors.js';
export { isPortalHelpdeskError, PortalHelpdeskError } from '../errors.js';
export type {
  SecurityAnswerComparison,
  TriageBrowserVerdict,
  TriageRuleChecks,
} from '../rules/triage/rule-checks.js';
export type {
  AssistInput,
  AssistPatientInput,
  AssistPracticeInput,
  AssistStaffInput,
} from './assist/input.js';
export type {
  AssistContext,
  AssistDiagnosis,
  AssistEvent,
  AssistOwnEvent,
  AssistSummary,
} from './assist/machine.js';
export type { AssistPreChecks, BrowserVerdict } from './assist/pre-checks.js';
export type { AssistUser } from './assist/registering-user.js';
export type { AssistTask, TaskOutcome } from './assist/tasks.js';
export { assistTasks } from './assist/tasks.js';
export type { MessageCheck, TypedPhoneCheck, WorkflowChecks } from './checks.js';
export { createWorkflowActor } from './create-workflow-actor.js';
export type {
  GuideProvider,
  GuideScript,
  GuideSettings,
  StateNotes,
  WorkflowDefinition,
} from './define-workflow.js';
export { defineWorkflow } from './define-workflow.js';
export type { WorkflowId } from './definitions.js';
export type {
  FamilyAccessContext,
  FamilyAccessEvent,
  FamilyAccessInput,
  FamilyAccessOutput,
  FamilyAccessPatientInput,
} from './family-access/machine.js';
export type { EventRefusalOptions } from './guard-actor.js';
export { eventIssues } from './guard-actor.js';
export {
  assistMachine,
  familyAccessMachine,
  phoneVerificationMachine,
  registrationMachine,
  secureMessageMachine,
  securitySetupMachine,
} from './live-machines.js';
export type { PersistedSession } from './persistence.js';
export { persistSession, restoreSession, SESSION_SCHEMA_VERSION } from './persistence.js';
export type { PhoneVerificationInput, PhoneVerificationOutput } from './phone-verification/machine.js';
export type { PhoneVerificationEvent } from './phone-verification/states.js';
export type {
  ProfileSwitchContext,
  ProfileSwitchEvent,
  ProfileSwitchInput,
  ProfileSwitchOutput,
} from './profile-switch/machine.js';
export { profileSwitchMachine } from './profile-switch/machine.js';
export type { RegistrationChannel } from './registration/channels.js';
export { asksForRelationship, registrationChannels } from './registration/channels.js';
export type {
  RegistrationContext,
  RegistrationEvent,
  RegistrationInput,
  RegistrationOutput,
  RegistrationPatientInput,
} from './registration/machine.js';
export type { WorkflowEntry } from './registry.js';
export { getWorkflow, isWorkflowId, workflowDefinitions, workflowIds, workflows } from './registry.js';
export type { RelationshipInput, RelationshipOutput } from './relationship/machine.js';
export { relationshipMachine } from './relationship/machine.js';
export type { RelationshipEvent } from './relationship/states.js';
export type {
  SecureMessageContext,
  SecureMessageEvent,
  SecureMessageInput,
  SecureMessageOutput,
} from './secure-message/machine.js';
export type { SecuritySetupInput, SecuritySetupOutput } from './security-setup/machine.js';
export type { SecuritySetupEvent } from './security-setup/states.js';
export type {
  AccountUser,
  CodeEntryContext,
  RelationshipContext,
  SecurityContext,
  SecurityMethod,
  UnderAgeBlock,
  VerificationContext,
  WorkflowProblem,
} from './shared/context-types.js';
export type { EventRefused } from './shared/event-guard.js';
export { EVENT_REFUSED } from './shared/event-guard.js';
export type {
  AccountUserInput,
  EligibilityFactsInput,
  PhoneRegionInput,
  RegionalPracticeInput,
  WorkflowPatientInput,
  WorkflowPracticeInput,
} from './shared/input-types.js';
export type { GuideStepKey, StepMeta } from './shared/step-meta.js';
