import * as z from 'zod/mini';

/** Languages the library writes in: its staff advice, guides and CLI output. */
export type Locale = 'en' | 'es';

/** Every supported locale, in display order. */
export const locales: readonly Locale[] = Object.freeze(['en', 'es']);

/** Schema for an optional `locale` option. */
export const localeSchema = z.enum(['en', 'es']);
