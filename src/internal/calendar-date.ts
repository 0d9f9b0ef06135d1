/**
 * Calendar dates as plain integers, and "today" in a practice's time zone.
 *
 * A calendar date is held as `year * 10_000 + month * 100 + day` (2025-03-01 -> 20250301): ordering
 * the integers orders the dates, and no `Date` (which is an instant) is involved, so the host's `TZ`
 * can never shift a day.
 */

/** A calendar date packed as `yyyymmdd` in one integer. */
export type PackedDate = number;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Packs a year, month (1-12) and day (1-31) into one comparable integer. */
export function packDate(year: number, month: number, day: number): PackedDate {
  return year * 10_000 + month * 100 + day;
}

/** Splits a packed date into `[year, month, day]`. */
export function unpackDate(date: PackedDate): [year: number, month: number, day: number] {
  return [Math.floor(date / 10_000), Math.floor(date / 100) % 100, date % 100];
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Parses `YYYY-MM-DD` into a packed date; `undefined` when malformed or not a real date (2023-02-29). */
export function parseCalendarDate(text: string): PackedDate | undefined {
  // The pattern matches exactly 10 characters: the length is checked before it reads anything.
  if (text.length !== 10) return undefined;
  const match = DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return packDate(year, month, day);
}

/** Formats a packed date as `YYYY-MM-DD`. */
export function formatCalendarDate(date: PackedDate): string {
  const [year, month, day] = unpackDate(date);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/**
 * The date of the anniversary of `date` in `year`. A 29 February falls on 1 March in a common year:
 * that is the later of the two candidate days, so an age limit is never reached early.
 */
export function anniversaryIn(date: PackedDate, year: number): PackedDate {
  const monthDay = date % 10_000;
  if (monthDay === 229 && !isLeapYear(year)) return packDate(year, 3, 1);
  return year * 10_000 + monthDay;
}

/** Whole years from `from` to `to` (both packed dates, `from <= to`), by the anniversary rule above. */
export function wholeYearsBetween(from: PackedDate, to: PackedDate): number {
  const toYear = Math.floor(to / 10_000);
  const years = toYear - Math.floor(from / 10_000);
  return to < anniversaryIn(from, toYear) ? years - 1 : years;
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

// --- Today in a time zone -------------------------------------------------------------------------

interface ZoneEntry {
  readonly format: Intl.DateTimeFormat;
  /** The UTC second (`Math.floor(ms / 1000)`) of the last lookup, and the date it gave. */
  second: number;
  date: PackedDate;
}

/**
 * One formatter per zone name: building an `Intl.DateTimeFormat` costs far more than using one.
 * Only zones that Intl accepts are kept, and the map is emptied if it ever grows past a bound, so
 * junk input cannot grow it without limit.
 */
const zones = new Map<string, ZoneEntry>();
const MAX_CACHED_ZONES = 512;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function zoneEntry(timeZone: string): ZoneEntry | undefined {
  const cached = zones.get(timeZone);
  if (cached) return cached;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
  } catch {
    return undefined;
  }
  if (zones.size >= MAX_CACHED_ZONES) zones.clear();
  const entry: ZoneEntry = { format, second: Number.NaN, date: 0 };
  zones.set(timeZone, entry);
  return entry;
}

/** Tells whether `Intl` knows the time zone name (an IANA name such as `America/New_York`, or `UTC`). */
export function isKnownTimeZone(timeZone: string): boolean {
  return zoneEntry(timeZone) !== undefined;
}

/**
 * The calendar date in `timeZone` at the instant `epochMs` (years 1000-9999), or `undefined` when
 * the zone is unknown. Offsets and their changes fall on whole seconds, so the date is constant
 * within a UTC second; the last second looked up per zone is remembered.
 */
export function dateInTimeZone(epochMs: number, timeZone: string): PackedDate | undefined {
  const entry = zoneEntry(timeZone);
  if (!entry) return undefined;
  const second = Math.floor(epochMs / 1000);
  if (second === entry.second) return entry.date;
  // `format` is several times faster than `formatToParts`; the parts are the fallback should an
  // ICU update ever change the en-US numeric pattern.
  const match = US_DATE.exec(entry.format.format(epochMs));
  const date = match
    ? packDate(Number(match[3]), Number(match[1]), Number(match[2]))
    : dateFromParts(entry.format.formatToParts(epochMs));
  entry.second = second;
  entry.date = date;
  return date;
}

function dateFromParts(parts: readonly Intl.DateTimeFormatPart[]): PackedDate {
  let year = 0;
  let month = 0;
  let day = 0;
  for (const part of parts) {
    if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
    else if (part.type === 'day') day = Number(part.value);
  }
  return packDate(year, month, day);
}
