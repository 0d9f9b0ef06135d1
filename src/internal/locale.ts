import * as z from 'zod/mini';
import { NOT_ONE_OF } from './validate.js';

/** Languages the library writes in: its staff advice, guides and CLI output. */
export type Locale = 'en' | 'es';

/** Every supported locale, in display order. */
export const locales: readonly Locale[] = /* @__PURE__ */ Object.freeze(['en', 'es']);

/** Tells whether a value is one of {@link locales}. */
export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'es';
}

/**
 * Schema for an optional `locale` option. A refinement giving the issue `z.enum` gives, so that
 * `z.enum`'s code stays out of the rules bundled alone (see docs/decisions.md).
 */
export const localeSchema = z.custom<Locale>(isLocale, { message: NOT_ONE_OF });
