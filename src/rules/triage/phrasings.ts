import { PortalHelpdeskError } from '../../errors.js';
import type { LocaleOption } from '../../locales/option.js';
import { symptomIds } from './catalog.js';

/** Most phrasings one symptom may have in a locale. */
const MAX_PHRASINGS = 100;

/**
 * Checks what the locale check cannot see (it reads two levels deep): each symptom's `phrasings`
 * must be a list of strings. A host's locale that is wrong here fails with `invalid-input` at
 * `locale`, naming the symptom, never a value.
 */
export function checkPhrasings(locale: LocaleOption | undefined, context: string): void {
  if (locale === undefined || locale === 'en') return;
  for (const id of symptomIds) {
    const phrasings: unknown = locale.triage.symptoms[id].phrasings;
    const valid =
      Array.isArray(phrasings) &&
      phrasings.length <= MAX_PHRASINGS &&
      phrasings.every((phrasing) => typeof phrasing === 'string');
    if (!valid)
      throw new PortalHelpdeskError(
        'invalid-input',
        [
          {
            path: ['locale'],
            message: `Expected the locale's triage section to have symptoms.${id}.phrasings as a list of at most ${MAX_PHRASINGS} strings`,
          },
        ],
        context,
      );
  }
}
