import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './usage-error.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** `util.parseArgs` in strict mode, with its errors turned into one-line usage errors. */
export function parse<O extends Options>(args: readonly string[], options: O, command: string) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1];
    if (flag && /Unknown option/i.test(message))
      throw new UsageError(`unknown option ${flag} for "${command}" (see --help)`);
    if (flag) throw new UsageError(`option ${flag} needs a value (see --help)`);
    throw new UsageError(`${message} (see --help)`);
  }
}

/** Checks a flag value against a list of allowed values. */
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

/** Reads `--scenario key=value` pairs: `true`/`false` become booleans, whole numbers numbers; a bare key is `true`. */
export function scenarioPairs(values: readonly string[]): Record<string, string | number | boolean> {
  const scenario: Record<string, string | number | boolean> = {};
  for (const pair of values) {
    const [key = '', raw] = pair.split('=', 2);
    if (!/^[a-zA-Z][\w-]*$/.test(key))
      throw new UsageError('--scenario expects key=value, e.g. --scenario security=call');
    const camel = key.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
    scenario[camel] =
      raw === undefined || raw === 'true'
        ? true
        : raw === 'false'
          ? false
          : /^\d+$/.test(raw)
            ? Number(raw)
            : raw;
  }
  return scenario;
}
