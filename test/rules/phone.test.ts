import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/index.js';
import { PortalHelpdeskError } from '../../src/index.js';
import { es } from '../../src/locales/es/index.js';
import { type CountryCode, checkPhoneNumber, phoneNumbersMatch } from '../../src/rules/index.js';

describe('checkPhoneNumber: valid numbers', () => {
  it('asks about US and Canadian numbers, which do not say mobile or landline', () => {
    for (const raw of [
      '(201) 555-0123',
      '201-555-0123',
      '2015550123',
      '+1 201 555 0123',
      '1 (201) 555-0123',
    ]) {
      expect(checkPhoneNumber(raw)).toMatchObject({
        valid: true,
        e164: '+12015550123',
        national: '(201) 555-0123',
        country: 'US',
        type: 'fixed-line-or-mobile',
        recommendedMethod: 'ask-patient',
        reason: 'mobile-or-landline',
      });
    }
    expect(checkPhoneNumber('+1 613 555 0123')).toMatchObject({
      country: 'CA',
      recommendedMethod: 'ask-patient',
    });
    expect(checkPhoneNumber('(201) 555-0123').advice).toContain('text messages');
  });

  it('recommends "Text me" for a mobile and "Call me" for a landline', () => {
    expect(checkPhoneNumber('+44 7400 123456')).toMatchObject({
      valid: true,
      e164: '+447400123456',
      national: '07400 123456',
      country: 'GB',
      type: 'mobile',
      recommendedMethod: 'text',
      reason: 'mobile',
    });
    expect(checkPhoneNumber('+44 20 7946 0958')).toMatchObject({
      e164: '+442079460958',
      country: 'GB',
      type: 'fixed-line',
      recommendedMethod: 'call',
      reason: 'landline',
    });
    expect(checkPhoneNumber('+44 20 7946 0958').advice).toContain('"Call me"');
    expect(checkPhoneNumber('+61 412 345 678')).toMatchObject({ country: 'AU', recommendedMethod: 'text' });
    expect(checkPhoneNumber('+39 06 1234 5678')).toMatchObject({ country: 'IT', recommendedMethod: 'call' });
  });

  it('reads a pasted number with invisible direction marks or a trailing tab or line break', () => {
    for (const text of [
      '\u200e(212) 555-0100',
      '\u202a+1 212 555 0100\u202c',
      '212-555-0100\t',
      '2125550100\n',
    ])
      expect(checkPhoneNumber(text), JSON.stringify(text)).toMatchObject({
        valid: true,
        e164: '+12125550100',
      });
    expect(checkPhoneNumber('\u200e\u200f ').reason).toBe('empty');
  });

  it('reads a number pasted from a tel: link, with its extension if it has one', () => {
    for (const text of [
      'tel:+12015550123',
      'TEL:+1-201-555-0123',
      ' tel:2015550123 ',
      'Tel: +1 201 555 0123',
    ])
      expect(checkPhoneNumber(text), text).toMatchObject({ valid: true, e164: '+12015550123' });
    expect(checkPhoneNumber('tel:+1-201-555-0123;ext=45').reason).toBe('has-extension');
    expect(checkPhoneNumber('tel:').reason).toBe('empty');
    expect(phoneNumbersMatch('tel:+12015550123', '(201) 555-0123')).toBe(true);
  });

  it('reads a North American vanity number as the keypad dials it', () => {
    expect(checkPhoneNumber('1-800-FLOWERS')).toMatchObject({
      valid: true,
      e164: '+18003569377',
      type: 'toll-free',
      reason: 'toll-free',
    });
    expect(checkPhoneNumber('800 got milk').e164).toBe('+18004686455');
    expect(checkPhoneNumber('(201) 555-HELP')).toMatchObject({
      e164: '+12015554357',
      reason: 'mobile-or-landline',
    });
    expect(phoneNumbersMatch('1-800-FLOWERS', '1-800-356-9377')).toBe(true);
    // Words around a number, an extension, a number of another country: as before.
    for (const [text, reason] of [
      ['201 555 0123 home', 'not-a-phone-number'],
      ['555 0123 home', 'not-a-phone-number'],
      ['call 1-800-FLOWERS', 'not-a-phone-number'],
      ['201-555-0123 ext 45', 'has-extension'],
      ['+44 20 7946 CALL', 'not-a-phone-number'],
    ] as const)
      expect(checkPhoneNumber(text).reason, text).toBe(reason);
  });

  it('does not read a local number with a note, or a letter typed for a digit, as a vanity number', () => {
    // A whole seven-digit number then a word: the word is a note, not the number's last digits.
    for (const text of ['212 5309 eve', '867-5309 day', '649-2323 wrk', '1 212 5309 eve'])
      expect(checkPhoneNumber(text), text).toMatchObject({ valid: false, reason: 'not-a-phone-number' });
    // The letter O typed for a zero: digits after the letters are not a vanity number.
    expect(checkPhoneNumber('201 555 OO23').reason).toBe('not-a-phone-number');
    expect(phoneNumbersMatch('212 5309 eve', '(212) 530-9383')).toBe(false);
    // Letters for the last four digits or more still are.
    expect(checkPhoneNumber('+1 (201) 555-HELP').e164).toBe('+12015554357');
    expect(checkPhoneNumber('1-800-GO-FEDEX').e164).toBe('+18004633339');
  });

  it('uses the default country for national numbers', () => {
    expect(checkPhoneNumber('07400 123456', { defaultCountry: 'GB' })).toMatchObject({
      e164: '+447400123456',
      recommendedMethod: 'text',
    });
    expect(checkPhoneNumber('07400 123456').valid).toBe(false);
  });

  it('says the type is unknown where the metadata has no line types (France)', () => {
    expect(checkPhoneNumber('+33 6 12 34 56 78')).toMatchObject({
      valid: true,
      e164: '+33612345678',
      national: '06 12 34 56 78',
      country: 'FR',
      type: 'unknown',
      recommendedMethod: 'ask-patient',
      reason: 'type-unknown',
    });
    expect(checkPhoneNumber('01 23 45 67 89', { defaultCountry: 'FR' }).e164).toBe('+33123456789');
  });

  it('flags toll-free, VoIP and special-service numbers', () => {
    expect(checkPhoneNumber('1-800-234-5678')).toMatchObject({ type: 'toll-free', reason: 'toll-free' });
    expect(checkPhoneNumber('+44 56 3123 1234')).toMatchObject({
      type: 'voip',
      recommendedMethod: 'ask-patient',
    });
    expect(checkPhoneNumber('+44 909 879 0000')).toMatchObject({ type: 'other', reason: 'service-number' });
    // A non-geographic number has no country.
    const global = checkPhoneNumber('+800 1234 5678');
    expect(global.valid).toBe(true);
    expect('country' in global).toBe(false);
  });

  it('writes advice in Spanish', () => {
    expect(checkPhoneNumber('+44 7400 123456', { locale: es }).advice).toContain('"Text me"');
    expect(checkPhoneNumber('+44 7400 123456', { locale: es }).advice).toContain('celular');
    expect(checkPhoneNumber('', { locale: es }).advice).toContain('número');
  });

  it('returns frozen results', () => {
    expect(Object.isFrozen(checkPhoneNumber('+44 7400 123456'))).toBe(true);
    expect(Object.isFrozen(checkPhoneNumber('nope'))).toBe(true);
  });
});

