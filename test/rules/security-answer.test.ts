import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PortalHelpdeskError } from '../../src/errors.js';
import { securityAnswersMatch } from '../../src/rules/security-answer.js';

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

  it('property: matches exactly when the lower-cased answers are equal', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(securityAnswersMatch(a, b)).toBe(
          a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase(),
        );
        expect(securityAnswersMatch(a, a.toUpperCase())).toBe(
          a.normalize('NFC').toLowerCase() === a.toUpperCase().normalize('NFC').toLowerCase(),
        );
      }),
    );
  });

  it('property: a changed non-letter character never matches', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.constantFrom(' ', '_', '.', '-', '!'), (a, extra) => {
        expect(securityAnswersMatch(a, a + extra)).toBe(false);
      }),
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
