/**
 * portal-helpdesk: rule checks, workflow machines and step guides for Patient Portal support.
 *
 * @packageDocumentation
 */

export * from './guides/index.js';
// The rules' `Locale` (an object of words) wins the name; the guides' language code, also called
// `Locale` inside `portal-helpdesk/guides` until the guides take locale objects, is renamed here.
export type { Locale as GuideLocaleCode } from './internal/locale.js';
export type { Locale } from './rules/checks.js';
// Not the triage: diagnose and its words' code cost the root bundle ~N KB; import it from
// portal-helpdesk/rules (docs/decisions.md, "Triage in its own module").
export * from './rules/checks.js';
export * from './workflows/index.js';
