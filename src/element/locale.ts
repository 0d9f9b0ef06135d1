import { catalogFor } from '../guides/locales/index.js';
import type { Locale } from '../internal/locale.js';
import { type ElementWords, elementWords } from './words.js';

/**
 * Everything the element says in one language: the `describeStep` locale option, the guide
 * catalog's titles and note prefixes, and the element's own control words.
 *
 * @example
 * ```ts
 * const speech: ElementSpeech = speechFor('es');
 * speech.lang;
 * //=> 'es'
 * ```
 */
export type ElementSpeech = {
  /** The BCP 47 tag for the `lang` attribute. */
  readonly lang: string;
  /** What `describeStep(…, { locale })` takes. */
  readonly describeLocale: Locale;
  readonly titles: ReturnType<typeof catalogFor>['titles'];
  readonly notePrefixes: { readonly staff: string; readonly patient: string; readonly warning: string };
  readonly words: ElementWords;
};

/**
 * The one place the element turns its `locale` attribute or property into words. Anything but
 * `es` is English. When the library's locales become objects, only this function changes.
 *
 * @example
 * ```ts
 * speechFor('es').words.events.CONTINUE;
 * //=> 'Continuar'
 * speechFor('fr').lang;
 * //=> 'en'
 * ```
 */
export function speechFor(value: unknown): ElementSpeech {
  const locale: Locale = value === 'es' ? 'es' : 'en';
  const catalog = catalogFor(locale);
  return {
    lang: locale,
    describeLocale: locale,
    titles: catalog.titles,
    notePrefixes: {
      staff: catalog.ui.staffNote,
      patient: catalog.ui.patientNote,
      warning: catalog.ui.warning,
    },
    words: elementWords[locale],
  };
}