describe('checkPhoneNumber: numbers that cannot be used', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['hello', 'not-a-phone-number'],
    ['555-0123', 'not-a-phone-number'],
    ['+1 201 555 01234567', 'not-a-phone-number'],
    ['+1 201 555 0123 call me', 'not-a-phone-number'],
    ['201-555-0123 ext. 12', 'has-extension'],
    ['1'.repeat(65), 'too-long'],
  ])('%j is invalid (%s)', (raw, reason) => {
    const result = checkPhoneNumber(raw);
    expect(result).toMatchObject({ valid: false, reason, type: 'unknown', recommendedMethod: 'ask-patient' });
    expect(result).not.toHaveProperty('e164');
  });

  it('returns at once for a huge input', () => {
    const started = performance.now();
    expect(checkPhoneNumber('9'.repeat(5_000_000)).reason).toBe('too-long');
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('throws PortalHelpdeskError for wrong argument types', () => {
    expect(() => checkPhoneNumber(2015550123 as unknown as string)).toThrow(PortalHelpdeskError);
    expect(() => checkPhoneNumber('2015550123', { defaultCountry: 'XX' as CountryCode })).toThrow(
      PortalHelpdeskError,
    );
    expect(() => checkPhoneNumber('2015550123', { locale: 'fr' as unknown as Locale })).toThrow(
      PortalHelpdeskError,
    );
    expect(() => phoneNumbersMatch('2015550123', null as unknown as string)).toThrow(PortalHelpdeskError);
  });
});

