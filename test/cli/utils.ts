import type { CappedRead, CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';

/** What the CLI gets besides its arguments: files by path, and standard input. */
export interface RunInputs {
  readonly files?: Readonly<Record<string, string>>;
  readonly stdin?: string;
  /** Replaces parts of the injected I/O, e.g. a clock that throws. */
  readonly io?: Partial<CliIo>;
}

/** Runs the CLI with a fixed clock and host zone; returns the exit code and what it printed. */
export function run(args: readonly string[], inputs: RunInputs = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    readFile: (path, maxBytes) => {
      const text = inputs.files?.[path];
      if (text === undefined) throw new Error('ENOENT');
      return capped(text, maxBytes);
    },
    readStdin: (maxBytes) => {
      if (inputs.stdin === undefined) throw new Error('EAGAIN');
      return capped(inputs.stdin, maxBytes);
    },
    now: () => new Date('2026-11-25T15:00:00Z'),
    hostTimeZone: () => 'America/New_York',
    ...inputs.io,
  };
  const code = runCli(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** What the real reader gives: the text, or `overLimit` past `maxBytes` bytes of UTF-8. */
function capped(text: string, maxBytes: number): CappedRead {
  return Buffer.byteLength(text, 'utf8') > maxBytes ? { overLimit: true } : { text };
}
