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
// Not the triage: diagnose, its catalog and words would add 7.72 KB to the root bundle; import it from
// portal-helpdesk/rules (docs/decisions.md, "Triage (issue 14)").
export * from './rules/checks.js';
export * from './workflows/index.js';
