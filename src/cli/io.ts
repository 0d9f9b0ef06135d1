import { stripInvisibleControls } from '../internal/invisible.js';
import { UsageError } from './usage-error.js';

/**
 * What a capped read gave: the text, or `overLimit` when the source held more than the bytes
 * allowed (reading stopped one byte past the limit, whatever the source: a file, a pipe,
 * `/dev/zero`).
 */
export type CappedRead = { readonly text: string } | { readonly overLimit: true };

/** Where a command writes: stdout for results, stderr for diagnostics. Injected so tests can capture both. */
export type CliIo = {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** A file as UTF-8 text, reading at most `maxBytes + 1` bytes. */
  readonly readFile: (path: string, maxBytes: number) => CappedRead;
  /** Standard input as UTF-8 text, for a file argument of `-`, reading at most `maxBytes + 1` bytes. */
  readonly readStdin: (maxBytes: number) => CappedRead;
  /** The clock and the host's time zone: only the CLI reads them. */
  readonly now: () => Date;
  readonly hostTimeZone: () => string;
  /** An environment variable (`PORTAL_HELPDESK_PRACTICE`); absent in tests that set none. */
  readonly env?: (name: string) => string | undefined;
};

const MIB = 1_048_576;

/**
 * The text of the file a flag names (`-` for standard input), read with a cap of `maxBytes`
 * bytes. A source that cannot be read or holds more is a usage error (exit 2) naming the flag,
 * never the path (file names can hold patient names) nor any of the content.
 */
export function readInput(io: CliIo, flag: string, path: string, maxBytes: number): string {
  const stdin = path === '-';
  const where = stdin ? `${flag} -` : flag;
  const what = stdin ? 'standard input' : 'the file';
  let read: CappedRead;
  try {
    read = stdin ? io.readStdin(maxBytes) : io.readFile(path, maxBytes);
  } catch {
    throw new UsageError(`${where}: cannot read ${what}`);
  }
  if ('overLimit' in read) throw new UsageError(`${where}: ${what} is over ${sizeText(maxBytes)}`);
  return read.text;
}

/** `4 MiB` for a whole number of MiB, else the bytes. */
export function sizeText(bytes: number): string {
  return bytes % MIB === 0 ? `${bytes / MIB} MiB` : `${bytes} bytes`;
}

/**
 * Whether a terminal acts on the character or reorders text by it: a C1 control, a soft hyphen, a
 * line or paragraph separator, or one of the bidi and zero-width controls the renderers strip.
 */
function isTerminalHazard(char: string): boolean {
  const code = char.charCodeAt(0);
  return (
    (code >= 0x7f && code <= 0x9f) ||
    code === 0xad ||
    code === 0x2028 ||
    code === 0x2029 ||
    stripInvisibleControls(char) === ''
  );
}

/**
 * A value as indented JSON for a terminal: `JSON.stringify` escapes C0 controls only, so C1 controls
 * (U+009B starts an escape sequence on some terminals), bidi overrides and line separators a
 * caller's string holds are written as JSON `\u` escapes too. The JSON means the same.
 */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[^\n\u0020-\u007e]/g, (char) =>
    isTerminalHazard(char) ? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}` : char,
  );
}
