/**
 * Step guides derived from the workflow machines, rendered as Markdown, HTML or text.
 *
 * @packageDocumentation
 */
export { isPortalHelpdeskError, PortalHelpdeskError } from '../errors.js';
