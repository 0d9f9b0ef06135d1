import { isLocale, type Locale } from '../../internal/locale.js';
import type { GuideCatalog } from './catalog.js';
import { en } from './en.js';
import { es } from './es.js';

/**
 * Every guide catalog, by locale.
 *
 * @example
 * ```ts
 * catalogs.es.ui.warning;
 * //=> 'Importante'
 * ```
 */
export const catalogs: Readonly<Record<Locale, GuideCatalog>> = Object.freeze({ en, es });

/**
 * The guide catalog of a locale; English for anything that is not a known locale, so a renderer
 * never fails on a locale it was handed.
 *
 * @example
 * ```ts
 * catalogFor('en').ui.staffNote;
 * //=> 'Staff note'
 * ```
 */
export function catalogFor(locale: Locale): GuideCatalog {
  // `isLocale` rather than `Object.hasOwn`, which throws on objects that cannot become a key.
  return isLocale(locale) ? catalogs[locale] : catalogs.en;
}
