import { triageLocaleOf } from '../guides/triage-view.js';
import { guide as enGuide } from '../locales/en/guide.js';
import { triage as enTriage } from '../locales/en/triage.js';
import { guide as esGuide } from '../locales/es/guide.js';
import type { GuideWords } from '../locales/guide-words.js';
import type { Locale, TriageWords } from '../locales/types.js';
import { type ElementWords, elementWords } from './words.js';

/**
 * Everything the element says in one language: the `describeStep` locale option, the guide
 * words' titles and note prefixes, and the element's own control words.
 *
 * @example
 * ```ts
 * // The element makes its speech from its `locale` attribute or property; a host only reads the type.
 * const lang: ElementSpeech['lang'] = 'es';
 * ```
 */
export type ElementSpeech = {
  /** The BCP 47 tag for the `lang` attribute. */
  readonly lang: string;
  /** What `describeStep(…, { locale })` takes. */
  readonly describeLocale: Locale;
  readonly titles: GuideWords['titles'];
  readonly notePrefixes: { readonly staff: string; readonly patient: string; readonly warning: string };
  readonly words: ElementWords;
  /**
   * The triage words (symptom names, the triage's headings): the locale's when it has the words of
   * every rule check, else English (the built-in `en` and `es`).
   */
  readonly triage: TriageWords;
};

function isLocale(value: unknown): value is Locale {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { guide?: unknown }).guide === 'object'
  );
}

// describeStep reads a locale's guide words and, in a triage, the words of the rule checks: the
// element carries the guide words of its two built-in languages only, so a triage reads in English
// (the session's diagnose brings those words anyway) unless a host gives a full locale object.
const builtIn = {
  en: { code: 'en', guide: enGuide },
  es: { code: 'es', guide: esGuide },
} as unknown as Readonly<Record<'en' | 'es', Locale>>;

/**
 * The one place the element turns its `locale` attribute or property into words: a `Locale`
 * object (a host's own language included), or the codes `en` and `es`. Anything else is English.
 * The element's own control words follow the locale's language (`es…` is Spanish).
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
  const locale: Locale = isLocale(value) ? value : value === 'es' ? builtIn.es : builtIn.en;
  const guide = locale.guide;
  return {
    lang: locale.code,
    describeLocale: locale,
    titles: guide.titles,
    notePrefixes: { staff: guide.ui.staffNote, patient: guide.ui.patientNote, warning: guide.ui.warning },
    words: locale.code.toLowerCase().startsWith('es') ? elementWords.es : elementWords.en,
    triage: triageLocaleOf(locale)?.triage ?? enTriage,
  };
}
