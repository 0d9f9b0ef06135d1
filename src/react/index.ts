/**
 * React binding: `useAssistSession` runs a staff assist session in a component, with validated
 * start, saving and restoring, and the step view. Needs `react` (18 or 19) as a peer dependency.
 *
 * @packageDocumentation
 */

export type { PortalHelpdeskErrorCode, PortalHelpdeskIssue } from '../errors.js';
export { isPortalHelpdeskError, PortalHelpdeskError } from '../errors.js';
export type { AcceptedEvent, DescribeStepOptions, StepView } from '../guides/describe-step.js';
export type { AssistInput } from '../workflows/assist/input.js';
export type { AssistEvent, AssistSummary } from '../workflows/assist/machine.js';
export type { AssistActor, AssistSessionStorage } from './assist-session-store.js';
export type { UseAssistSessionOptions, UseAssistSessionResult } from './use-assist-session.js';
export { DEFAULT_ASSIST_STORAGE_KEY, useAssistSession } from './use-assist-session.js';
