/**
 * portal-helpdesk: rule checks, workflow machines and step guides for Patient Portal support.
 *
 * @packageDocumentation
 */

export * from './guides/index.js';
export * from './rules/index.js';
export * from './workflows/index.js';
