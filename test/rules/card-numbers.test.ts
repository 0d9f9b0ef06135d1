import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PortalHelpdeskError } from '../../src/index.js';
import { findCardNumbers } from '../../src/rules/index.js';

/** Appends the Luhn check digit to a string of digits. */
function withCheckDigit(body: string): string {
  let sum = 0;
  for (let position = 0; position < body.length; position++) {
    let digit = Number(body[body.length - 1 - position]);
    if (position % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return body + String((10 - (sum % 10)) % 10);
}

describe('findCardNumbers', () => {
  it('finds a Visa test number written plain, with spaces or with dashes', () => {
    expect(findCardNumbers('4111111111111111')).toEqual([
      { start: 0, end: 16, lastFour: '1111', digits: 16 },
    ]);
    expect(findCardNumbers('card: 4111 1111 1111 1111.')).toEqual([
      { start: 6, end: 25, lastFour: '1111', digits: 16 },
    ]);
    expect(findCardNumbers('4111-1111-1111-1111')).toEqual([
      { start: 0, end: 19, lastFour: '1111', digits: 16 },
    ]);
  });

  it('finds an Amex number in its 4-6-5 layout', () => {
    expect(findCardNumbers('Amex 3782 822463 10005 thanks')).toEqual([
      { start: 5, end: 22, lastFour: '0005', digits: 15 },
    ]);
  });

  it('accepts 13 and 19 digits, rejects 12 and 20', () => {
    const thirteen = withCheckDigit('422222222222');
    const nineteen = withCheckDigit('601100000000000000');
    expect(findCardNumbers(thirteen)).toMatchObject([{ digits: 13 }]);
    expect(findCardNumbers(nineteen)).toMatchObject([{ digits: 19, lastFour: nineteen.slice(-4) }]);
    expect(findCardNumbers(withCheckDigit('42222222222'))).toEqual([]);
    expect(findCardNumbers(withCheckDigit('4111111111111111111'))).toEqual([]);
    expect(findCardNumbers(`${withCheckDigit('4111111111111111111')} more`)).toEqual([]);
  });

  it('ignores 16 digits that fail the Luhn check', () => {
    expect(findCardNumbers('4111 1111 1111 1112')).toEqual([]);
    expect(findCardNumbers('order 1234567890123456')).toEqual([]);
  });

  it('ignores phone numbers and dates', () => {
    const text =
      'Call me at (201) 555-0123 or 201-555-0123, or +1 201 555 0123, or +44 20 7946 0958. ' +
      'Seen on 2024-01-15 and 01/15/2024 at 10:30, born 1980-02-29.';
    expect(findCardNumbers(text)).toEqual([]);
    // Two phone numbers one space apart make a run of 20 digits: not a card.
    expect(findCardNumbers('201-555-0123 201-555-0456')).toEqual([]);
  });

  it('needs single separators between groups', () => {
    expect(findCardNumbers('4111  1111 1111 1111')).toEqual([]);
    expect(findCardNumbers('4111--1111-1111-1111')).toEqual([]);
    expect(findCardNumbers('4111 - 1111 - 1111 - 1111')).toEqual([]);
  });

  it('finds a card next to its expiry date or security code', () => {
    expect(findCardNumbers('4111 1111 1111 1111 12/26')).toEqual([
      { start: 0, end: 19, lastFour: '1111', digits: 16 },
    ]);
    expect(findCardNumbers('4111-1111-1111-1111 123')).toMatchObject([{ start: 0, end: 19 }]);
    expect(findCardNumbers('4111111111111111 12')).toMatchObject([{ start: 0, end: 16 }]);
    expect(findCardNumbers('no. 2 4111 1111 1111 1111')).toMatchObject([{ start: 6, end: 25 }]);
  });

  it('finds a card typed with its expiry date or security code in one long run', () => {
    for (const text of [
      '4111-1111-1111-1111 1226',
      '4111 1111 1111 1111 0126 123',
      '4111 1111 1111 1111 01 26',
    ])
      expect(findCardNumbers(text), text).toEqual([{ start: 0, end: 19, lastFour: '1111', digits: 16 }]);
    expect(findCardNumbers('5555555555554444 1226')).toEqual([
      { start: 0, end: 16, lastFour: '4444', digits: 16 },
    ]);
    // Two cards one space apart are both reported.
    expect(findCardNumbers('4111111111111111 5555555555554444')).toMatchObject([
      { start: 0, end: 16, lastFour: '1111' },
      { start: 17, end: 33, lastFour: '4444' },
    ]);
    // A long run that only starts like a card is still no card.
    expect(findCardNumbers('4111 1111 1111 1112 1226')).toEqual([]);
  });

  it('finds a card after other digits in the same run, wherever the run starts', () => {
    for (const [text, card] of [
      ['exp 1226 4111 1111 1111 1111', '4111 1111 1111 1111'],
      ['my card 2026 4111-1111-1111-1111 thanks', '4111-1111-1111-1111'],
      ['1226 4111111111111111', '4111111111111111'],
      ['call 617-555-0199 4111111111111111', '4111111111111111'],
      ['my zip is 9876 4111 1111 1111 1111 1111', '4111 1111 1111 1111'],
      ['acct 1234 4111111111111111', '4111111111111111'],
      [`${'1 '.repeat(40)}4111 1111 1111 1111`, '4111 1111 1111 1111'],
    ] as const) {
      const start = text.indexOf(card);
      expect(findCardNumbers(text), text).toEqual([
        { start, end: start + card.length, lastFour: '1111', digits: 16 },
      ]);
    }
  });

  it('reports the card’s own last four digits inside a longer run', () => {
    expect(findCardNumbers('PIN 9876 5555 5555 5555 4444')).toEqual([
      { start: 9, end: 28, lastFour: '4444', digits: 16 },
    ]);
    // Two overlapping layouts that both pass Luhn: the first is reported (the message is refused
    // all the same).
    expect(findCardNumbers('PIN 1234 5555 5555 5555 4444')).toMatchObject([{ start: 4, lastFour: '5555' }]);
    expect(findCardNumbers('12/26 4111 1111 1111 1111')).toEqual([
      { start: 6, end: 25, lastFour: '1111', digits: 16 },
    ]);
    // 4-4-5 is no card layout: a run printed so is read as a whole when it has 13-19 digits.
    expect(findCardNumbers('4222 2222 22222')).toMatchObject([{ digits: 13 }]);
  });

  it('skips invisible characters inside a run: they neither hide nor split a card', () => {
    for (const invisible of ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u200f'])
      for (const text of [
        ['4111', '1111', '1111', '1111'].join(invisible),
        ['4111', '1111', '1111', '1111'].join(` ${invisible}`),
        [...'4111111111111111'].join(invisible),
      ])
        expect(findCardNumbers(text), JSON.stringify(text)).toMatchObject([
          { start: 0, lastFour: '1111', digits: 16 },
        ]);
  });

  it('skips every character that shows nothing, the surrogate-pair tags and selectors included', () => {
    for (const invisible of [
      '\u034f',
      '\u202a',
      '\u202e',
      '\u2061',
      '\u2064',
      '\u2066',
      '\u2069',
      '\ufe0f',
      '\u180b',
      '\u{e0020}',
      '\u{e0100}',
    ])
      expect(
        findCardNumbers(['4111', '1111', '1111', '1111'].join(invisible)),
        JSON.stringify(invisible),
      ).toMatchObject([{ start: 0, lastFour: '1111', digits: 16 }]);
  });

  it('reads a card alone on its line as a whole, whatever the line after it', () => {
    for (const [text, card] of [
      ['4111111 111111111\n2 boxes', '4111111 111111111'],
      ['card 41 11 11 11 11 11 11 11\n3pm', '41 11 11 11 11 11 11 11'],
      ['4111-111111-111111\t12/26', '4111-111111-111111'],
      ['1\n4111111 111111111\n2', '4111111 111111111'],
    ] as const) {
      const start = text.indexOf(card);
      expect(findCardNumbers(text), JSON.stringify(text)).toEqual([
        { start, end: start + card.length, lastFour: '1111', digits: 16 },
      ]);
    }
  });

  it('accepts a tab, a line break and the full-width full stop between groups', () => {
    for (const separator of ['\t', '\n', '\r\n', '\r', '\uff0e'])
      expect(
        findCardNumbers(['4111', '1111', '1111', '1111'].join(separator)),
        JSON.stringify(separator),
      ).toMatchObject([{ start: 0, lastFour: '1111', digits: 16 }]);
    // A run joined by line breaks or tabs is never read as a whole: a numbered list is no card.
    // 2 to 13, one per line: 2345678910111213 would pass Luhn as a whole.
    expect(findCardNumbers(Array.from({ length: 12 }, (_, index) => index + 2).join('\n'))).toEqual([]);
    expect(findCardNumbers(Array.from({ length: 12 }, (_, index) => index + 2).join(' '))).toMatchObject([
      { digits: 16 },
    ]);
    expect(findCardNumbers('41\n11\n11\n11\n11\n11\n11\n11')).toEqual([]);
    expect(findCardNumbers('41 11 11 11 11 11 11 11')).toMatchObject([{ digits: 16 }]);
    // Two separators in a row still end a run.
    expect(findCardNumbers('4111 1111\n\n1111 1111')).toEqual([]);
    expect(findCardNumbers('4111 1111 \n1111 1111')).toEqual([]);
  });

  it('prefers a card layout at the start to a longer run that passes with a stray digit', () => {
    expect(findCardNumbers('5555 5555 5555 4444 0')).toEqual([
      { start: 0, end: 19, lastFour: '4444', digits: 16 },
    ]);
    // A run printed as a 19-digit card is that card.
    const nineteen = withCheckDigit('601100000000000000');
    const printed = `${nineteen.slice(0, 4)} ${nineteen.slice(4, 8)} ${nineteen.slice(8, 12)} ${nineteen.slice(12, 16)} ${nineteen.slice(16)}`;
    expect(findCardNumbers(printed)).toMatchObject([{ digits: 19 }]);
  });

  it('finds several cards and reports them in order', () => {
    const found = findCardNumbers('4111111111111111, then 5555 5555 5555 4444\n378282246310005');
    expect(found.map((card) => card.lastFour)).toEqual(['1111', '4444', '0005']);
    expect(Object.isFrozen(found)).toBe(true);
    expect(Object.isFrozen(found[0])).toBe(true);
  });

  it('accepts no-break spaces and Unicode dashes as separators', () => {
    expect(findCardNumbers('4111\u00a01111\u20131111\u20111111')).toMatchObject([{ digits: 16 }]);
    // Em dash, minus sign, full-width hyphen, thin and figure spaces, ideographic space, full stop.
    for (const separator of ['\u2014', '\u2212', '\uff0d', '\u2009', '\u2007', '\u3000', '.'])
      expect(findCardNumbers(['4111', '1111', '1111', '1111'].join(separator)), separator).toMatchObject([
        { digits: 16, lastFour: '1111' },
      ]);
  });

  it('reads full-width and Arabic-Indic digits', () => {
    for (const zero of [0xff10, 0x660, 0x6f0]) {
      const text = [...'4111111111111111'].map((digit) => String.fromCharCode(zero + Number(digit))).join('');
      expect(findCardNumbers(text)).toEqual([{ start: 0, end: 16, lastFour: '1111', digits: 16 }]);
    }
  });

  it('throws PortalHelpdeskError for a non-string', () => {
    expect(() => findCardNumbers(4111111111111111 as unknown as string)).toThrow(PortalHelpdeskError);
  });

  it('runs in linear time on a large input', () => {
    const inputs = ['1 '.repeat(500_000), '4111 1111 1111 1111, '.repeat(50_000), '9'.repeat(1_000_000)];
    for (const input of inputs) {
      const started = performance.now();
      findCardNumbers(input);
      expect(performance.now() - started).toBeLessThan(1_000);
    }
  });
});

const cardBody = fc
  .tuple(
    fc.integer({ min: 12, max: 18 }),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 18, maxLength: 18 }),
  )
  .map(([length, digits]) => withCheckDigit(`4${digits.slice(0, length - 1).join('')}`));
const separated = cardBody.chain((card) =>
  fc
    .array(fc.constantFrom('', '', '', ' ', '-', '.', '\u2014', '\u2009'), {
      minLength: card.length - 1,
      maxLength: card.length - 1,
    })
    .map((seps) => ({
      card,
      written: [...card].map((digit, index) => digit + (seps[index] ?? '')).join(''),
    })),
);
const filler = fc.stringMatching(/^[a-zA-Z.,!?\n]{0,30}$/);

describe('findCardNumbers: properties', () => {
  it('finds a Luhn-valid number with random separators inside random text', () => {
    fc.assert(
      fc.property(filler, separated, filler, (before, { card, written }, after) => {
        const text = `${before} ${written} ${after}`;
        const found = findCardNumbers(text);
        expect(found).toHaveLength(1);
        expect(found[0]).toEqual({
          start: before.length + 1,
          end: before.length + 1 + written.length,
          lastFour: card.slice(-4),
          digits: card.length,
        });
        expect(JSON.stringify(found)).not.toContain(card);
      }),
    );
  });

  it('finds nothing in text without a run of 13 digits', () => {
    const noLongRuns = fc
      .array(fc.oneof(fc.stringMatching(/^\d{1,12}$/), fc.stringMatching(/^[a-z ,.\-/()+:]{1,5}$/)))
      .map((parts) => parts.join(''))
      .filter((text) => {
        let longest = 0;
        let current = 0;
        for (let index = 0; index < text.length; index++) {
          const char = text[index] ?? '';
          if (/\d/.test(char)) current++;
          else if (
            !(/[ .-]/.test(char) && /\d/.test(text[index - 1] ?? '') && /\d/.test(text[index + 1] ?? ''))
          ) {
            current = 0;
          }
          longest = Math.max(longest, current);
        }
        return longest < 13;
      });
    fc.assert(
      fc.property(noLongRuns, (text) => {
        expect(findCardNumbers(text)).toEqual([]);
      }),
    );
  });

  it('finds a card in a printed layout followed by an expiry date or security code', () => {
    const sixteen = fc
      .array(fc.integer({ min: 0, max: 9 }), { minLength: 14, maxLength: 14 })
      .map((digits) => withCheckDigit(`4${digits.join('')}`));
    const tail = fc.oneof(fc.stringMatching(/^\d{1,8}$/), fc.stringMatching(/^\d{2}\/\d{2}$/));
    fc.assert(
      fc.property(sixteen, tail, (card, after) => {
        const written = `${card.slice(0, 4)} ${card.slice(4, 8)} ${card.slice(8, 12)} ${card.slice(12)}`;
        const found = findCardNumbers(`${written} ${after}`);
        // Three more digits may make the run a Luhn-valid 19-digit card in the 4-4-4-4-3 layout:
        // reported as that (the message is refused all the same).
        if (found[0]?.digits === 19) expect(after).toMatch(/^\d{3}$/);
        else expect(found[0]).toEqual({ start: 0, end: 19, lastFour: card.slice(-4), digits: 16 });
      }),
    );
  });

  it('finds a printed card however many digit groups come before or after it in the run', () => {
    const sixteen = fc
      .array(fc.integer({ min: 0, max: 9 }), { minLength: 14, maxLength: 14 })
      .map((digits) => withCheckDigit(`4${digits.join('')}`));
    const group = fc.stringMatching(/^\d{1,6}$/);
    const separator = fc.constantFrom(' ', '-', '.', '\n', '\t', '\u00a0', '\u2013');
    const invisible = fc.constantFrom('', '', '\u200b', '\u00ad', '\ufeff');
    fc.assert(
      fc.property(
        fc.array(group, { maxLength: 8 }),
        sixteen,
        fc.array(group, { maxLength: 3 }),
        separator,
        invisible,
        (before, card, after, between, hidden) => {
          const printed = [card.slice(0, 4), card.slice(4, 8), card.slice(8, 12), card.slice(12)].join(
            `${between}${hidden}`,
          );
          const text = [...before, printed, ...after].join(between);
          expect(findCardNumbers(text).length, JSON.stringify(text)).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('never reports two NANP phone numbers one separator apart', () => {
    const part = (digits: number) => fc.stringMatching(new RegExp(`^\\d{${digits}}$`));
    const phone = fc
      .tuple(part(3), part(3), part(4), fc.constantFrom(' ', '-', '.'))
      .map(([area, exchange, line, separator]) => [area, exchange, line].join(separator));
    fc.assert(
      fc.property(phone, phone, fc.constantFrom(' ', '-', '.'), (first, second, between) => {
        expect(findCardNumbers(`${first}${between}${second}`)).toEqual([]);
      }),
    );
  });

  it('every match is Luhn-valid, 13-19 digits, and within the text', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9 \-a]{0,80}$/), (text) => {
        for (const match of findCardNumbers(text)) {
          const digits = text.slice(match.start, match.end).replace(/\D/g, '');
          expect(digits.length).toBe(match.digits);
          expect(match.digits).toBeGreaterThanOrEqual(13);
          expect(match.digits).toBeLessThanOrEqual(19);
          expect(withCheckDigit(digits.slice(0, -1))).toBe(digits);
          expect(digits.endsWith(match.lastFour)).toBe(true);
        }
      }),
    );
  });
});
