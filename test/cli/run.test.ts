import { describe, expect, it } from 'vitest';
import { run } from './utils.js';

describe('portal-helpdesk CLI', () => {
  it('prints the registration guide for the embedded sample patient with no other arguments', () => {
    const { code, out, err } = run(['guide', 'registration']);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^# /);
    expect(out).toContain('**Create My Account**');
    expect(out).toContain('https://portal.example-clinic.test');
  });

  it.each(['md', 'html', 'text', 'json'])('renders a guide as %s', (format) => {
    const { code, out } = run(['guide', 'secure-message', '--format', format, '--locale', 'es']);
    expect(code).toBe(0);
    expect(out).toContain('Send message');
    if (format === 'json') expect(JSON.parse(out).locale).toBe('es');
    if (format === 'html') expect(out).toContain('<strong>Send message</strong>');
  });

  it('takes scenario choices and personal details', () => {
    const { code, out } = run([
      'guide',
      'registration',
      '--scenario',
      'channel=lab-result',
      '--scenario',
      'relationship=manager',
      '--patient-name',
      'Ana Ruiz',
      '--audience',
      'patient',
    ]);
    expect(code).toBe(0);
    expect(out).toContain("I manage Ana Ruiz's account");
    expect(out).toContain('View Results');
    expect(out).not.toContain('Staff note');
  });

  it('names the flag in a one-line error and exits 2 on unknown flags and bad values', () => {
    for (const args of [
      ['guide', 'registration', '--bogus'],
      ['guide', 'registration', '--format', 'pdf'],
      ['guide', 'registration', '--scenario', 'security=fax'],
      ['guide', 'registration', '--scenario', 'colour=blue'],
      ['guide', 'nowhere'],
      ['check', 'eligibility'],
      ['check', 'eligibility', '--birth-date', '2030-01-01'],
      ['check', 'phone'],
      ['check', 'message', '--file', 'missing.txt'],
      ['frobnicate'],
    ]) {
      const { code, out, err } = run(args);
      expect(code, args.join(' ')).toBe(2);
      expect(out, args.join(' ')).toBe('');
      expect(err.split('\n'), args.join(' ')).toHaveLength(1);
      expect(err).toMatch(/^portal-helpdesk: /);
    }
    expect(run(['guide', 'registration', '--bogus']).err).toContain('--bogus');
    expect(run(['guide', 'registration', '--format', 'pdf']).err).toContain('--format');
    expect(run(['guide', 'registration', '--scenario', 'security=fax']).err).toContain('--scenario security');
  });

  it('never echoes a bad value that may be PHI', () => {
    const { err } = run(['check', 'eligibility', '--birth-date', '1999-02-30']);
    expect(err).toContain('--birth-date');
    expect(err).not.toContain('1999-02-30');
  });

  it('treats a "no" verdict as success unless --strict', () => {
    const ie = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';
    expect(run(['check', 'browser', ie])).toMatchObject({ code: 0 });
    expect(run(['check', 'browser', ie]).out).toContain('unsupported');
    expect(run(['check', 'browser', ie, '--strict']).code).toBe(1);
    const child = [
      'check',
      'eligibility',
      '--birth-date',
      '2013-11-26',
      '--time-zone',
      'Pacific/Kiritimati',
      '--today',
      '2026-11-25',
    ];
    expect(run(child).out).toContain('2026-11-26');
    expect(run([...child, '--strict']).code).toBe(1);
    expect(
      run(['check', 'eligibility', '--birth-date', '2013-11-25', '--today', '2026-11-25', '--strict']).code,
    ).toBe(0);
  });

  it('answers in JSON for scripts', () => {
    const { out } = run(['check', 'phone', '+44 20 7946 0958', '--json']);
    expect(JSON.parse(out)).toMatchObject({ valid: true, type: 'fixed-line', recommendedMethod: 'call' });
    const message = run(['check', 'message', '--file', 'm.txt', '--json'], {
      files: { 'm.txt': 'Card 4111 1111 1111 1111 please' },
    });
    expect(JSON.parse(message.out).issues[0].code).toBe('card-number-in-message');
    expect(JSON.parse(run(['workflows', '--json']).out)).toHaveLength(8);
  });

  it('prints help for every command and a diagram', () => {
    for (const args of [
      ['--help'],
      ['guide', '--help'],
      ['check', 'browser', '--help'],
      ['check', 'eligibility', '--help'],
      ['check', 'phone', '--help'],
      ['check', 'message', '--help'],
      ['workflows', '--help'],
      ['diagram', '--help'],
    ]) {
      const { code, out } = run(args);
      expect(code, args.join(' ')).toBe(0);
      expect(out, args.join(' ')).toMatch(/Usage/);
    }
    expect(run(['diagram', 'registration']).out).toMatch(/^stateDiagram-v2/);
  });
});

