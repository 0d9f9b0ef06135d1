import { type ParseArgsConfig, parseArgs } from 'node:util';
import { isPortalHelpdeskError } from '../errors.js';
import { didYouMean } from './suggest.js';
import { UsageError } from './usage-error.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What a flag may look like in an error line: anything else (escapes, `=value`...) is not echoed. */
const PRINTABLE_FLAG = /^--?[A-Za-z][A-Za-z0-9-]{0,39}$/;

/**
 * `util.parseArgs` in strict mode, with its errors turned into one-line usage errors. parseArgs's
 * own messages are never printed: they can quote what was typed.
 */
export function parse<O extends Options>(args: readonly string[], options: O, command: string) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const quoted = /'(-{1,2}[^' ]+)/.exec(message)?.[1];
    const flag = quoted !== undefined && PRINTABLE_FLAG.test(quoted) ? quoted : undefined;
    if (/Unknown option/i.test(message)) {
      const known = Object.keys(options).map((name) => `--${name}`);
      const what = flag === undefined ? 'unknown option' : `unknown option ${flag}`;
      const hint = flag === undefined ? '' : didYouMean(flag, known);
      throw new UsageError(`${what} for "${command}"${hint} (see --help)`);
    }
    if (flag && /argument missing/i.test(message)) throw new UsageError(`${flag} needs a value (see --help)`);
    // `--minimum-age -5`: parseArgs reads "-5" as a flag; the value must be joined with `=`.
    if (flag && /ambiguous/i.test(message))
      throw new UsageError(
        `${flag} needs a value; one that starts with "-" is written ${flag}=<value> (see --help)`,
      );
    if (flag && /does not take an argument/i.test(message))
      throw new UsageError(`${flag} takes no value (see --help)`);
    throw new UsageError(`invalid arguments for "${command}" (see --help)`);
  }
}

/** Checks a flag value against a list of allowed values, which the error lists. */
export function oneOf<const T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}`);
}

/**
 * Runs a library call for a command whose flags do not all carry the library's field names (`--today`
 * for `now`): its invalid input becomes a usage error naming the command's own flags.
 */
export function blamingFlags<T>(flags: Readonly<Record<string, string>>, call: () => T): T {
  try {
    return call();
  } catch (error) {
    if (!isPortalHelpdeskError(error) || error.code !== 'invalid-input') throw error;
    const where = error.issues.map((issue) => {
      const field = issue.path[0];
      const flag = typeof field === 'string' && Object.hasOwn(flags, field) ? flags[field] : flagFor(field);
      return `${flag}: ${issue.message}`;
    });
    throw new UsageError(where.join('; ') || `invalid value (${error.code})`);
  }
}

/** The flag for a field of a library input: `birthDate` -> `--birth-date`. */
export function flagFor(field: PropertyKey | undefined): string {
  const name = typeof field === 'string' && /^[A-Za-z]\w*$/.test(field) ? field : 'value';
  return `--${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** Scenario key as typed (`recovery-phone-differs`) to the schema's field name (`recoveryPhoneDiffers`). */
function camelCase(key: string): string {
  return key.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** What `--scenario` flags hold: the scenario, and which of its keys were written bare (no `=`). */
export interface ScenarioPairs {
  readonly scenario: Record<string, string | number | boolean>;
  /** Keys written without `=value`: such a word may be a value typed without its key. */
  readonly bare: ReadonlySet<string>;
}

/**
 * Reads `--scenario key=value` pairs: `true`/`false` become booleans, whole numbers numbers; a bare
 * key is `true`. A key given twice, under either spelling, is a usage error.
 */
export function scenarioPairs(values: readonly string[]): ScenarioPairs {
  const scenario: Record<string, string | number | boolean> = {};
  const bare = new Set<string>();
  for (const pair of values) {
    const [key = '', raw] = pair.split('=', 2);
    if (!/^[a-zA-Z][\w-]{0,39}$/.test(key))
      throw new UsageError('--scenario expects key=value, e.g. --scenario security=call');
    const name = camelCase(key);
    // `channel=x` then `channel=y` (or `recovery-phone-differs` then `recoveryPhoneDiffers`):
    // which one was meant is not for the CLI to guess.
    if (Object.hasOwn(scenario, name)) throw new UsageError(`--scenario ${name} is given twice`);
    if (raw === undefined) bare.add(name);
    scenario[name] =
      raw === undefined || raw === 'true'
        ? true
        : raw === 'false'
          ? false
          : /^\d+$/.test(raw)
            ? Number(raw)
            : raw;
  }
  return { scenario, bare };
}

/** The youngest and oldest minimum age a practice may set (the age rule's own range). */
const MINIMUM_AGE_RANGE = [13, 120] as const;

/** Reads `--minimum-age`: a whole number of years in the age rule's range, the same words everywhere. */
export function minimumAgeFlag(text: string): number {
  const [lowest, highest] = MINIMUM_AGE_RANGE;
  const age = /^\d{1,4}$/.test(text) ? Number(text) : Number.NaN;
  if (!(age >= lowest && age <= highest))
    throw new UsageError(`--minimum-age must be a whole number of years from ${lowest} to ${highest}`);
  return age;
}

/** A calendar date as its parts. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Reads a `YYYY-MM-DD` flag value that must be a real calendar date: `2026-02-31` and `2025-13-01`
 * are usage errors, never rolled forward to another date.
 */
export function calendarDate(flag: string, text: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  if (!match || year < 1 || day < 1 || day > days)
    throw new UsageError(`--${flag} must be a real calendar date written YYYY-MM-DD`);
  return { year, month, day };
}
