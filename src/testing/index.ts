/**
 * Helpers for host test suites: every workflow path as plain data, the sample inputs and events
 * that reach every branch, and realistic fixtures. Imports no test framework, so vitest, jest and
 * node:test hosts can all use it.
 *
 * @packageDocumentation
 */
export type { PortalHelpdeskErrorCode, PortalHelpdeskIssue } from '../errors.js';
export { isPortalHelpdeskError, PortalHelpdeskError } from '../errors.js';
export {
  sampleAdultPatient,
  sampleChildPatient,
  sampleInternetExplorerUserAgent,
  sampleManager,
  sampleNow,
  samplePractice,
  sampleStaffUserAgent,
} from '../workflows/assist/samples.js';
export type { BirthDateForAgeOptions } from './fixtures/birth-date-for-age.js';
export { birthDateForAge } from './fixtures/birth-date-for-age.js';
export type { CardNumberFixture } from './fixtures/card-numbers.js';
export { cardNumberFixtures } from './fixtures/card-numbers.js';
export type { PhoneNumberFixture } from './fixtures/phone-numbers.js';
export { phoneNumberFixtures } from './fixtures/phone-numbers.js';
export type { UserAgentFixture } from './fixtures/user-agents.js';
export { userAgentFixtures } from './fixtures/user-agents.js';
export {
  eventsFor,
  sampleBodyWithCardNumber,
  sampleLandline,
  sampleOtherMobile,
  sampleOverlongBody,
} from './samples/events.js';
export type { SampleInputs } from './samples/inputs.js';
export { sampleInputs } from './samples/inputs.js';
export type { WorkflowPath, WorkflowPathsOptions } from './workflow-paths.js';
export { workflowPaths } from './workflow-paths.js';
