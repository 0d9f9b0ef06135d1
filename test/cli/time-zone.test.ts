import { describe, expect, it } from 'vitest';
import { run } from './utils.js';

const check = (...flags: string[]) => run(['check', 'eligibility', ...flags]);

describe('check eligibility --today: a day of the practice’s calendar, whatever its zone', () => {
  it.each([
    // Pacific/Apia jumped from 29 to 31 December 2011; Kwajalein from 20 to 22 August 1993.
    ['Pacific/Apia', '2011-12-30'],
    ['Pacific/Kwajalein', '1993-08-21'],
  ])('refuses a day %s skipped, rather than answering for the next one (%s)', (zone, day) => {
    const { code, out, err } = check('--birth-date', '1998-12-31', '--today', day, '--time-zone', zone);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(
      'portal-helpdesk: --today is a day that never began in that time zone (its clocks skipped it)',
    );
  });

  it('answers for the days either side of a skipped one', () => {
    expect(
      check('--birth-date', '1998-12-31', '--today', '2011-12-29', '--time-zone', 'Pacific/Apia').out,
    ).toContain('age 12 on 2011-12-29');
    expect(
      check('--birth-date', '1998-12-31', '--today', '2011-12-31', '--time-zone', 'Pacific/Apia').out,
    ).toContain('age 13 on 2011-12-31');
  });

  it.each([
    // Noon of the first day at UTC+14 is still 1899 in UTC; noon of the last at UTC-12 is 9000.
    ['1900-01-01', 'Etc/GMT-14'],
    ['1900-01-01', 'Pacific/Kiritimati'],
    ['8999-12-31', 'Etc/GMT+12'],
    ['8999-12-31', 'Pacific/Pago_Pago'],
  ])('takes %s, an end of the flag’s range, in %s', (day, zone) => {
    const { code, out, err } = check(
      '--birth-date',
      '1890-06-15',
      '--today',
      day,
      '--time-zone',
      zone,
      '--json',
    );
    if (day.startsWith('8999')) {
      // Far past 150 years: the rule's own refusal, not the clock's.
      expect(err).toBe(
        'portal-helpdesk: --birth-date: Birth date is more than 150 years before the practice’s current date',
      );
      return;
    }
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ today: day, age: 9 });
  });

  it('takes 8999-12-31 at UTC-12 as that day', () => {
    const { out } = check(
      '--birth-date',
      '8990-01-01',
      '--today',
      '8999-12-31',
      '--time-zone',
      'Etc/GMT+12',
      '--json',
    );
    expect(JSON.parse(out)).toMatchObject({ today: '8999-12-31', age: 9 });
  });
});

describe('an unknown time zone on this computer', () => {
  // Node says `undefined` for TZ=Foo/Bar and `Etc/Unknown` for TZ="".
  const unknownZones = [undefined as unknown as string, 'Etc/Unknown'];
  const message =
    "portal-helpdesk: this computer's time zone is unknown (check TZ); give the practice's with --time-zone, e.g. --time-zone America/Chicago";

  it.each(unknownZones)(
    'check eligibility asks for --time-zone (host zone %s), never blaming a flag not typed',
    (zone) => {
      const { code, err } = run(['check', 'eligibility', '--birth-date', '2000-01-01'], {
        io: { hostTimeZone: () => zone },
      });
      expect(code).toBe(2);
      expect(err).toBe(message);
      expect(
        run(['check', 'eligibility', '--birth-date', '2000-01-01', '--time-zone', 'UTC'], {
          io: { hostTimeZone: () => zone },
        }).code,
      ).toBe(0);
    },
  );

  it.each(unknownZones)('triage asks for --time-zone only with a birth date (host zone %s)', (zone) => {
    const io = { hostTimeZone: () => zone };
    expect(run(['triage', 'child-under-13', '--fact', 'birth-date=2015-01-01'], { io }).err).toBe(message);
    expect(
      run(['triage', 'child-under-13', '--fact', 'birth-date=2015-01-01', '--time-zone', 'UTC'], { io }).code,
    ).toBe(0);
    expect(run(['triage', 'forgot-password'], { io }).code).toBe(0);
  });

  it('triage names --time-zone when it is not a zone', () => {
    expect(
      run(['triage', 'child-under-13', '--fact', 'birth-date=2015-01-01', '--time-zone', 'Mars/Base']).err,
    ).toBe('portal-helpdesk: --time-zone must be an IANA time zone such as America/Chicago');
  });
});
