import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/locales/en/index.js';
import { es } from '../../src/locales/es/index.js';
import { symptomIds } from '../../src/rules/index.js';
import { MAX_SEARCH_QUERY_LENGTH, searchHelp } from '../../src/search/index.js';
import { thrown } from '../helpers/thrown.js';
import { phrasings } from './phrasings.js';

const locales = { en, es };

describe("searchHelp: the patient's words to the symptom", () => {
  it('puts the right symptom first for at least 90% of 60+ phrasings (typos, Spanish, no accents)', () => {
    expect(phrasings.length).toBeGreaterThanOrEqual(60);
    const misses: string[] = [];
    for (const [language, query, symptom] of phrasings) {
      const first = searchHelp(query, { locale: locales[language] }).find((hit) => hit.kind === 'symptom');
      const top = searchHelp(query, { locale: locales[language] })[0];
      if (top?.kind !== 'symptom' || top.symptom !== symptom)
        misses.push(`${language} "${query}": ${first?.kind === 'symptom' ? first.symptom : 'none'}`);
    }
    const share = (phrasings.length - misses.length) / phrasings.length;
    console.log(
      `searchHelp: right symptom first for ${phrasings.length - misses.length}/${phrasings.length} phrasings (${(share * 100).toFixed(1)}%)${misses.length ? `\n  misses:\n  ${misses.join('\n  ')}` : ''}`,
    );
    expect(share).toBeGreaterThanOrEqual(0.9);
  });

  it('finds every symptom by its own name in both languages', () => {
    for (const locale of [en, es]) {
      for (const symptom of symptomIds) {
        const top = searchHelp(locale.triage.symptoms[symptom].name, { locale })[0];
        expect(top, symptom).toMatchObject({ kind: 'symptom', symptom });
      }
    }
  });

  it('is accent- and word-order-tolerant', () => {
    const accented = searchHelp('no me llegó el código', { locale: es })[0];
    expect(searchHelp('no me llego el codigo', { locale: es })[0]).toEqual(accented);
    expect(searchHelp('codigo el llego no me', { locale: es })[0]?.title).toBe(accented?.title);
  });

  it('also ranks guide steps, in the language searched', () => {
    const hits = searchHelp('Send code Verify', { locale: es, limit: 10 });
    expect(hits.some((hit) => hit.kind === 'step' && hit.step === 'security.enterCode')).toBe(true);
    expect(hits.length).toBeLessThanOrEqual(10);
    expect(Object.isFrozen(hits)).toBe(true);
  });

  it('returns nothing for blank or unmatched queries', () => {
    expect(searchHelp('   ')).toEqual([]);
    expect(searchHelp('zzzzqqqq')).toEqual([]);
  });

  it('refuses a query that is too long or not a string, and bad options, never echoing the query', () => {
    const long = 'Jane Doe '.repeat(30);
    const error = thrown(() => searchHelp(long));
    expect(long.length).toBeGreaterThan(MAX_SEARCH_QUERY_LENGTH);
    expect(error.issues[0]?.path).toEqual(['query']);
    expect(error.message).not.toContain('Jane');
    expect(thrown(() => searchHelp(42 as never)).issues[0]?.path).toEqual(['query']);
    expect(thrown(() => searchHelp('code', { limit: 0 })).issues[0]?.path).toEqual(['limit']);
    expect(thrown(() => searchHelp('code', { locale: 'es' as never })).issues[0]?.path).toEqual(['locale']);
    expect(thrown(() => searchHelp('code', { lang: es } as never)).issues[0]?.path).toEqual(['lang']);
    const badStopWords = { ...es, search: { ...es.search, stopWords: 'el la' } };
    expect(thrown(() => searchHelp('code', { locale: badStopWords as never })).issues[0]).toEqual({
      path: ['locale'],
      message: "Expected the locale's search section to have stopWords as a list of at most 500 strings",
    });
    const badSymptom = {
      ...es,
      search: { ...es.search, symptoms: { ...es.search.symptoms, 'child-under-13': [13] } },
    };
    expect(thrown(() => searchHelp('code', { locale: badSymptom as never })).issues[0]?.message).toContain(
      'symptoms.child-under-13',
    );
    // The section is optional: a locale without it is searched by its triage and guide words.
    const { search: _search, ...withoutSearch } = es;
    expect(searchHelp('codigo no llega', { locale: withoutSearch })[0]).toMatchObject({
      kind: 'symptom',
      symptom: 'code-not-received',
    });
    expect(searchHelp('dice que', { locale: withoutSearch }).length).toBeGreaterThan(0);
    // A host's lists are its own length: fewer stop words than English is fine.
    expect(
      searchHelp('codigo', { locale: { ...es, search: { ...es.search, stopWords: ['el'] } } }).length,
    ).toBeGreaterThan(0);
  });
});

describe('searchHelp: property', () => {
  it('answers any query up to the cap with at most `limit` hits, best first, never throwing', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: MAX_SEARCH_QUERY_LENGTH }),
        fc.integer({ min: 1, max: 50 }),
        fc.constantFrom(en, es),
        (query, limit, locale) => {
          const hits = searchHelp(query, { locale, limit });
          expect(hits.length).toBeLessThanOrEqual(limit);
          for (let index = 1; index < hits.length; index++)
            expect((hits[index - 1]?.score ?? 0) >= (hits[index]?.score ?? 0)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
