/**
 * Helpers for host test suites: workflow paths and realistic fixtures. Imports no test framework.
 *
 * @packageDocumentation
 */
export { isPortalHelpdeskError, PortalHelpdeskError } from '../errors.js';
export type { UserAgentFixture } from './fixtures/user-agents.js';
export { userAgentFixtures } from './fixtures/user-agents.js';
