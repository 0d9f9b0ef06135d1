/**
 * Rule checks: pure functions that return a verdict, a reason code and what staff need to say;
 * and the triage, from a symptom to its cause and fix (`diagnose`).
 *
 * @packageDocumentation
 */

export * from './checks.js';
export * from './triage/index.js';
