import MiniSearch from 'minisearch';
import { PortalHelpdeskError } from '../errors.js';
import { stringUpTo, wholeNumberField } from '../internal/field-checks.js';
import { optionalField, parseFields } from '../internal/fields.js';
import { deepFreeze } from '../internal/freeze.js';
import { en } from '../locales/en/index.js';
import type { GuideParams } from '../locales/guide-words.js';
import { localeField } from '../locales/option.js';
import type { RichText } from '../locales/text.js';
import type { Locale, SearchWords } from '../locales/types.js';
import { causeFixes, type SymptomId, symptomIds, triageCatalog } from '../rules/triage/catalog.js';
import { checkPhrasings } from '../rules/triage/phrasings.js';
import type { GuideStepKey } from '../workflows/shared/guide-keys.js';

/**
 * The longest query read: what staff type while the patient talks, never a document.
 *
 * @example
 * ```ts
 * MAX_SEARCH_QUERY_LENGTH;
 * //=> 200
 * ```
 */
export const MAX_SEARCH_QUERY_LENGTH = 200;
/** Most hits returned. */
const MAX_LIMIT = 50;
const DEFAULT_LIMIT = 5;

/**
 * One ranked hit of {@link searchHelp}: a symptom (diagnose it with `diagnose`) or a guide step
 * (where a workflow tells the patient what to do), with its words in the locale searched.
 *
 * @example
 * ```ts
 * const hit: HelpHit = searchHelp('cant attach file')[0]!;
 * ```
 */
export type HelpHit =
  | { readonly kind: 'symptom'; readonly symptom: SymptomId; readonly title: string; readonly score: number }
  | { readonly kind: 'step'; readonly step: GuideStepKey; readonly title: string; readonly score: number };

/**
 * Options of {@link searchHelp}.
 *
 * @example
 * ```ts
 * import { es } from 'portal-helpdesk/locales/es';
 * const options: SearchHelpOptions = { locale: es, limit: 3 };
 * ```
 */
export interface SearchHelpOptions {
  /** The language to search (English by default): its symptom names, phrasings and guide steps. */
  readonly locale?: Locale | undefined;
  /** Most hits to return, 1 to 50 (default 5). */
  readonly limit?: number | undefined;
}

interface HelpDocument {
  readonly id: string;
  readonly title: string;
  /** Symptom phrasings, or for a step the step's own words. */
  readonly phrasings: string;
  /** For a symptom: the words of its causes, fixes and questions, which patients also echo. */
  readonly details: string;
}

/** Folds case and accents, so "Código" and "codigo" meet. */
const fold = (term: string): string =>
  term
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * Splits a text into words as the index and a query read them: a possessive "'s" goes and the
 * other apostrophes close up before the split at spaces and punctuation, so "can't" and "cant",
 * "son's" and "son" meet.
 */
