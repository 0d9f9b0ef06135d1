import { describe, expect, it } from 'vitest';
import { run } from './utils.js';

// What a user typed is echoed only when it is a key (a scenario key, a flag name, a practice file
// key) and then only as safe text: no control or format character ever reaches the terminal, so a
// key can neither forge a second error line nor colour, move or reorder what is printed.

/** Control, format and line-separator characters (what `keyText` escapes). */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

/** Asserts a one-line usage error (exit 2, nothing on stdout) and returns it. */
function usageError(args: readonly string[], inputs: Parameters<typeof run>[1] = {}): string {
  const { code, out, err } = run(args, inputs);
  expect(code, args.join(' ')).toBe(2);
  expect(out, args.join(' ')).toBe('');
  expect(err.split('\n'), args.join(' ')).toHaveLength(1);
  expect(err, args.join(' ')).not.toMatch(UNSAFE);
  return err;
}

const hostileKeys = [
  'a\nERROR forged line',
  '\u001b[31mred',
  '\u202eSECRET',
  'x\u2028y',
  'z\u200bw',
  'c1\u0085',
];

describe('practice file keys', () => {
  it.each(hostileKeys)('an unknown key %j is named escaped, on one line', (key) => {
    const err = usageError(['guide', 'registration', '--practice', 'p.json'], {
      files: { 'p.json': JSON.stringify({ [key]: 1 }) },
    });
    expect(err).toMatch(/^portal-helpdesk: --practice \(.*\): Unknown field$/);
  });

  it('shows a newline as \\u{a} and ESC as \\u{1b}', () => {
    const err = usageError(['guide', 'registration', '--practice', '-'], {
      stdin: JSON.stringify({ 'a\nERROR forged line\u001b[31m': 1 }),
    });
    expect(err).toBe('portal-helpdesk: --practice - (a\\u{a}ERROR forged line\\u{1b}[31m): Unknown field');
  });

  it('escapes a key nested in a list (providers[0])', () => {
    const err = usageError(['guide', 'registration', '--practice', 'p.json'], {
      files: {
        'p.json': JSON.stringify({
          providers: [{ id: 'p', name: 'Dr. A', departments: [], '\u202eevil': 1 }],
        }),
      },
    });
    expect(err).toBe('portal-helpdesk: --practice (providers[0].\\u{202e}evil): Unknown field');
  });

  it('never names a long key (data in the wrong place)', () => {
    const key = `Ana Rivera 1990-01-01 ${'x'.repeat(40)}`;
    const err = usageError(['guide', 'registration', '--practice', 'p.json'], {
      files: { 'p.json': JSON.stringify({ [key]: 1 }) },
    });
    expect(err).not.toContain('Ana');
  });
});

describe('flags and scenario keys', () => {
  it.each([['--a\nERROR forged'], ['--\u001b[31mred'], ['--for\u202emat']])(
    'an unknown flag %j is not echoed',
    (flag) => {
      const err = usageError(['guide', 'registration', flag]);
      expect(err).toBe('portal-helpdesk: unknown option for "guide" (see --help)');
    },
  );

  it('an unknown flag is named only by its name, never its =value', () => {
    expect(usageError(['guide', 'registration', '--formt=\nERROR'])).toBe(
      'portal-helpdesk: unknown option --formt for "guide"; did you mean "--format"? (see --help)',
    );
  });

  it.each(['a\nERROR=1', '\u001b[31m=1', 'channel\u202e=lab-result', 'Ana Rivera=1'])(
    '--scenario %j (not a key) is not echoed',
    (pair) => {
      expect(usageError(['guide', 'registration', '--scenario', pair])).toBe(
        'portal-helpdesk: --scenario expects key=value, e.g. --scenario security=call',
      );
    },
  );

  it('a bare --scenario VALUE is never echoed: it may be a value typed without its key', () => {
    for (const word of ['lab-result', 'AnaRivera', 'SECRET5550199']) {
      const err = usageError(['guide', 'registration', '--scenario', word]);
      expect(err).toMatch(/^portal-helpdesk: --scenario expects key=value .*\(registration keys: channel, /);
      expect(err).not.toContain(word);
    }
  });

  it('a bare --scenario still suggests the closest key, and a bare known key means true', () => {
    expect(usageError(['guide', 'registration', '--scenario', 'chanel'])).toContain(
      '--scenario expects key=value; did you mean "channel"?',
    );
    expect(run(['guide', 'registration', '--scenario', 'recovery-phone-differs']).code).toBe(0);
    expect(usageError(['guide', 'registration', '--scenario', 'channel'])).toContain(
      '--scenario channel must be one of',
    );
  });

  it('an unknown key written key=value is still named (it is a key)', () => {
    expect(usageError(['guide', 'registration', '--scenario', 'chanel=lab-result'])).toContain(
      '--scenario: unknown key "chanel"; did you mean "channel"?',
    );
  });

  it('an unknown --fact name with control characters is not echoed', () => {
    const err = usageError(['triage', 'code-not-received', '--fact', 'a\nFORGED=1']);
    expect(err).toBe('portal-helpdesk: --fact: unknown fact (see --help)');
  });
});
