import { describe, expect, it } from 'vitest';
import { checkPhoneNumber, MAX_PHONE_INPUT_LENGTH } from '../../src/rules/index.js';
import { phoneNumberFixtures } from '../../src/testing/index.js';

describe('phoneNumberFixtures', () => {
  it.each(phoneNumberFixtures.map((fixture) => [fixture.id, fixture] as const))(
    '%s: checkPhoneNumber gives the stated verdict',
    (_id, fixture) => {
      const result = checkPhoneNumber(
        fixture.number,
        fixture.defaultCountry ? { defaultCountry: fixture.defaultCountry } : undefined,
      );
      const { valid, reason, type, recommendedMethod, e164, country } = result;
      const actual = valid
        ? { valid, reason, type, recommendedMethod, e164, country }
        : { valid, reason, type, recommendedMethod };
      expect(actual).toEqual(fixture.expected);
    },
  );

  it('has unique ids and is frozen', () => {
    const ids = phoneNumberFixtures.map((fixture) => fixture.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toBe(true);
    expect(Object.isFrozen(phoneNumberFixtures)).toBe(true);
    expect(phoneNumberFixtures.every((f) => Object.isFrozen(f) && Object.isFrozen(f.expected))).toBe(true);
  });

  it('covers every verification method and every reason but none', () => {
    const methods = new Set(phoneNumberFixtures.map((fixture) => fixture.expected.recommendedMethod));
    expect([...methods].sort()).toEqual(['ask-patient', 'call', 'text']);
    const reasons = new Set(phoneNumberFixtures.map((fixture) => fixture.expected.reason));
    expect([...reasons].sort()).toEqual([
      'empty',
      'has-extension',
      'landline',
      'mobile',
      'mobile-or-landline',
      'not-a-phone-number',
      'service-number',
      'toll-free',
      'too-long',
      'type-unknown',
      'voip',
    ]);
  });

  it('holds the cases the brief names: a US number is ambiguous, a UK mobile texts, a UK landline calls', () => {
    const byId = (id: string) => phoneNumberFixtures.find((fixture) => fixture.id === id)?.expected;
    expect(byId('us-national')).toMatchObject({
      type: 'fixed-line-or-mobile',
      recommendedMethod: 'ask-patient',
    });
    expect(byId('uk-mobile')).toMatchObject({ type: 'mobile', recommendedMethod: 'text' });
    expect(byId('uk-landline')).toMatchObject({ type: 'fixed-line', recommendedMethod: 'call' });
    const tooLong = phoneNumberFixtures.find((fixture) => fixture.id === 'too-long');
    expect(tooLong?.number.length).toBeGreaterThan(MAX_PHONE_INPUT_LENGTH);
  });
});