const tokenize = (text: string): string[] =>
  text
    .replace(/['’]s\b/giu, '')
    .replace(/['’]/gu, '')
    .split(/[\n\r\p{Z}\p{P}]+/u);

/** The folded words of a text, stop words kept, padded with spaces to find a phrase in them. */
const spaced = (text: string): string => ` ${tokenize(text).map(fold).join(' ')} `;

const plain = (text: RichText): string => text.map((segment) => segment.text).join('');

/** The documents of one locale: every symptom, and every guide step, from the catalogs themselves. */
function documentsOf(locale: Locale): HelpDocument[] {
  const words = locale.triage;
  const params: GuideParams = {
    patientName: locale.guide.placeholders.patient,
    familyMemberName: locale.guide.placeholders.familyMember,
    providerName: locale.guide.placeholders.provider,
    locationName: locale.guide.placeholders.location,
    minimumAge: 13,
    maxLength: 1000,
    maxAttachments: 10,
  };
  const steps = locale.guide.steps;
  const symptoms = symptomIds.map((id): HelpDocument => {
    const { causes, questions } = triageCatalog[id];
    const details = [
      ...causes.map((cause) => words.causes[cause]),
      ...causes.flatMap((cause) => {
        const fix = causeFixes[cause];
        return fix.kind === 'workflow' ? [plain(steps[fix.step](params))] : [];
      }),
      ...questions.map((question) => words.questions[question]),
    ];
    return {
      id: `symptom:${id}`,
      title: words.symptoms[id].name,
      phrasings: [...words.symptoms[id].phrasings, ...(locale.search?.symptoms[id] ?? [])].join('\n'),
      details: details.join('\n'),
    };
  });
  const stepDocuments = (Object.keys(steps) as GuideStepKey[]).map(
    (step): HelpDocument => ({
      id: `step:${step}`,
      title: plain(steps[step](params)),
      phrasings: '',
      details: '',
    }),
  );
  return [...symptoms, ...stepDocuments];
}

/**
 * Symptoms of the staff member's own screen, not the patient's: they rank below the patients'
 * symptoms unless the query has one of the locale's staff words.
 */
const STAFF_SYMPTOMS: readonly SymptomId[] = ['staff-login-as-patient'];
const staffDocuments: ReadonlySet<string> = new Set(STAFF_SYMPTOMS.map((id) => `symptom:${id}`));
/** How much a staff symptom's score keeps for a query without staff words. */
const STAFF_FACTOR = 0.1;
/** How much a guide step's score keeps: patients' words describe symptoms, steps say what to do. */
const STEP_FACTOR = 0.3;

interface LocaleIndex {
  readonly index: MiniSearch<HelpDocument>;
  /** The locale's staff words, folded and spaced. */
  readonly staffWords: readonly string[];
}

/** One index per locale object, built on first use; a locale nobody searches costs nothing. */
const indexes = new WeakMap<Locale, LocaleIndex>();

function indexOf(locale: Locale): LocaleIndex {
  const cached = indexes.get(locale);
  if (cached !== undefined) return cached;
  const stopWords = new Set((locale.search?.stopWords ?? []).map(fold));
  const index = new MiniSearch<HelpDocument>({
    fields: ['title', 'phrasings', 'details'],
    storeFields: ['title'],
    tokenize,
    processTerm: (term) => {
      const folded = fold(term);
      return folded.length === 0 || stopWords.has(folded) ? null : folded;
    },
    searchOptions: {
      boost: { title: 3, phrasings: 2, details: 0.4 },
      fuzzy: (term) => (term.length <= 3 ? 0 : term.length <= 6 ? 1 : 2),
      prefix: (term) => term.length >= 4,
      combineWith: 'OR',
    },
  });
  index.addAll(documentsOf(locale));
  const built = { index, staffWords: (locale.search?.staffWords ?? []).map(spaced) };
  indexes.set(locale, built);
  return built;
}

const optionsShape = {
  locale: optionalField(localeField('triage', en.triage)),
  limit: optionalField(wholeNumberField(1, MAX_LIMIT)),
};
const guideLocaleShape = { locale: localeField('guide', en.guide) };
/** Most words a host's search list may hold (stop words, staff words, one symptom's phrasings). */
const MAX_SEARCH_WORDS = 500;

/** What is wrong with a host's `search` section, or `undefined`; names our keys, never a value. */
function searchWordsProblem(search: unknown): string | undefined {
  if (typeof search !== 'object' || search === null) return 'Expected a locale with a search section';
  const { stopWords, staffWords, symptoms } = search as Partial<Record<keyof SearchWords, unknown>>;
  if (typeof symptoms !== 'object' || symptoms === null)
    return "Expected the locale's search section to have symptoms as a group";
  const lists: [string, unknown][] = [
    ['stopWords', stopWords],
    ['staffWords', staffWords],
    ...symptomIds.map((id): [string, unknown] => [
      `symptoms.${id}`,
      (symptoms as Record<string, unknown>)[id],
    ]),
  ];
  for (const [name, list] of lists) {
    const valid =
      Array.isArray(list) &&
      list.length <= MAX_SEARCH_WORDS &&
      list.every((word: unknown) => typeof word === 'string');
    if (!valid)
      return `Expected the locale's search section to have ${name} as a list of at most ${MAX_SEARCH_WORDS} strings`;
  }
  return undefined;
}
const queryCheck = { query: stringUpTo(MAX_SEARCH_QUERY_LENGTH) };

/**
 * Finds the symptoms and guide steps that match what the patient says, best first: staff type the
 * patient's words, in English or Spanish, and get the symptom to diagnose. Tolerant of typos,
 * missing accents and word order (MiniSearch, fuzzy and prefix matching over accent-folded
 * terms). The index is built from the locale's own catalogs (symptom names and phrasings, the
 * words of their causes and questions, guide steps) and its `search` section (more patient
 * phrasings), so it says exactly what the library says. The locale's stop words are dropped from
 * index and query alike (a query of function words only finds nothing); guide steps rank below
 * symptoms, and the staff member's own symptom below the patient's unless the query has one of
 * the locale's staff words ("Quickview", "as the patient").
 *
 * @param query - What the patient said, up to 200 characters.
 * @param options - `locale` (English by default) and `limit` (1 to 50, default 5).
 * @returns Deep-frozen hits, best first; empty when nothing matches.
 * @throws {PortalHelpdeskError} `invalid-input` for a query that is not a string or is over 200
 *   characters (the query is never repeated), or bad options.
 *
 * @example
 * ```ts
 * searchHelp('cant attach file')[0];
 * //=> { kind: 'symptom', symptom: 'cannot-attach-file', title: 'Cannot attach a file', score: ... }
 *
 * import { es } from 'portal-helpdesk/locales/es';
 * const [top] = searchHelp('no me llego el codigo', { locale: es });
 * top?.kind === 'symptom' ? top.symptom : top?.step;
 * //=> 'code-not-received'
 * ```
 */
export function searchHelp(query: string, options?: SearchHelpOptions): readonly HelpHit[] {
  const { query: text } = parseFields(queryCheck, { query }, 'searchHelp(query)');
  const read = options === undefined ? undefined : parseFields(optionsShape, options, 'searchHelp(options)');
  // The index also reads the guide steps: a host's locale must have them too.
  if (read?.locale !== undefined)
    parseFields(guideLocaleShape, { locale: read.locale }, 'searchHelp(options)');
  checkPhrasings(read?.locale, 'searchHelp(options)');
  const locale = read?.locale === undefined || read.locale === 'en' ? en : read.locale;
  // The search section's lists are the language's own length: checked here, not by the locale check.
  const problem =
    locale === en || locale.search === undefined ? undefined : searchWordsProblem(locale.search);
  if (problem !== undefined)
    throw new PortalHelpdeskError(
      'invalid-input',
      [{ path: ['locale'], message: problem }],
      'searchHelp(options)',
    );
  const limit = read?.limit ?? DEFAULT_LIMIT;
  if (text.trim() === '') return deepFreeze([]);
  const { index, staffWords } = indexOf(locale);
  const words = spaced(text);
  const staff = staffWords.some((phrase) => words.includes(phrase));
  const results = index.search(text, {
    boostDocument: (id: string) =>
      id.startsWith('step:') ? STEP_FACTOR : !staff && staffDocuments.has(id) ? STAFF_FACTOR : 1,
  });
  const hits = results.slice(0, limit).map((result): HelpHit => {
    const id = String(result.id);
    const title = String(result.title);
    const score = Math.round(result.score * 1000) / 1000;
    return id.startsWith('symptom:')
      ? { kind: 'symptom', symptom: id.slice('symptom:'.length) as SymptomId, title, score }
      : { kind: 'step', step: id.slice('step:'.length) as GuideStepKey, title, score };
  });
  return deepFreeze(hits);
}
