import { TZDate } from '@date-fns/tz';
import { dateInTimeZone, isKnownTimeZone, packDate } from '../internal/calendar-date.js';
import { EARLIEST_CLOCK, LATEST_CLOCK } from '../internal/instant.js';
import type { CalendarDate } from './args.js';
import type { CliIo } from './io.js';
import { UsageError } from './usage-error.js';

/** Whether `Intl` knows the time zone, checked as the age rule checks it (a name of at most 100 characters). */
export function isTimeZone(timeZone: string): boolean {
  return timeZone.length <= 100 && isKnownTimeZone(timeZone);
}

/**
 * The practice's time zone: `--time-zone` when given (a usage error when `Intl` does not know it),
 * else this computer's. The computer's zone can be unknown (`TZ=Foo/Bar`, `TZ=""`: Node then says
 * `undefined` or `Etc/Unknown`): then `undefined`, and the caller asks for `--time-zone` when it
 * needs a zone, rather than blaming a flag that was never typed.
 */
export function practiceTimeZone(flag: string | undefined, io: CliIo): string | undefined {
  if (flag !== undefined) {
    if (!isTimeZone(flag))
      throw new UsageError('--time-zone must be an IANA time zone such as America/Chicago');
    return flag;
  }
  const host: unknown = io.hostTimeZone();
  return typeof host === 'string' && isTimeZone(host) ? host : undefined;
}

/** The usage error for a command that needs a zone when this computer's is unknown. */
export function unknownHostTimeZone(): UsageError {
  return new UsageError(
    "this computer's time zone is unknown (check TZ); give the practice's with --time-zone, e.g. --time-zone America/Chicago",
  );
}

/**
 * An instant whose date in `timeZone` is `day`, within the age rule's clock range (1900-8999): noon
 * there when it is, else the nearest whole hour that is. A day the zone skipped (Pacific/Apia jumped
 * over 30 December 2011) has no such instant: a usage error, never another day's verdict.
 */
export function instantOn({ year, month, day }: CalendarDate, timeZone: string): Date {
  const wanted = packDate(year, month, day);
  // Noon first, then 13:00, 11:00, 14:00...: noon is in the day unless the zone moved its clocks
  // then, and at the ends of the clock range (1900-01-01 at UTC+14) only some hours are in range.
  for (const offset of [
    0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6, 7, -7, 8, -8, 9, -9, 10, -10, 11, -11, -12,
  ]) {
    const time = new TZDate(year, month - 1, day, 12 + offset, 0, 0, timeZone).getTime();
    if (
      Number.isFinite(time) &&
      time >= EARLIEST_CLOCK &&
      time < LATEST_CLOCK &&
      dateInTimeZone(time, timeZone) === wanted
    )
      return new Date(time);
  }
  throw new UsageError('--today is a day that never began in that time zone (its clocks skipped it)');
}