describe('check verdict lines follow --locale', () => {
  const chrome =
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

  it.each([
    [
      ['check', 'eligibility', '--birth-date', '2015-03-01', '--today', '2026-12-05'],
      'not eligible (under-minimum-age): age 11 on 2026-12-05; eligible on 2028-03-01',
      'no puede tener cuenta (under-minimum-age): 11 años el 2026-12-05; podrá tenerla a partir del 2028-03-01',
    ],
    [
      ['check', 'eligibility', '--birth-date', '2000-03-01', '--today', '2026-12-05'],
      'eligible (eligible): age 26 on 2026-12-05',
      'puede tener cuenta (eligible): 26 años el 2026-12-05',
    ],
    [
      ['check', 'browser', chrome],
      'supported (supported-browser): Google Chrome 131.0.0.0 on Windows 10/11',
      'compatible (supported-browser): Google Chrome 131.0.0.0 en Windows 10/11',
    ],
    [
      ['check', 'phone', '+44 7400 123456'],
      'valid mobile number +447400123456 (mobile); recommended: text',
      'número celular válido +447400123456 (mobile); recomendado: Text me',
    ],
    [['check', 'phone', '12'], 'not a usable phone number', 'no es un número de teléfono que se pueda usar'],
  ])('%j', (args, english, spanish) => {
    const inEnglish = run(args).out.split('\n')[0];
    const inSpanish = run([...args, '--locale', 'es']).out.split('\n')[0];
    expect(inEnglish).toContain(english);
    expect(inSpanish).toContain(spanish);
  });

  it('words the message verdict in the language asked for', () => {
    expect(run(['check', 'message', '--file', '-', '--locale', 'es'], { stdin: 'Hola' }).out).toMatch(
      /^listo para enviar \(4 caracteres\)/,
    );
    const refused = run(['check', 'message', '--file', '-', '--locale', 'es'], {
      stdin: 'Tarjeta 4111 1111 1111 1111',
    }).out;
    expect(refused).toMatch(/^no se puede enviar \(/);
  });
});

describe('portal-helpdesk check: verdict lines read as staff read them', () => {
  it('says a browser was not recognised instead of naming none', () => {
    for (const [locale, words] of [
      ['en', 'browser not recognised'],
      ['es', 'navegador no reconocido'],
    ] as const) {
      const { out } = run(['check', 'browser', 'hello', '--locale', locale]);
      expect(out.split('\n')[0]).toContain(words);
      expect(out).not.toMatch(/\bnone\b/);
    }
  });

  it('prints the first issue of a message once, as the advice, and counts characters in the singular', () => {
    const card = run(['check', 'message', '--file', '-'], { stdin: 'card 4111 1111 1111 1111' });
    expect(card.out.match(/seems to contain a credit card number/g)).toHaveLength(1);
    const both = run(['check', 'message', '--file', '-'], {
      stdin: `4111 1111 1111 1111 ${'x'.repeat(1000)}`,
    });
    expect(both.out).toContain('  - message-too-long: ');
    expect(both.out).toContain('; 20 characters over the limit');
    expect(run(['check', 'message', '--file', '-'], { stdin: 'x' }).out).toContain('(1 character)');
    expect(run(['check', 'message', '--file', '-', '--locale', 'es'], { stdin: 'x' }).out).toContain(
      '(1 carácter)',
    );
  });

  it('says standard input, not the file, when piped practice settings are not JSON', () => {
    const { code, err } = run(['guide', 'registration', '--practice', '-'], { stdin: 'nope' });
    expect(code).toBe(2);
    expect(err).toBe('portal-helpdesk: --practice -: standard input is not valid JSON');
  });
});

describe('portal-helpdesk guide: names', () => {
  it.each(['--patient-name', '--family-member-name'])('refuses a blank %s, naming the flag', (flag) => {
    const { code, err } = run(['guide', 'relationship', flag, '   ']);
    expect(code).toBe(2);
    expect(err).toBe(`portal-helpdesk: ${flag} must not be blank`);
  });
});

describe('portal-helpdesk: one way to say each usage error', () => {
  it('says "did you mean" for a mistyped global option', () => {
    expect(run(['--versoin']).err).toBe(
      'portal-helpdesk: unknown option; did you mean "--version"? (run portal-helpdesk --help)',
    );
  });

  it('refuses a scenario key given twice, under either spelling', () => {
    for (const pair of [
      ['channel=lab-result', 'channel=invitation'],
      ['recovery-phone-differs=true', 'recoveryPhoneDiffers=false'],
    ]) {
      const { code, err } = run([
        'guide',
        'registration',
        '--scenario',
        pair[0] ?? '',
        '--scenario',
        pair[1] ?? '',
      ]);
      expect(code).toBe(2);
      expect(err).toMatch(/^portal-helpdesk: --scenario \w+ is given twice$/);
    }
  });

  it('words --minimum-age the same way in guide and check eligibility', () => {
    const message = 'portal-helpdesk: --minimum-age must be a whole number of years from 13 to 120';
    expect(run(['guide', 'registration', '--minimum-age', '121']).err).toBe(message);
    expect(run(['check', 'eligibility', '--birth-date', '2000-01-01', '--minimum-age', '121']).err).toBe(
      message,
    );
    expect(run(['check', 'eligibility', '--birth-date', '2000-01-01', '--minimum-age', '1.5']).err).toBe(
      message,
    );
  });

  it('words an out-of-range --today in the flag’s terms', () => {
    expect(run(['check', 'eligibility', '--birth-date', '2000-01-01', '--today', '1850-01-01']).err).toBe(
      'portal-helpdesk: --today must be a date from 1900 to 8999',
    );
  });
});

describe('portal-helpdesk guide profile-switch: the sample data', () => {
  it('switches to the sample patient’s own family profile, and to a placeholder with --no-sample', () => {
    expect(run(['guide', 'profile-switch', '--format', 'text']).out).toContain('Mia Rivera');
    const bare = run(['guide', 'profile-switch', '--format', 'text', '--no-sample']).out;
    expect(bare).not.toContain('Mia Rivera');
    expect(bare).toContain('<family member name>');
  });
});

describe('portal-helpdesk guide: the sample is a demo, never mixed with a real patient or practice', () => {
  const sampleBits = ['Jordan Rivera', 'Mia Rivera', 'example-clinic'];
  const practiceJson = JSON.stringify({
    portalUrl: 'https://portal.real-practice.test',
    timeZone: 'America/Chicago',
  });

  it.each([
    ['--patient-name', 'Ana Ruiz'],
    ['--patient-birth-date', '1980-02-03'],
    ['--family-member-name', 'Leo Ruiz'],
    ['--portal-url', 'https://portal.real-practice.test'],
    ['--time-zone', 'America/Chicago'],
    ['--minimum-age', '18'],
    ['--provider-based-routing', 'off'],
    ['--practice', 'practice.json'],
  ])('given %s, no sample name or address is filled in', (flag, value) => {
    for (const workflow of ['registration', 'profile-switch', 'secure-message']) {
      const result = run(['guide', workflow, '--format', 'text', flag, value], {
        files: { 'practice.json': practiceJson },
      });
      expect(result.code, `${workflow} ${flag}`).toBe(0);
      for (const bit of sampleBits) expect(result.out, `${workflow} ${flag}`).not.toContain(bit);
    }
  });

  it("nor from a practice file named by the environment; the caller's own facts are used", () => {
    const args = ['guide', 'registration', '--format', 'text', '--scenario', 'channel=lab-result'];
    const result = run([...args, '--patient-name', 'Ana Ruiz'], {
      files: { 'practice.json': practiceJson },
      io: { env: (name) => (name === 'PORTAL_HELPDESK_PRACTICE' ? 'practice.json' : undefined) },
    });
    expect(result.code).toBe(0);
    expect(result.out).toContain('Ana Ruiz');
    expect(result.out).toContain('https://portal.real-practice.test');
    for (const bit of sampleBits) expect(result.out).not.toContain(bit);
  });

  it('with no fact given, the demo still names the sample patient and address', () => {
    const demo = run([
      'guide',
      'registration',
      '--format',
      'text',
      '--locale',
      'es',
      '--scenario',
      'channel=lab-result',
    ]).out;
    expect(demo).toContain('Jordan Rivera');
    expect(demo).toContain('https://portal.example-clinic.test');
  });
});
