import type { SymptomId } from '../../src/rules/index.js';

/**
 * A set of callers' phrasings: the language, the words, and the symptoms they describe (the first
 * is the right one; a second counts where the words really fit two).
 */
export type PhrasingSet = readonly (readonly [
  language: 'en' | 'es',
  query: string,
  symptoms: readonly SymptomId[],
])[];