describe('phoneNumbersMatch', () => {
  it('compares E.164 forms', () => {
    expect(phoneNumbersMatch('(201) 555-0123', '+1 201-555-0123')).toBe(true);
    expect(phoneNumbersMatch('(201) 555-0123', '(201) 555-0124')).toBe(false);
    expect(phoneNumbersMatch('020 7946 0958', '+44 20 7946 0958', { defaultCountry: 'GB' })).toBe(true);
    expect(phoneNumbersMatch('020 7946 0958', '+44 20 7946 0958')).toBe(false);
  });

  it('is false when either number is invalid, even if the texts are equal', () => {
    expect(phoneNumbersMatch('555-0123', '555-0123')).toBe(false);
    expect(phoneNumbersMatch('', '')).toBe(false);
  });
});

const usNumber = fc
  .tuple(fc.integer({ min: 2, max: 9 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9999 }))
  .map(([first, rest, line]) => `${first}0${String(rest % 10)}555${String(line).padStart(4, '0')}`)
  .filter((digits) => checkPhoneNumber(digits).valid);

describe('checkPhoneNumber: properties', () => {
  it('formatting does not change the verdict', () => {
    fc.assert(
      fc.property(usNumber, fc.constantFrom('plain', 'dashes', 'parens', 'e164'), (digits, style) => {
        const formatted =
          style === 'dashes'
            ? `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`
            : style === 'parens'
              ? `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`
              : style === 'e164'
                ? `+1${digits}`
                : digits;
        const result = checkPhoneNumber(formatted);
        expect(result.e164).toBe(`+1${digits}`);
        expect(phoneNumbersMatch(formatted, digits)).toBe(true);
      }),
    );
  });

  it('never throws for any string and is consistent', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (raw) => {
        const result = checkPhoneNumber(raw);
        expect(result.valid).toBe(result.e164 !== undefined);
        if (result.valid) {
          expect(result.e164).toMatch(/^\+[1-9]\d{6,14}$/);
          expect(checkPhoneNumber(result.e164 ?? '').e164).toBe(result.e164);
        } else {
          expect(result.recommendedMethod).toBe('ask-patient');
        }
        expect(phoneNumbersMatch(raw, raw)).toBe(result.valid);
      }),
    );
  });

  it('a recommendation follows from the type', () => {
    const methods = { mobile: 'text', 'fixed-line': 'call' } as const;
    fc.assert(
      fc.property(fc.stringMatching(/^\+(1|44|61|39|33)\d{8,11}$/), (raw) => {
        const result = checkPhoneNumber(raw);
        const expected = methods[result.type as keyof typeof methods] ?? 'ask-patient';
        expect(result.recommendedMethod).toBe(expected);
      }),
    );
  });
});
