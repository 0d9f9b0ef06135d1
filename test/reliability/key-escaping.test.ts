import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { PortalHelpdeskError } from '../../src/errors.js';
import { buildGuide } from '../../src/guides/index.js';
import { keyText, MAX_KEY_TEXT_LENGTH } from '../../src/internal/key-text.js';
import { toIssues } from '../../src/internal/validate.js';
import { checkPhoneNumber, checkPortalEligibility, diagnose } from '../../src/rules/index.js';
import { thrown } from '../helpers/thrown.js';

// A key the caller wrote is named in errors (that is how a typo is found), but only as safe text:
// control and format characters escaped as \u{hex}, at most 64 characters shown. Neither the
// message nor `issues[].path` can then forge a log line, colour or move a terminal, or reorder text.

/** What keyText escapes: C0, DEL, C1, format characters, lone surrogates, U+2028, U+2029. */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

const hostile: ReadonlyArray<readonly [key: string, shown: string]> = [
  ['a\nERROR forged line', 'a\\u{a}ERROR forged line'],
  ['\u001b[31mred', '\\u{1b}[31mred'],
  ['\u202eSECRET', '\\u{202e}SECRET'],
  ['tab\there\r', 'tab\\u{9}here\\u{d}'],
  ['del\u007f c1\u0085\u009b', 'del\\u{7f} c1\\u{85}\\u{9b}'],
  ['line\u2028para\u2029', 'line\\u{2028}para\\u{2029}'],
  ['\u200e\u200f\u202a\u202b\u202c\u202d', '\\u{200e}\\u{200f}\\u{202a}\\u{202b}\\u{202c}\\u{202d}'],
  ['\u2066\u2067\u2068\u2069\u061c', '\\u{2066}\\u{2067}\\u{2068}\\u{2069}\\u{61c}'],
  ['zero\u200b\u200c\u200d\u2060\ufeff', 'zero\\u{200b}\\u{200c}\\u{200d}\\u{2060}\\u{feff}'],
  ['lone\ud800', 'lone\\u{d800}'],
  ['tag\u{e0041}', 'tag\\u{e0041}'],
  ['nul\u0000', 'nul\\u{0}'],
];

describe('keyText', () => {
  it.each(hostile)('escapes %j', (key, shown) => {
    expect(keyText(key)).toBe(shown);
  });

  it('leaves ordinary keys as they are, in any script', () => {
    for (const key of [
      'defaultCountri',
      '__proto__',
      'fecha-de-nacimiento',
      'número',
      '名前',
      'emoji😀',
      'a\\u{a}b',
    ])
      expect(keyText(key)).toBe(key);
  });

  it(`shows at most ${MAX_KEY_TEXT_LENGTH} characters and a …, never cutting an escape or a surrogate pair`, () => {
    expect(keyText('k'.repeat(64))).toBe('k'.repeat(64));
    expect(keyText('k'.repeat(65))).toBe(`${'k'.repeat(64)}…`);
    expect(keyText('k'.repeat(10_000))).toBe(`${'k'.repeat(64)}…`);
    // 60 letters then an escape of 8 characters: the cut at 64 would split the escape.
    expect(keyText(`${'k'.repeat(60)}\n`)).toBe(`${'k'.repeat(60)}…`);
    expect(keyText(`${'k'.repeat(63)}😀`)).toBe(`${'k'.repeat(63)}…`);
  });

  it('is idempotent and its output is always safe and short (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (key) => {
        const shown = keyText(key);
        expect(shown).not.toMatch(UNSAFE);
        expect(shown.length).toBeLessThanOrEqual(MAX_KEY_TEXT_LENGTH + 1);
        expect(keyText(shown)).toBe(shown);
      }),
    );
  });
});

describe('unknown keys in errors', () => {
  const entryPoints: ReadonlyArray<readonly [name: string, call: (key: string) => unknown]> = [
    ['diagnose facts', (key) => diagnose('code-not-received', { [key]: 1 } as never)],
    [
      'checkPortalEligibility input',
      (key) =>
        checkPortalEligibility({
          birthDate: '2000-01-01',
          now: new Date('2026-01-01T00:00:00Z'),
          timeZone: 'UTC',
          [key]: 1,
        } as never),
    ],
    ['checkPhoneNumber options', (key) => checkPhoneNumber('2025550123', { [key]: 1 } as never)],
    ['buildGuide options', (key) => buildGuide('registration', {}, { [key]: 1 } as never)],
    // Built outside validate.ts (src/guides): made safe by PortalHelpdeskError itself.
    ['buildGuide scenario', (key) => buildGuide('registration', { [key]: 1 } as never)],
  ];

  for (const [name, call] of entryPoints) {
    it.each(hostile)(`${name}: names %j escaped, in the message and the path`, (key, shown) => {
      const error = thrown(() => call(key));
      expect(error.code).toBe('invalid-input');
      expect(error.message).not.toMatch(UNSAFE);
      expect(error.message).toContain(`${shown}: `);
      expect(error.issues[0]?.path).toEqual([shown]);
      for (const issue of error.issues)
        for (const part of issue.path) expect(String(part)).not.toMatch(UNSAFE);
    });
  }

  it('keeps ordinary unknown keys exactly as written', () => {
    const error = thrown(() => checkPhoneNumber('2025550123', { defaultCountri: 'GB' } as never));
    expect(error.issues).toEqual([{ path: ['defaultCountri'], message: 'Unknown field' }]);
    expect(error.message).toBe('checkPhoneNumber(options): invalid-input (defaultCountri: Unknown field)');
  });

  it('caps a long key built into a path elsewhere (buildGuide scenario) at 64 characters', () => {
    const error = thrown(() => buildGuide('registration', { ['k'.repeat(500)]: 1 } as never));
    expect(error.issues[0]?.path).toEqual([`${'k'.repeat(64)}…`]);
    expect(error.message.length).toBeLessThan(1000);
  });
});

describe('paths in general', () => {
  it("a record's caller-written key is escaped by toIssues", () => {
    const result = z.record(z.string(), z.number()).safeParse({ 'a\nb': 'x' });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(toIssues(result.error.issues)).toEqual([{ path: ['a\\u{a}b'], message: 'Expected number' }]);
  });

  it('PortalHelpdeskError escapes every key of every path it is given, numbers untouched', () => {
    const error = new PortalHelpdeskError(
      'invalid-input',
      [{ path: ['practice', 'providers', 3, '\u001b]0;title\u0007'], message: 'Unknown field' }],
      'ctx',
    );
    expect(error.issues[0]?.path).toEqual(['practice', 'providers', 3, '\\u{1b}]0;title\\u{7}']);
    expect(error.message).toBe(
      'ctx: invalid-input (practice.providers[3].\\u{1b}]0;title\\u{7}: Unknown field)',
    );
    expect(Object.isFrozen(error.issues[0]?.path)).toBe(true);
  });
});
