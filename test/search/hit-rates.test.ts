import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/locales/en/index.js';
import { es } from '../../src/locales/es/index.js';
import { searchHelp } from '../../src/search/index.js';
import { audit } from './audit.js';
import { heldOut } from './held-out.js';
import { heldOut2 } from './held-out-2.js';
import { heldOut3 } from './held-out-3.js';
import type { PhrasingSet } from './phrasing-set.js';

const locales = { en, es };

/** The share of a language's phrasings whose symptom comes first, and in the first three hits. */
function hitRates(set: PhrasingSet, language: 'en' | 'es') {
  const rows = set.filter(([lang]) => lang === language);
  let first = 0;
  let topThree = 0;
  const misses: string[] = [];
  for (const [, query, symptoms] of rows) {
    const hits = searchHelp(query, { locale: locales[language], limit: 3 }).map((hit) =>
      hit.kind === 'symptom' ? hit.symptom : `step:${hit.step}`,
    );
    const right = (hit: string | undefined): boolean => symptoms.some((symptom) => symptom === hit);
    if (right(hits[0])) first++;
    else misses.push(`"${query}": ${hits.join(', ') || 'none'}`);
    if (hits.some(right)) topThree++;
  }
  return { count: rows.length, first: first / rows.length, topThree: topThree / rows.length, misses };
}

/**
 * Floors, not targets (docs/decisions.md, "Search"). The search words were tuned on the audit's set,
 * then on the first two held-out sets (each written blind, before the tuning that looked at it);
 * the third was written blind after that tuning and never tuned on: its floors are the honest
 * measure. A regression fails.
 */
const floors = {
  audit: { set: audit, first: 0.95, topThree: 0.95 },
  'held-out 1 (tuned on since)': { set: heldOut, first: 0.9, topThree: 0.95 },
  'held-out 2 (tuned on)': { set: heldOut2, first: 0.9, topThree: 0.95 },
  'held-out 3 (never tuned on)': { set: heldOut3, first: 0.8, topThree: 0.9 },
} as const;

describe('searchHelp: hit rates on the audit and held-out sets', () => {
  for (const [name, { set, first, topThree }] of Object.entries(floors)) {
    for (const language of ['en', 'es'] as const) {
      it(`${name}, ${language}: the right symptom first for ${first * 100}%, in the first three for ${topThree * 100}%`, () => {
        const rates = hitRates(set, language);
        console.log(
          `searchHelp ${name} ${language}: first ${(rates.first * 100).toFixed(1)}%, first three ${(rates.topThree * 100).toFixed(1)}% of ${rates.count}${rates.misses.length ? `\n  not first:\n  ${rates.misses.join('\n  ')}` : ''}`,
        );
        expect(rates.count).toBeGreaterThanOrEqual(40);
        expect(rates.first).toBeGreaterThanOrEqual(first);
        expect(rates.topThree).toBeGreaterThanOrEqual(topThree);
      });
    }
  }
});

describe('searchHelp: stop words and staff words', () => {
  it('finds nothing for a query made of function words only', () => {
    for (const query of ['it says', 'the', "I'm", "it doesn't", 'how do I', 'can you', 'it is not']) {
      expect(searchHelp(query), query).toEqual([]);
    }
    for (const query of ['dice que', 'de la', 'no puedo', 'qué es esto', 'él no tiene']) {
      expect(searchHelp(query, { locale: es }), query).toEqual([]);
    }
  });

  it('finds nothing for any mix of a locale’s stop words', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(en, es)
          .chain((locale) =>
            fc.tuple(
              fc.constant(locale),
              fc.subarray([...locale.search.stopWords], { minLength: 1, maxLength: 6 }),
            ),
          ),
        ([locale, words]) => {
          expect(searchHelp(words.join(' '), { locale })).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("ranks a staff member's own symptom first only for a query with staff words", () => {
    const top = (query: string, locale = en) => searchHelp(query, { locale })[0];
    expect(top('cant log in')).toMatchObject({ kind: 'symptom', symptom: 'forgot-password' });
    expect(top('no puedo entrar', es)).toMatchObject({ kind: 'symptom', symptom: 'forgot-password' });
    expect(top('cant log in as the patient')).toMatchObject({ symptom: 'staff-login-as-patient' });
    expect(top('Quickview login fails')).toMatchObject({ symptom: 'staff-login-as-patient' });
    expect(top('no puedo entrar como paciente', es)).toMatchObject({ symptom: 'staff-login-as-patient' });
    expect(
      searchHelp('cant log in').some(
        (hit) => hit.kind === 'symptom' && hit.symptom === 'staff-login-as-patient',
      ),
    ).toBe(true);
  });

  it('meets "can\'t" and "cant", "son\'s" and "son"', () => {
    expect(searchHelp("can't attach file")).toEqual(searchHelp('cant attach file'));
    expect(searchHelp("my son's record")[0]).toEqual(searchHelp('my son record')[0]);
  });
});
