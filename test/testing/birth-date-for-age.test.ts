import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PortalHelpdeskError } from '../../src/index.js';
import { checkPortalEligibility } from '../../src/rules/index.js';
import { birthDateForAge } from '../../src/testing/index.js';

/** The eligibility rule's verdict on a calendar day (noon UTC, read in UTC). */
function on(day: string, birthDate: string) {
  return checkPortalEligibility({ birthDate, now: new Date(`${day}T12:00:00Z`), timeZone: 'UTC' });
}

/** A calendar date shifted by whole days, computed independently of the code under test. */
function shift(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function rejection(run: () => unknown): PortalHelpdeskError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PortalHelpdeskError);
    return error as PortalHelpdeskError;
  }
  throw new Error('expected a PortalHelpdeskError');
}

const calendarDay = fc
  .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2150-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('birthDateForAge', () => {
  it('gives the documented examples', () => {
    expect(birthDateForAge(13, { today: '2026-03-10' })).toBe('2013-03-10');
    expect(birthDateForAge(13, { today: '2026-03-10', daysOffset: -1 })).toBe('2013-03-11');
    expect(birthDateForAge(13, { today: '2026-03-10', daysOffset: 1 })).toBe('2013-03-09');
    expect(birthDateForAge(13, { today: '2025-03-01' })).toBe('2012-03-01');
    expect(birthDateForAge(4, { today: '2024-02-29' })).toBe('2020-02-29');
    expect(birthDateForAge(0, { today: '2026-03-10' })).toBe('2026-03-10');
  });

  it('is 13 today, 12 the day before: the eligibility boundary', () => {
    const today = '2026-03-10';
    const thirteenToday = birthDateForAge(13, { today });
    expect(on(today, thirteenToday)).toMatchObject({ eligible: true, age: 13 });
    expect(on(shift(today, -1), thirteenToday)).toMatchObject({
      eligible: false,
      age: 12,
      eligibleOn: today,
    });

    const thirteenTomorrow = birthDateForAge(13, { today, daysOffset: -1 });
    expect(on(today, thirteenTomorrow)).toMatchObject({
      eligible: false,
      age: 12,
      eligibleOn: '2026-03-11',
    });
    const thirteenYesterday = birthDateForAge(13, { today, daysOffset: 1 });
    expect(on(today, thirteenYesterday)).toMatchObject({ eligible: true, age: 13 });
  });

  it('follows the rule for 29 February birthdays: they turn over on 1 March in common years', () => {
    // Born on 29 February 2012, a person turns 13 on 1 March 2025; so does someone born on 1 March 2012.
    expect(on('2025-03-01', '2012-02-29')).toMatchObject({ eligible: true, age: 13 });
    expect(birthDateForAge(13, { today: '2025-03-01' })).toBe('2012-03-01');
    expect(on('2025-02-28', birthDateForAge(13, { today: '2025-03-01' }))).toMatchObject({ age: 12 });
    // 29 February 2024: nobody born in 2011 (a common year) turns 13 that day.
    expect(birthDateForAge(13, { today: '2024-02-29' })).toBe('2011-02-28');
    expect(birthDateForAge(13, { today: '2024-02-29', daysOffset: 0 })).toBe('2011-02-28');
    expect(birthDateForAge(13, { today: '2024-02-28', daysOffset: -1 })).toBe('2011-03-01');
    expect(on('2024-02-29', '2011-02-28')).toMatchObject({ age: 13 });
    expect(on('2024-02-28', '2011-03-01')).toMatchObject({ age: 12 });
    // A leap birth year keeps 29 February.
    expect(birthDateForAge(12, { today: '2024-02-29' })).toBe('2012-02-29');
  });

  it('keeps its promise for any day, age and offset under a year: age reached or not yet', () => {
    fc.assert(
      fc.property(
        calendarDay,
        fc.integer({ min: 1, max: 149 }),
        fc.integer({ min: -364, max: 364 }),
        (today, age, daysOffset) => {
          const birthDate = birthDateForAge(age, { today, daysOffset });
          expect(on(today, birthDate).age).toBe(daysOffset >= 0 ? age : age - 1);
          const birthday = shift(today, -daysOffset);
          // On the birthday the person is `age` and the day before `age - 1`, except on a
          // 29 February that a common birth year cannot have (then one of the two is off by a day).
          if (!(birthday.endsWith('-02-29') && !birthDate.endsWith('-02-29'))) {
            expect(on(birthday, birthDate).age).toBe(age);
            expect(on(shift(birthday, -1), birthDate).age).toBe(age - 1);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('has a birthday on the chosen day: the rule says eligible from that day on', () => {
    fc.assert(
      fc.property(calendarDay, fc.integer({ min: -364, max: 0 }), (today, daysOffset) => {
        const birthDate = birthDateForAge(13, { today, daysOffset });
        const result = on(today, birthDate);
        if (daysOffset === 0) expect(result.eligible).toBe(true);
        else if (!result.eligible) expect(result.eligibleOn >= shift(today, -daysOffset)).toBe(true);
      }),
    );
  });

  it('rejects bad input, naming the field but never its value', () => {
    for (const age of [-1, 1.5, 151, Number.NaN, '13']) {
      const error = rejection(() => birthDateForAge(age as number, { today: '2026-03-10' }));
      expect(error.code).toBe('invalid-input');
      expect(error.message).toContain('birthDateForAge(age)');
    }
    const badDay = rejection(() => birthDateForAge(13, { today: '2026-02-30' }));
    expect(badDay.issues[0]?.path).toEqual(['today']);
    expect(badDay.message).not.toContain('2026-02-30');
    expect(rejection(() => birthDateForAge(13, { today: '10/03/2026' })).issues[0]?.path).toEqual(['today']);
    expect(
      rejection(() => birthDateForAge(13, { today: '2026-03-10', daysOffset: 0.5 })).issues[0]?.path,
    ).toEqual(['daysOffset']);
    expect(rejection(() => birthDateForAge(13, undefined as never)).code).toBe('invalid-input');
  });

  it('refuses offsets that leave what the eligibility rule accepts', () => {
    const future = rejection(() => birthDateForAge(0, { today: '2026-03-10', daysOffset: -1 }));
    expect(future.issues).toEqual([
      { path: ['daysOffset'], message: expect.stringContaining('after today') },
    ]);
    const ancient = rejection(() => birthDateForAge(150, { today: '2026-03-10', daysOffset: 1 }));
    expect(ancient.issues[0]?.path).toEqual(['daysOffset']);
    expect(on('2026-03-10', birthDateForAge(150, { today: '2026-03-10' })).age).toBe(150);
    expect(() => birthDateForAge(149, { today: '2026-03-10', daysOffset: 60_001 })).toThrow(
      PortalHelpdeskError,
    );
  });
});
