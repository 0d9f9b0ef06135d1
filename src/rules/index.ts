/**
 * Rule checks: pure functions that return a verdict, a reason code and what staff need to say.
 *
 * @packageDocumentation
 */

export type { PortalHelpdeskErrorCode, PortalHelpdeskIssue } from '../errors.js';
export { isPortalHelpdeskError, PortalHelpdeskError } from '../errors.js';
export type { Locale } from '../internal/locale.js';
export { securityAnswersMatch } from './security-answer.js';
