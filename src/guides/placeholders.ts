import type { GuideWords } from '../locales/guide-words.js';
import type { GuideProvider } from '../workflows/define-workflow.js';

/**
 * The Provider list a guide walks with when the caller gave none: one provider and one office
 * location named by the locale's placeholders, never invented names.
 */
export function placeholderProviders(words: GuideWords['placeholders']): GuideProvider[] {
  return [{ id: 'provider', name: words.provider, departments: [{ id: 'location', name: words.location }] }];
}
