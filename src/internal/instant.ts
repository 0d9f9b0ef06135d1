import { daysInMonth } from './calendar-date.js';

/**
 * Most characters in an instant string: `2026-03-10T15:00:00.123456789+05:45` has 35. Checked
 * before the pattern reads the string.
 *
 * @example
 * ```ts
 * MAX_INSTANT_LENGTH;
 * //=> 40
 * ```
 */
export const MAX_INSTANT_LENGTH = 40;

// Every part has a fixed width or one optional fraction of 1-9 digits: no two ways to match, linear.
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

const getTime = Date.prototype.getTime;

/**
 * The earliest instant a clock input may hold: 1900-01-01T00:00Z (the age rule's range).
 *
 * @example
 * ```ts
 * new Date(EARLIEST_CLOCK).toISOString();
 * //=> '1900-01-01T00:00:00.000Z'
 * ```
 */
export const EARLIEST_CLOCK = Date.UTC(1900, 0, 1);
/**
 * Just past the latest instant a clock input may hold: 9000-01-01T00:00Z.
 *
 * @example
 * ```ts
 * new Date(LATEST_CLOCK).toISOString();
 * //=> '9000-01-01T00:00:00.000Z'
 * ```
 */
export const LATEST_CLOCK = Date.UTC(9000, 0, 1);

/**
 * Reads an instant: a real `Date` holding a valid time, or an ISO 8601 date-time string that says
 * its offset (`Z` or `±HH:MM`), so that it names one instant whatever the host's time zone. Returns
 * it as `Date#toISOString` writes it (UTC), or `undefined` for anything else: a string without an
 * offset (which `new Date` would read in the host's zone), an impossible date or time, an object
 * that only looks like a `Date` (`Object.create(Date.prototype)`), or a `Date` whose `getTime`
 * has been replaced. Never throws.
 *
 * @param value - Anything.
 * @returns The instant as `YYYY-MM-DDTHH:mm:ss.sssZ`, or `undefined`.
 *
 * @example
 * ```ts
 * readInstant('2026-03-10T10:00:00-05:00');
 * //=> '2026-03-10T15:00:00.000Z'
 * readInstant('2026-03-10T10:00:00');
 * //=> undefined
 * ```
 */
export function readInstant(value: unknown): string | undefined {
  if (typeof value === 'string') return readInstantString(value);
  const time = dateTime(value);
  return time === undefined ? undefined : new Date(time).toISOString();
}

/**
 * The time of a real `Date` (of any realm: a frame's too) whose own `getTime` agrees with it, when
 * it holds a valid time; `undefined` for anything else (`Object.create(Date.prototype)`, a proxy,
 * a `Date` whose `getTime` was replaced). Never throws.
 *
 * @example
 * ```ts
 * dateTime(new Date(0));
 * //=> 0
 * ```
 */
export function dateTime(value: unknown): number | undefined {
  try {
    // The intrinsic reads the internal time value, which only a real Date has (of any realm); the
    // object's own getTime must agree, so a subclass that overrides it is not trusted either.
    const time = getTime.call(value);
    return (value as Date).getTime() === time && Number.isFinite(time) ? time : undefined;
  } catch {
    return undefined;
  }
}

function readInstantString(text: string): string | undefined {
  if (text.length > MAX_INSTANT_LENGTH) return undefined;
  const match = INSTANT.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zulu, sign, oh, om] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s ?? 0);
  const offsetHours = Number(oh ?? 0);
  const offsetMinutes = Number(om ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return undefined;
  const milliseconds = Number(`${fraction ?? ''}000`.slice(0, 3));
  // Date.UTC reads years 0-99 as 1900-1999: set the year apart.
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, milliseconds));
  date.setUTCFullYear(year);
  const offset = zulu ? 0 : (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  return new Date(date.getTime() - offset * 60_000).toISOString();
}
