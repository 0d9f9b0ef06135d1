import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PortalHelpdeskError } from '../../src/index.js';
import { es } from '../../src/locales/es/index.js';
import { checkPortalEligibility, type PortalEligibilityInput } from '../../src/rules/index.js';

const NY = 'America/New_York';

function check(birthDate: string, now: string, timeZone = NY, extra: Partial<PortalEligibilityInput> = {}) {
  return checkPortalEligibility({ birthDate, now: new Date(now), timeZone, ...extra });
}

function invalid(input: unknown): PortalHelpdeskError {
  try {
    checkPortalEligibility(input as PortalEligibilityInput);
  } catch (error) {
    expect(error).toBeInstanceOf(PortalHelpdeskError);
    return error as PortalHelpdeskError;
  }
  throw new Error('expected checkPortalEligibility to throw');
}

/** An independent reading of the practice's date: a fresh formatter, parts by type. */
function practiceDate(epochMs: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(epochMs);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

describe('checkPortalEligibility: the 13th birthday', () => {
  it('is under age the day before, eligible on the day and after', () => {
    const before = check('2010-06-15', '2023-06-14T16:00:00Z');
    expect(before).toMatchObject({
      eligible: false,
      age: 12,
      reason: 'under-minimum-age',
      eligibleOn: '2023-06-15',
      recommendation: 'family-access-account',
      minimumAge: 13,
      today: '2023-06-14',
    });
    expect(check('2010-06-15', '2023-06-15T16:00:00Z')).toMatchObject({ eligible: true, age: 13 });
    expect(check('2010-06-15', '2023-06-16T16:00:00Z')).toMatchObject({ eligible: true, age: 13 });
  });

  it('has no eligibleOn or recommendation when eligible', () => {
    const result = check('1980-01-01', '2025-01-01T12:00:00Z');
    expect(result).toEqual({
      eligible: true,
      reason: 'eligible',
      age: 45,
      minimumAge: 13,
      today: '2025-01-01',
      advice: expect.any(String),
    });
    expect('eligibleOn' in result).toBe(false);
    expect('recommendation' in result).toBe(false);
  });

  it('returns a frozen result', () => {
    const result = check('2015-05-05', '2025-01-01T12:00:00Z');
    expect(Object.isFrozen(result)).toBe(true);
  });

  it('applies a stricter minimum age from policy', () => {
    expect(check('2008-01-01', '2025-06-01T12:00:00Z', NY, { minimumAge: 18 })).toMatchObject({
      eligible: false,
      age: 17,
      minimumAge: 18,
      eligibleOn: '2026-01-01',
    });
  });

  it('writes advice in English by default and in Spanish on request', () => {
    expect(check('2012-02-29', '2025-02-28T15:00:00Z').advice).toContain('March 1, 2025');
    expect(check('2012-02-29', '2025-02-28T15:00:00Z').advice).toContain('family access account');
    const spanish = check('2012-02-29', '2025-02-28T15:00:00Z', NY, { locale: es });
    expect(spanish.advice).toContain('1 de marzo de 2025');
    expect(spanish.advice).toContain('acceso familiar');
    expect(check('2000-01-01', '2025-02-28T15:00:00Z', NY, { locale: es }).advice).toContain('portal');
  });
});

describe('checkPortalEligibility: 29 February birthdays', () => {
  it('turns over on 1 March in a common year', () => {
    expect(check('2012-02-29', '2025-02-28T15:00:00Z')).toMatchObject({
      eligible: false,
      age: 12,
      eligibleOn: '2025-03-01',
    });
    expect(check('2012-02-29', '2025-03-01T15:00:00Z')).toMatchObject({ eligible: true, age: 13 });
  });

  it('turns over on 29 February in a leap year', () => {
    const policy = { minimumAge: 16 };
    expect(check('2000-02-29', '2016-02-28T15:00:00Z', NY, policy)).toMatchObject({
      eligible: false,
      age: 15,
      eligibleOn: '2016-02-29',
    });
    expect(check('2000-02-29', '2016-02-29T15:00:00Z', NY, policy)).toMatchObject({
      eligible: true,
      age: 16,
    });
  });

  it('counts ages across common and leap years', () => {
    expect(check('2004-02-29', '2021-02-28T12:00:00Z').age).toBe(16);
    expect(check('2004-02-29', '2021-03-01T12:00:00Z').age).toBe(17);
    expect(check('2004-02-29', '2024-02-28T12:00:00Z').age).toBe(19);
    expect(check('2004-02-29', '2024-02-29T12:00:00Z').age).toBe(20);
  });

  it('accepts 29 February only in leap years (2000 yes, 1900 no)', () => {
    expect(check('2000-02-29', '2025-01-01T12:00:00Z').eligible).toBe(true);
    expect(
      invalid({ birthDate: '1900-02-29', now: new Date('2025-01-01'), timeZone: NY }).issues[0]?.path,
    ).toEqual(['birthDate']);
  });
});

describe('checkPortalEligibility: the practice date, not the UTC date', () => {
  it('uses New York’s date near midnight', () => {
    expect(check('2012-02-29', '2025-03-01T04:59:59Z')).toMatchObject({
      today: '2025-02-28',
      eligible: false,
    });
    expect(check('2012-02-29', '2025-03-01T05:00:00Z')).toMatchObject({
      today: '2025-03-01',
      eligible: true,
    });
  });

  it('handles the earliest zone (Pacific/Kiritimati, UTC+14)', () => {
    const zone = 'Pacific/Kiritimati';
    expect(check('2012-03-01', '2025-02-28T09:59:59Z', zone)).toMatchObject({
      today: '2025-02-28',
      eligible: false,
    });
    expect(check('2012-03-01', '2025-02-28T10:00:00Z', zone)).toMatchObject({
      today: '2025-03-01',
      eligible: true,
    });
  });

  it('handles the latest zone (Pacific/Pago_Pago, UTC-11)', () => {
    const zone = 'Pacific/Pago_Pago';
    expect(check('2012-03-01', '2025-03-01T10:59:59Z', zone)).toMatchObject({
      today: '2025-02-28',
      eligible: false,
    });
    expect(check('2012-03-01', '2025-03-01T11:00:00Z', zone)).toMatchObject({
      today: '2025-03-01',
      eligible: true,
    });
  });

  it('handles daylight-saving transition days', () => {
    // Spring forward in New York: 2025-03-09 02:00 EST becomes 03:00 EDT.
    expect(check('2012-03-09', '2025-03-09T04:59:59Z').today).toBe('2025-03-08');
    expect(check('2012-03-09', '2025-03-09T05:00:00Z')).toMatchObject({
      today: '2025-03-09',
      eligible: true,
    });
    expect(check('2012-03-09', '2025-03-10T03:59:59Z').today).toBe('2025-03-09');
    expect(check('2012-03-09', '2025-03-10T04:00:00Z').today).toBe('2025-03-10');
    // Fall back: 2025-11-02 02:00 EDT becomes 01:00 EST, so the day lasts 25 hours.
    expect(check('2012-11-02', '2025-11-02T03:59:59Z')).toMatchObject({
      today: '2025-11-01',
      eligible: false,
    });
    expect(check('2012-11-02', '2025-11-02T04:00:00Z')).toMatchObject({
      today: '2025-11-02',
      eligible: true,
    });
    expect(check('2012-11-02', '2025-11-03T04:59:59Z').today).toBe('2025-11-02');
    expect(check('2012-11-02', '2025-11-03T05:00:00Z').today).toBe('2025-11-03');
    // London springs forward at 01:00 UTC.
    expect(check('2012-03-30', '2025-03-30T00:30:00Z', 'Europe/London').today).toBe('2025-03-30');
  });

  it('accepts UTC and zones with quarter-hour offsets', () => {
    expect(check('2012-03-01', '2025-02-28T23:59:59Z', 'UTC').today).toBe('2025-02-28');
    expect(check('2012-03-01', '2025-02-28T18:15:00Z', 'Asia/Kathmandu').today).toBe('2025-03-01');
    expect(check('2012-03-01', '2025-02-28T18:14:59Z', 'Asia/Kathmandu').today).toBe('2025-02-28');
  });

  it('accepts a birth on the practice’s today (age 0) and exactly 150 years before it', () => {
    expect(check('2025-02-28', '2025-03-01T04:00:00Z')).toMatchObject({ age: 0, eligibleOn: '2038-02-28' });
    expect(check('1875-02-28', '2025-02-28T12:00:00Z')).toMatchObject({ age: 150, eligible: true });
  });
});

describe('checkPortalEligibility: invalid input', () => {
  const valid = { birthDate: '2000-01-01', now: new Date('2025-01-01T12:00:00Z'), timeZone: NY };
  const cases: [string, Record<string, unknown>, string][] = [
    ['a malformed date', { birthDate: '01/02/2000' }, 'birthDate'],
    ['a date with a time', { birthDate: '2000-01-01T00:00:00Z' }, 'birthDate'],
    ['a date one character too long', { birthDate: '2000-01-011' }, 'birthDate'],
    ['a date one character short', { birthDate: '2000-01-1' }, 'birthDate'],
    ['a megabyte of date', { birthDate: '2000-01-01'.repeat(104_858) }, 'birthDate'],
    ['an impossible day', { birthDate: '2023-02-29' }, 'birthDate'],
    ['an impossible month', { birthDate: '2023-13-01' }, 'birthDate'],
    ['day zero', { birthDate: '2023-01-00' }, 'birthDate'],
    ['a birth date after the practice’s today', { birthDate: '2025-01-02' }, 'birthDate'],
    ['a birth date over 150 years back', { birthDate: '1874-12-31' }, 'birthDate'],
    ['an invalid Date', { now: new Date(Number.NaN) }, 'now'],
    ['a string instead of a Date', { now: '2025-01-01' }, 'now'],
    ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
    ['an empty time zone', { timeZone: '' }, 'timeZone'],
    ['a minimum age below 13', { minimumAge: 12 }, 'minimumAge'],
    ['a fractional minimum age', { minimumAge: 13.5 }, 'minimumAge'],
    ['a minimum age above 120', { minimumAge: 121 }, 'minimumAge'],
    ['an unknown locale', { locale: 'fr' }, 'locale'],
  ];

  it.each(cases)('rejects %s', (_name, change, field) => {
    const error = invalid({ ...valid, ...change });
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => issue.path[0])).toContain(field);
  });

  it('rejects a birth date that is in the future only in the practice’s zone', () => {
    // 2025-03-01T04:00Z is still 28 February in New York.
    expect(() => check('2025-03-01', '2025-03-01T04:00:00Z')).toThrow(PortalHelpdeskError);
    expect(check('2025-03-01', '2025-03-01T04:00:00Z', 'UTC').age).toBe(0);
  });

  it('takes a Date of another realm (a frame), and no look-alike', () => {
    const framed = runInNewContext('new Date("2026-03-10T15:00:00Z")') as Date;
    expect(framed instanceof Date).toBe(false);
    expect(checkPortalEligibility({ birthDate: '2013-03-10', now: framed, timeZone: NY }).eligible).toBe(
      true,
    );
    const lying = new Date('2026-03-10T15:00:00Z');
    lying.getTime = () => 0;
    for (const now of [Object.create(Date.prototype), new Proxy(new Date(), {}), lying])
      expect(invalid({ birthDate: '2013-03-10', now, timeZone: NY }).issues[0]?.path).toEqual(['now']);
  });

  it('rejects non-objects', () => {
    expect(invalid(null).code).toBe('invalid-input');
    expect(invalid('2000-01-01').code).toBe('invalid-input');
  });

  it('never repeats the value in its message', () => {
    const error = invalid({ ...valid, birthDate: '2031-07-04', timeZone: 'Secret/Zone_Name' });
    expect(error.message).not.toContain('2031-07-04');
    expect(error.message).not.toContain('Secret/Zone_Name');
  });
});

