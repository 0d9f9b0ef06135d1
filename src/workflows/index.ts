/**
 * Workflow state machines (xstate v5) for the Patient Portal tasks staff help with.
 *
 * @packageDocumentation
 */
export { isPortalHelpdeskError, PortalHelpdeskError } from '../errors.js';
