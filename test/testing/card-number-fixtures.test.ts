import { describe, expect, it } from 'vitest';
import { findCardNumbers } from '../../src/rules/index.js';
import { cardNumberFixtures } from '../../src/testing/index.js';

/** Luhn, written out independently of the rule. */
function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

const digitsOf = (text: string) => text.replace(/\D/g, '');

describe('cardNumberFixtures', () => {
  it.each(cardNumberFixtures.map((fixture) => [fixture.id, fixture] as const))(
    '%s: findCardNumbers finds exactly the stated matches',
    (_id, fixture) => {
      expect(findCardNumbers(fixture.text)).toEqual(fixture.expected);
    },
  );

  it('flags one card in each card text, and the match covers a Luhn-valid number', () => {
    for (const fixture of cardNumberFixtures.filter((f) => f.category === 'card')) {
      expect(fixture.expected, fixture.id).toHaveLength(1);
      const [match] = fixture.expected;
      if (!match) throw new Error(fixture.id);
      const digits = digitsOf(fixture.text.slice(match.start, match.end));
      expect(digits.length, fixture.id).toBe(match.digits);
      expect(digits.endsWith(match.lastFour), fixture.id).toBe(true);
      expect(passesLuhn(digits), fixture.id).toBe(true);
    }
  });

  it('flags nothing else; the Luhn-failing numbers are 16 digits that fail the check', () => {
    const others = cardNumberFixtures.filter((f) => f.category !== 'card');
    expect(others.every((f) => f.expected.length === 0)).toBe(true);
    for (const fixture of others.filter((f) => f.category === 'luhn-failing')) {
      const digits = digitsOf(fixture.text);
      expect(digits, fixture.id).toHaveLength(16);
      expect(passesLuhn(digits), fixture.id).toBe(false);
    }
  });

  it('covers every category, has unique ids and is frozen', () => {
    const categories = new Set(cardNumberFixtures.map((f) => f.category));
    expect([...categories].sort()).toEqual(['card', 'date', 'luhn-failing', 'other-number', 'phone-number']);
    const ids = cardNumberFixtures.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.isFrozen(cardNumberFixtures)).toBe(true);
    expect(
      cardNumberFixtures.every(
        (f) => Object.isFrozen(f) && Object.isFrozen(f.expected) && f.expected.every(Object.isFrozen),
      ),
    ).toBe(true);
  });
});