const zones = ['UTC', NY, 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata', 'Europe/London'];
const instant = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) });
const calendarDate = fc
  .date({ min: new Date(Date.UTC(1960, 0, 1)), max: new Date(Date.UTC(2059, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('checkPortalEligibility: properties', () => {
  it('depends only on the practice’s local date, the birth date and the minimum age', () => {
    fc.assert(
      fc.property(
        instant,
        fc.constantFrom(...zones),
        calendarDate,
        fc.integer({ min: 13, max: 30 }),
        (ms, zone, birth, min) => {
          const today = practiceDate(ms, zone);
          fc.pre(birth <= today);
          const atPractice = checkPortalEligibility({
            birthDate: birth,
            now: new Date(ms),
            timeZone: zone,
            minimumAge: min,
          });
          // The same calendar date, read at noon in UTC, must give the same verdict.
          const noonUtc = new Date(`${today}T12:00:00Z`);
          const inUtc = checkPortalEligibility({
            birthDate: birth,
            now: noonUtc,
            timeZone: 'UTC',
            minimumAge: min,
          });
          expect(atPractice).toEqual(inUtc);
          expect(atPractice.today).toBe(today);
          const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
          const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
          const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
          const [am, ad] = bm === 2 && bd === 29 && !leap(ty) ? [3, 1] : [bm, bd];
          const age = ty - by - (tm < am || (tm === am && td < ad) ? 1 : 0);
          expect(atPractice.age).toBe(age);
          expect(atPractice.eligible).toBe(age >= min);
        },
      ),
    );
  });

  it('gives an age that never decreases as time passes', () => {
    fc.assert(
      fc.property(instant, instant, fc.constantFrom(...zones), (a, b, zone) => {
        const birthDate = '1989-02-28';
        const early = checkPortalEligibility({ birthDate, now: new Date(Math.min(a, b)), timeZone: zone });
        const late = checkPortalEligibility({ birthDate, now: new Date(Math.max(a, b)), timeZone: zone });
        expect(late.age).toBeGreaterThanOrEqual(early.age);
        expect(late.today >= early.today).toBe(true);
      }),
    );
  });

  it('under age always says when, and that date is after today', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), calendarDate, (ms, zone, birth) => {
        fc.pre(birth <= practiceDate(ms, zone));
        const result = checkPortalEligibility({ birthDate: birth, now: new Date(ms), timeZone: zone });
        if (result.eligible) return;
        expect(result.eligibleOn > result.today).toBe(true);
        const onTheDay = checkPortalEligibility({
          birthDate: birth,
          now: new Date(`${result.eligibleOn}T12:00:00Z`),
          timeZone: 'UTC',
        });
        expect(onTheDay).toMatchObject({ eligible: true, age: 13 });
      }),
    );
  });

  it('throws nothing but PortalHelpdeskError, and never echoes the birth date', () => {
    const anyInput = fc.record(
      {
        birthDate: fc.oneof(fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/), fc.string(), fc.anything()),
        now: fc.oneof(fc.date(), fc.anything()),
        timeZone: fc.oneof(fc.constantFrom(...zones, 'Nowhere/Else', 'utc', ''), fc.anything()),
        minimumAge: fc.oneof(fc.integer({ min: -5, max: 200 }), fc.double(), fc.anything()),
        locale: fc.oneof(fc.constantFrom('en', 'es', 'fr'), fc.anything()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(anyInput, fc.anything()), (input) => {
        try {
          checkPortalEligibility(input as PortalEligibilityInput);
        } catch (error) {
          expect(error).toBeInstanceOf(PortalHelpdeskError);
          const birthDate = (input as { birthDate?: unknown } | null)?.birthDate;
          if (typeof birthDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(birthDate)) {
            expect((error as Error).message).not.toContain(birthDate);
          }
        }
      }),
    );
  });
});
