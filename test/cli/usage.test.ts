import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closest } from '../../src/cli/suggest.js';
import { run } from './utils.js';

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** Asserts a one-line usage error on stderr, exit 2, nothing on stdout; returns the line. */
function usageError(args: readonly string[], inputs: Parameters<typeof run>[1] = {}): string {
  const { code, out, err } = run(args, inputs);
  expect(code, args.join(' ')).toBe(2);
  expect(out, args.join(' ')).toBe('');
  expect(err.split('\n'), args.join(' ')).toHaveLength(1);
  expect(err, args.join(' ')).toMatch(/^portal-helpdesk: /);
  return err;
}

describe('--version and per-command help', () => {
  it('prints the version from package.json', () => {
    for (const flag of ['--version', '-v']) {
      expect(run([flag])).toEqual({ code: 0, out: manifest.version, err: '' });
    }
  });

  it.each([
    [['check', '--help'], /Usage: portal-helpdesk check <rule>/],
    [['check', '-h'], /Usage: portal-helpdesk check <rule>/],
    [['check', 'eligibility', '--help'], /Usage: portal-helpdesk check eligibility/],
    [['check', 'message', '--help'], /"-" reads it from standard input/],
    [['guide', '--help'], /Usage: portal-helpdesk guide <workflow>/],
    [['--help'], /--version/],
  ])('%j prints its own usage and exits 0', (args, usage) => {
    const { code, out, err } = run(args);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(usage);
  });

  it('lists every workflow scenario key and its allowed values in guide --help, from the schemas', () => {
    const { out } = run(['guide', '--help']);
    expect(out).toContain('registration: channel=invitation|appointment-reminder|lab-result');
    expect(out).toContain('secure-message: startedFrom=home-page|messages-page attachments=integer 0-10');
    expect(out).toContain('profile-switch: profile=my-profile|family-member');
  });

  it('prints the check usage on stderr and exits 2 when no rule is named', () => {
    const { code, out, err } = run(['check']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/Usage: portal-helpdesk check <rule>/);
  });
});

describe('standard input', () => {
  it('reads the message from standard input for --file -', () => {
    const { code, out } = run(['check', 'message', '--file', '-', '--json'], {
      stdin: 'Card 4111 1111 1111 1111 please',
    });
    expect(code).toBe(0);
    expect(JSON.parse(out).issues[0].code).toBe('card-number-in-message');
    expect(run(['check', 'message', '--file', '-'], { stdin: 'Hello' }).out).toContain(
      'ready to send (5 characters)',
    );
  });

  it('is a usage error when standard input cannot be read', () => {
    expect(usageError(['check', 'message', '--file', '-'])).toContain('--file -: cannot read standard input');
  });
});

describe('dates', () => {
  it.each([
    [['--birth-date', '2000-01-01', '--today', '2026-02-31'], '--today'],
    [['--birth-date', '2000-01-01', '--today', '2026-13-01'], '--today'],
    [['--birth-date', '2000-01-01', '--today', '2026-1-01'], '--today'],
    [['--birth-date', '2000-01-01', '--today', '2023-02-29'], '--today'],
    [['--birth-date', '2025-13-01', '--today', '2026-01-01'], '--birth-date'],
    [['--birth-date', '2013-04-31', '--today', '2026-01-01'], '--birth-date'],
  ])('refuses the impossible date in %j as a usage error naming %s', (flags, flag) => {
    expect(usageError(['check', 'eligibility', ...flags])).toContain(`${flag} must be a real calendar date`);
  });

  it('accepts 29 February in a leap year, and it is not rolled forward', () => {
    const { code, out } = run(
      'check eligibility --birth-date 2011-02-28 --today 2024-02-29 --time-zone UTC'.split(' '),
    );
    expect(code).toBe(0);
    expect(out).toContain('age 13 on 2024-02-29');
  });

  it('refuses an unknown time zone by its flag', () => {
    expect(
      usageError(['check', 'eligibility', '--birth-date', '2000-01-01', '--time-zone', 'Mars/Base']),
    ).toBe('portal-helpdesk: --time-zone must be an IANA time zone such as America/Chicago');
  });
});

describe('did you mean', () => {
  it('suggests only close candidates', () => {
    expect(closest('chanel', ['channel', 'security'])).toBe('channel');
    expect(closest('GUIDE', ['guide', 'check'])).toBe('guide');
    expect(closest('xyz', ['channel', 'security'])).toBeUndefined();
    expect(closest('ab', ['abc', 'b'])).toBe('abc');
  });

  it.each([
    [['chek'], 'unknown command; did you mean "check"?'],
    [['check', 'brwser', 'x'], 'unknown check; did you mean "browser"?'],
    [['guide', 'registrashun'], 'unknown workflow; did you mean "registration"?'],
    [['diagram', 'secure-mesage'], 'did you mean "secure-message"?'],
    [
      ['guide', 'registration', '--formt', 'md'],
      'unknown option --formt for "guide"; did you mean "--format"?',
    ],
    [['check', 'phone', '1', '--contry', 'US'], 'did you mean "--country"?'],
  ])('%j', (args, message) => {
    expect(usageError(args)).toContain(message);
  });

  it('names an unknown scenario key and suggests the closest one', () => {
    const err = usageError(['guide', 'registration', '--scenario', 'chanel=x']);
    expect(err).toContain('--scenario: unknown key "chanel"; did you mean "channel"?');
    expect(err).toContain('(registration keys: channel, user, security, landline');
    expect(usageError(['guide', 'secure-message', '--scenario', 'started-frm=home-page'])).toContain(
      'did you mean "startedFrom"?',
    );
  });
});

