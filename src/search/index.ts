/**
 * Search: from the patient's own words to the symptom or guide step, in English or Spanish. Its
 * own entry point, so hosts that do not search do not ship MiniSearch.
 *
 * @packageDocumentation
 */

export type { PortalHelpdeskErrorCode, PortalHelpdeskIssue } from '../errors.js';
export { isPortalHelpdeskError, PortalHelpdeskError } from '../errors.js';
export type { SearchWords } from '../locales/types.js';
export type { HelpHit, SearchHelpOptions } from './search-help.js';
export { MAX_SEARCH_QUERY_LENGTH, searchHelp } from './search-help.js';
