import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PortalHelpdeskError } from '../../src/index.js';
import { securityAnswersMatch } from '../../src/rules/index.js';

describe('securityAnswersMatch', () => {
  it('ignores letter case', () => {
    expect(securityAnswersMatch('Main Street', 'main street')).toBe(true);
    expect(securityAnswersMatch('ÉCOLE', 'école')).toBe(true);
  });

  it('treats spaces, punctuation and underscores as significant', () => {
    expect(securityAnswersMatch('Main Street', 'Main_Street')).toBe(false);
    expect(securityAnswersMatch('Main Street', 'MainStreet')).toBe(false);
    expect(securityAnswersMatch('Main Street', ' Main Street')).toBe(false);
    expect(securityAnswersMatch("O'Brien", 'OBrien')).toBe(false);
    expect(securityAnswersMatch('rex!', 'rex')).toBe(false);
  });

  it('treats composed and decomposed accents as the same letter', () => {
    expect(securityAnswersMatch('Jos\u00e9', 'JOSE\u0301')).toBe(true);
  });

  it('rejects non-strings with a value-free error', () => {
    expect(() => securityAnswersMatch(42 as unknown as string, 'x')).toThrow(PortalHelpdeskError);
  });

  it('folds case fully: German sharp s, Greek sigma, ligatures, Cherokee', () => {
    const same: [string, string][] = [
      ['STRASSE', 'straße'],
      ['STRASSE', 'STRAẞE'],
      ['straße', 'strasse'],
      ['ΟΔΟΣ', 'οδος'],
      ['οδοσ', 'οδος'],
      ['ΣΊΣΥΦΟΣ', 'σίσυφος'],
      ['ﬀ', 'FF'],
      ['ſ', 'S'],
      ['\u212a', 'k'],
      ['µ', 'Μ'],
      ['ᾀ', 'ἀι'],
      ['ΐ', 'Ϊ́'],
      ['Ꭰ', 'ꭰ'],
      ['İ', 'i\u0307'],
      ['ǅ', 'ǆ'],
    ];
    for (const [a, b] of same) {
      expect(securityAnswersMatch(a, b), `${a} ~ ${b}`).toBe(true);
      expect(securityAnswersMatch(b, a), `${b} ~ ${a}`).toBe(true);
    }
  });

  it('keeps Turkish dotless i apart from i, as full case folding does', () => {
    expect(securityAnswersMatch('ı', 'i')).toBe(false);
    expect(securityAnswersMatch('ı', 'I')).toBe(false);
    expect(securityAnswersMatch('I', 'i')).toBe(true);
    expect(securityAnswersMatch('İ', 'i')).toBe(false);
    expect(securityAnswersMatch('ı', 'ı')).toBe(true);
  });

  it('keeps different letters apart', () => {
    expect(securityAnswersMatch('strase', 'straße')).toBe(false);
    expect(securityAnswersMatch('Jose', 'José')).toBe(false);
    expect(securityAnswersMatch('ss', 'ß ')).toBe(false);
  });

  it('property: folding is idempotent and matching symmetric and reflexive', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.string({ unit: 'binary', maxLength: 40 }),
        (a, b) => {
          expect(securityAnswersMatch(a, a)).toBe(true);
          expect(securityAnswersMatch(a, b)).toBe(securityAnswersMatch(b, a));
          // Each answer matches its own upper- and lower-cased forms: case-only differences match.
          expect(securityAnswersMatch(a, a.toUpperCase())).toBe(true);
          expect(securityAnswersMatch(a.toLowerCase(), a)).toBe(true);
          // Idempotence, seen through the public function: a folded form matches whatever the original matches.
          const folded = a.toUpperCase().toLowerCase();
          expect(securityAnswersMatch(folded, b)).toBe(securityAnswersMatch(a, b));
        },
      ),
    );
  });

  it('property: a changed non-letter character never matches', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 20 }),
        fc.nat(),
        fc.constantFrom(' ', '_', '.', '-', '!', '\u00a0', "'", '1'),
        (a, at, extra) => {
          const index = at % (a.length + 1);
          expect(securityAnswersMatch(a, a.slice(0, index) + extra + a.slice(index))).toBe(false);
          expect(securityAnswersMatch(a.toUpperCase(), a + extra)).toBe(false);
        },
      ),
    );
  });

  it('property: invalid input only ever throws PortalHelpdeskError without echoing the value', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        try {
          securityAnswersMatch(value as string, 'x');
        } catch (error) {
          expect(error).toBeInstanceOf(PortalHelpdeskError);
          expect((error as PortalHelpdeskError).code).toBe('invalid-input');
        }
      }),
    );
  });
});
