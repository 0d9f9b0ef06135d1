/**
 * The `locale` option of the rule checks (internal): a {@link Locale} carrying the section the rule
 * reads, or `'en'` from callers of 0.1, where a locale was a language code. Read by a zod/mini
 * custom check in zod schemas (guides), and by a hand-written field check in the rules.
 */
import * as z from 'zod/mini';
import { customField } from '../internal/field-checks.js';
import type { FieldReader } from '../internal/fields.js';
import type { Locale } from './types.js';

/** The sections of a {@link Locale} that hold words. */
export type LocaleSectionName = Exclude<keyof Locale, 'code' | 'search'>;

/** What a rule's `locale` option accepts once checked: a locale, or the 0.1 code for English. */
export type LocaleOption = Locale | 'en';

/** The message for a language code given where a locale object is expected (the 0.1 API). */
export const LOCALE_CODE_MESSAGE =
  "Expected a locale object, not a language code: import { es } from 'portal-helpdesk/locales/es' and pass es (English is the default)";

/**
 * What is wrong with `value` as a locale for the rule that reads `name`, or `undefined`. Every field
 * of the English section must be there with the same type (a sentence or a sentence builder), so a
 * host's incomplete language fails here, naming the missing key, rather than deep inside a rule.
 * Messages name our keys, never a value.
 */
function localeProblem<Name extends LocaleSectionName>(
  value: unknown,
  name: Name,
  english: Locale[Name],
): string | undefined {
  if (value === 'en') return undefined;
  if (typeof value === 'string') return LOCALE_CODE_MESSAGE;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'Expected a locale object';
  // Read here, once: outputs carry it (a guide's `locale`, HTML's `lang`).
  if (typeof (value as { code?: unknown }).code !== 'string') return 'Expected a locale with a code';
  const section: unknown = (value as Record<string, unknown>)[name];
  if (typeof section !== 'object' || section === null) return `Expected a locale with a ${name} section`;
  return shapeProblem(section, english, `${name} section`, 0);
}

/**
 * Whether `actual` has every key of `expected`, with the same kind (sentence, sentence builder,
 * or a group of them, read to a depth of two: the guide words' `steps`, `notes`...).
 */
function shapeProblem(actual: object, expected: object, where: string, depth: number): string | undefined {
  for (const key of Object.keys(expected)) {
    const want: unknown = (expected as Record<string, unknown>)[key];
    const got: unknown = (actual as Record<string, unknown>)[key];
    const kind = typeof want;
    if (typeof got !== kind || (kind === 'object' && got === null)) {
      const noun = kind === 'function' ? 'function' : kind === 'object' ? 'group' : 'string';
      return `Expected the locale's ${where} to have ${key} as a ${noun}`;
    }
    if (kind === 'object' && depth < 2) {
      const problem = shapeProblem(got as object, want as object, `${where}.${key}`, depth + 1);
      if (problem !== undefined) return problem;
    }
  }
  return undefined;
}

/**
 * The zod/mini check of a rule's `locale` option, for the rule that reads section `name`.
 *
 * @example
 * ```ts
 * z.safeParse(localeOption('phone', enPhone), 'es').error?.issues[0]?.message;
 * //=> "Expected a locale object, not a language code: import { es } from 'portal-helpdesk/locales/es' ..."
 * ```
 */
export function localeOption<Name extends LocaleSectionName>(name: Name, english: Locale[Name]) {
  return z.custom<LocaleOption>((value) => localeProblem(value, name, english) === undefined, {
    error: (issue) => localeProblem(issue.input, name, english) ?? 'Expected a locale object',
  });
}

/**
 * The same check as {@link localeOption}, as a hand-written field for `parseFields`: the rules read
 * their `locale` option with it, so that no zod code is bundled with them.
 *
 * @example
 * ```ts
 * parseFields({ locale: localeField('phone', enPhone) }, { locale: 'es' }, 'ctx');
 * //=> throws PortalHelpdeskError: ctx: invalid-input (locale: Expected a locale object, not a language code: ...)
 * ```
 */
export function localeField<Name extends LocaleSectionName>(
  name: Name,
  english: Locale[Name],
): FieldReader<LocaleOption> {
  return customField<LocaleOption>(
    (value) => localeProblem(value, name, english) === undefined,
    (value) => localeProblem(value, name, english) ?? 'Expected a locale object',
  );
}

/**
 * Tells whether `value` is a valid `locale` option for section `name` (the fast paths' test).
 *
 * @example
 * ```ts
 * isLocaleOption(es, 'eligibility', enEligibility);
 * //=> true
 * ```
 */
export function isLocaleOption<Name extends LocaleSectionName>(
  value: unknown,
  name: Name,
  english: Locale[Name],
): value is LocaleOption {
  return localeProblem(value, name, english) === undefined;
}

/**
 * The words a rule says: the section of the given locale, or English.
 *
 * @example
 * ```ts
 * wordsOf(es, 'phone', enPhone) === es.phone;
 * //=> true
 * ```
 */
export function wordsOf<Name extends LocaleSectionName>(
  locale: LocaleOption | undefined,
  name: Name,
  english: Locale[Name],
): Locale[Name] {
  return locale === undefined || locale === 'en' ? english : locale[name];
}