describe('allowed values', () => {
  it('lists the allowed values of a scenario choice and of enum flags', () => {
    expect(usageError(['guide', 'registration', '--scenario', 'security=fax'])).toBe(
      'portal-helpdesk: --scenario security must be one of text, call, question',
    );
    expect(usageError(['guide', 'registration', '--scenario', 'security'])).toContain('text, call, question');
    expect(usageError(['guide', 'registration', '--format', 'pdf'])).toContain('md, html, text, json');
    expect(usageError(['check', 'phone', '1', '--locale', 'fr'])).toContain('en, es');
  });

  it('accepts a lower-case --country', () => {
    const { code, out } = run(['check', 'phone', '020 7946 0958', '--country', 'gb', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ valid: true, country: 'GB', e164: '+442079460958' });
    expect(usageError(['check', 'phone', '1', '--country', 'gbr'])).toContain(
      '--country must be a two-letter',
    );
  });
});

describe('patient data never reaches the terminal through an error', () => {
  const name = '\u001b[31mAna \u001b]0;Ruiz\u0007';
  const birthDate = '2013-11-26';
  it.each([
    [[name]],
    [['check', name]],
    [['guide', name]],
    [['diagram', name]],
    [['guide', 'registration', '--patient-name', name, '--format', name]],
    [['guide', 'registration', '--patient-name', name, '--scenario', `channel=${name}`]],
    [['guide', 'registration', '--scenario', `${name}=x`]],
    [['guide', 'registration', `--patient-name=${name}`, `--${name}`]],
    [['guide', 'registration', `--patiant-name=${name}`]],
    [['check', 'phone', '1', '--country', name]],
    [['check', 'message', '--file', `/home/${name}.txt`]],
    [['check', 'eligibility', '--birth-date', name]],
    [['check', 'eligibility', '--birth-date', birthDate, '--time-zone', name]],
    [['check', 'eligibility', '--birth-date', birthDate, '--today', name]],
    [['check', 'eligibility', '--birth-date', birthDate, '--minimum-age', name]],
    [['check', 'eligibility', '--birth-date', birthDate, '--minimum-age', '12']],
    [['check', 'eligibility', '--birth-date', birthDate, '--locale', name]],
    [['check', 'eligibility', '--birth-date', birthDate, '--today', '2026-02-31']],
    [['check', 'eligibility', '--birth-date', '2013-02-30']],
  ])('%j', (args) => {
    const { code, out, err } = run(args);
    expect(code).toBe(2);
    expect(err).toMatch(/^portal-helpdesk: .*--|^portal-helpdesk: unknown/);
    const printed = out + err;
    expect(printed).not.toContain('\u001b');
    expect(printed).not.toContain('\u0007');
    expect(printed).not.toContain('Ana');
    expect(printed).not.toContain('Ruiz');
    expect(printed).not.toContain(birthDate);
    expect(printed).not.toContain('2013-02-30');
    expect(printed).not.toContain('2026-02-31');
  });

  it('reports an unexpected error by its kind, never its message', () => {
    const { code, err } = run(['check', 'eligibility', '--birth-date', birthDate], {
      io: {
        now: () => {
          throw new RangeError(`bad input ${name} ${birthDate}`);
        },
      },
    });
    expect(code).toBe(70);
    expect(err).toBe(
      'portal-helpdesk: unexpected internal error (RangeError); please report how to reproduce it',
    );
  });
});

describe('errors name the flag the command has', () => {
  it('blames --today, not the library field behind it', () => {
    const line = usageError([
      'check',
      'eligibility',
      '--birth-date',
      '2013-02-03',
      '--time-zone',
      'UTC',
      '--today',
      '9999-12-31',
    ]);
    expect(line).toBe('portal-helpdesk: --today must be a date from 1900 to 8999');
    expect(line).not.toContain('--now');
  });

  it('blames --country for a region the phone rule does not know', () => {
    const line = usageError(['check', 'phone', '123', '--country', 'zz']);
    expect(line).toMatch(/^portal-helpdesk: --country: /);
    expect(line).not.toContain('--default-country');
  });

  it('blames the practice file for its providers', () => {
    const department = { id: 'd', name: 'Main' };
    const practice = JSON.stringify({
      providers: [
        { id: 'a', name: 'Dr. A', departments: [department] },
        { id: 'a', name: 'Dr. B', departments: [department] },
      ],
    });
    const line = usageError(['guide', 'secure-message', '--practice', 'p.json'], {
      files: { 'p.json': practice },
    });
    expect(line).toMatch(/^portal-helpdesk: --practice \(providers\): /);
  });

  it('names the flag whose value starts with "-" and says how to write it', () => {
    const line = usageError(['check', 'eligibility', '--birth-date', '2013-01-01', '--minimum-age', '-5']);
    expect(line).toContain('--minimum-age needs a value');
    expect(line).toContain('--minimum-age=<value>');
  });

  it('refuses an impossible birth date even where the symptom does not read it', () => {
    const line = usageError(['triage', 'code-not-received', '--fact', 'birth-date=2013-02-30']);
    expect(line).toContain('--fact birth-date');
    expect(line).not.toContain('2013-02-30');
  });
});

describe('JSON output on a terminal', () => {
  it('escapes C1 controls, bidi overrides and line separators a caller string holds', () => {
    const name = 'Ana\u202eevil\u009b31mX\u2028Y\u2066Z';
    const { code, out } = run(['guide', 'relationship', '--patient-name', name, '--format', 'json']);
    expect(code).toBe(0);
    expect([...out].filter((char) => /[\u2028\u202e\u2066]/.test(char) || char === '\u009b')).toEqual([]);
    expect(out).toContain('Ana\\u202eevil\\u009b31mX\\u2028Y\\u2066Z');
    expect(JSON.stringify(JSON.parse(out))).toContain(name);
  });
});
