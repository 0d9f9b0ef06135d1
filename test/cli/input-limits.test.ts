import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_MESSAGE_FILE_BYTES } from '../../src/cli/commands/check.js';
import { MAX_PRACTICE_FILE_LENGTH, PRACTICE_ENV } from '../../src/cli/practice-file.js';
import { readCappedFd, readCappedFile } from '../../src/cli/read-capped.js';
import { run } from './utils.js';

// Files and standard input are read with a cap, never whole: `/dev/zero`, a FIFO or a pipe that
// never ends stops one byte past the limit, and the CLI exits 2 naming the flag, never the content.

const MIB = 1_048_576;
const unix = process.platform !== 'win32';
const env = (value: string) => (name: string) => (name === PRACTICE_ENV ? value : undefined);

/** Asserts a one-line usage error (exit 2, nothing on stdout) and returns it. */
function usageError(result: { code: number; out: string; err: string }): string {
  expect(result.code).toBe(2);
  expect(result.out).toBe('');
  expect(result.err.split('\n')).toHaveLength(1);
  return result.err;
}

describe('input caps (injected I/O)', () => {
  it('asks the reader for at most 4 MiB of a practice file and 30 MiB of a message', () => {
    const asked: number[] = [];
    const io = {
      readFile: (_path: string, maxBytes: number) => {
        asked.push(maxBytes);
        return { text: '{}' };
      },
      readStdin: (maxBytes: number) => {
        asked.push(maxBytes);
        return { text: 'Hello' };
      },
    };
    run(['guide', 'registration', '--practice', 'p.json'], { io });
    run(['guide', 'registration', '--practice', '-'], { io });
    run(['guide', 'registration'], { io: { ...io, env: env('p.json') } });
    run(['check', 'message', '--file', 'm.txt'], { io });
    run(['check', 'message', '--file', '-'], { io });
    expect(MAX_PRACTICE_FILE_LENGTH).toBe(4 * MIB);
    expect(MAX_MESSAGE_FILE_BYTES).toBe(30 * MIB);
    expect(asked).toEqual([4 * MIB, 4 * MIB, 4 * MIB, 30 * MIB, 30 * MIB]);
  });

  it.each([
    [['guide', 'registration', '--practice', 'p.json'], '--practice: the file is over 4 MiB'],
    [['guide', 'registration', '--practice', '-'], '--practice -: standard input is over 4 MiB'],
    [['guide', 'registration'], `${PRACTICE_ENV}: the file is over 4 MiB`],
    [['check', 'message', '--file', 'm.txt'], '--file: the file is over 30 MiB'],
    [['check', 'message', '--file', '-'], '--file -: standard input is over 30 MiB'],
  ])('%j over the cap is a usage error naming the flag, never the content', (args, message) => {
    const over = { overLimit: true } as const;
    const err = usageError(
      run(args, { io: { readFile: () => over, readStdin: () => over, env: env('p.json') } }),
    );
    expect(err).toBe(`portal-helpdesk: ${message}`);
  });

  it('counts the cap in bytes: a practice file of 4 MiB of spaces is read, one byte more is not', () => {
    const json = (length: number) => `${' '.repeat(length - 2)}{}`;
    expect(
      run(['guide', 'registration', '--practice', 'p.json'], { files: { 'p.json': json(4 * MIB) } }).code,
    ).toBe(0);
    const err = usageError(
      run(['guide', 'registration', '--practice', 'p.json'], { files: { 'p.json': json(4 * MIB + 1) } }),
    );
    expect(err).toContain('--practice: the file is over 4 MiB');
  });
});

describe('a message body over validateMessage’s cap', () => {
  const body = 'SECRET '.repeat(1_428_572); // 10,000,004 characters

  it('is refused against --file, the flag the user wrote (there is no --body)', () => {
    const err = usageError(run(['check', 'message', '--file', 'm.txt'], { files: { 'm.txt': body } }));
    expect(err).toBe('portal-helpdesk: --file: Too big: at most 10000000 characters');
    expect(err).not.toContain('--body');
    expect(err).not.toContain('SECRET');
  });

  it('is refused against --file - when it came from standard input', () => {
    const err = usageError(run(['check', 'message', '--file', '-'], { stdin: body }));
    expect(err).toBe('portal-helpdesk: --file -: Too big: at most 10000000 characters');
  });
});

describe('readCappedFd / readCappedFile (the real reader)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'portal-helpdesk-read-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file up to the cap exactly, and stops one byte past it', () => {
    const file = join(dir, 'exact.txt');
    writeFileSync(file, 'a'.repeat(100_000));
    expect(readCappedFile(file, 100_000)).toEqual({ text: 'a'.repeat(100_000) });
    expect(readCappedFile(file, 99_999)).toEqual({ overLimit: true });
    expect(readCappedFile(file, 0)).toEqual({ overLimit: true });
  });

  it('decodes UTF-8 split across reads', () => {
    const file = join(dir, 'utf8.txt');
    const text = `x${'ñ€😀'.repeat(40_000)}`; // characters of 2, 3 and 4 bytes across 64 KiB chunks
    writeFileSync(file, text);
    expect(readCappedFile(file, 10 * MIB)).toEqual({ text });
  });

  it('reads an empty file as empty text', () => {
    const file = join(dir, 'empty.txt');
    writeFileSync(file, '');
    expect(readCappedFile(file, 10)).toEqual({ text: '' });
  });

  it.runIf(unix)('stops at the cap on /dev/zero, an endless device', () => {
    expect(readCappedFile('/dev/zero', 4 * MIB)).toEqual({ overLimit: true });
    const fd = openSync('/dev/zero', 'r');
    try {
      expect(readCappedFd(fd, 1)).toEqual({ overLimit: true });
    } finally {
      closeSync(fd);
    }
  });

  it('throws for what cannot be read (a directory, a missing file), for the caller to word', () => {
    expect(() => readCappedFile(dir, 10)).toThrow();
    expect(() => readCappedFile(join(dir, 'missing.json'), 10)).toThrow();
  });
});

// The built CLI, as a user runs it: src/cli/main.ts bundled by esbuild, run by node.
describe.runIf(unix)('the CLI process on endless and oversized input', () => {
  let dir: string;
  let cli: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'portal-helpdesk-cli-'));
    cli = join(dir, 'main.mjs');
    buildSync({
      entryPoints: [fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url))],
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: cli,
      logLevel: 'silent',
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs `sh -c script` with `$CLI` set; returns exit code and stderr. */
  function sh(script: string, extraEnv: Record<string, string> = {}) {
    const result = spawnSync('sh', ['-c', script], {
      env: { ...process.env, CLI: `"${process.execPath}" "${cli}"`, ...extraEnv },
      encoding: 'utf8',
      timeout: 15_000,
      maxBuffer: MIB,
    });
    expect(result.error).toBeUndefined();
    return { code: result.status, out: result.stdout, err: result.stderr };
  }

  it.each([
    ['guide registration --practice /dev/zero', '--practice: the file is over 4 MiB'],
    ['check message --file /dev/zero', '--file: the file is over 30 MiB'],
  ])('%s stops at the cap and exits 2', (args, message) => {
    const result = sh(`eval "$CLI ${args}"`);
    expect(result).toEqual({ code: 2, out: '', err: `portal-helpdesk: ${message}\n` });
  });

  it(`${PRACTICE_ENV}=/dev/zero stops at the cap and exits 2`, () => {
    const result = sh('eval "$CLI guide registration"', { [PRACTICE_ENV]: '/dev/zero' });
    expect(result).toEqual({
      code: 2,
      out: '',
      err: `portal-helpdesk: ${PRACTICE_ENV}: the file is over 4 MiB\n`,
    });
  });

  it('600 MB piped to --practice - stops at 4 MiB', () => {
    const result = sh('head -c 600000000 /dev/zero | eval "$CLI guide registration --practice -"');
    expect(result).toEqual({
      code: 2,
      out: '',
      err: 'portal-helpdesk: --practice -: standard input is over 4 MiB\n',
    });
  });

  it('an endless pipe to check message --file - stops at 30 MiB', () => {
    const result = sh('yes SECRET | eval "$CLI check message --file -"');
    expect(result).toEqual({
      code: 2,
      out: '',
      err: 'portal-helpdesk: --file -: standard input is over 30 MiB\n',
    });
  });

  it('a FIFO fed without end is read like any file, up to the cap', () => {
    const fifo = join(dir, 'practice.fifo');
    execFileSync('mkfifo', [fifo]);
    const result = sh(
      `(yes SECRET > "${fifo}" 2>/dev/null &) ; eval "$CLI guide registration --practice \\"${fifo}\\""`,
    );
    expect(result).toEqual({
      code: 2,
      out: '',
      err: 'portal-helpdesk: --practice: the file is over 4 MiB\n',
    });
  });

  it('still reads a practice file from a pipe and a message from standard input', () => {
    const piped = sh(
      `printf '%s' '{"providers":[{"id":"p1","name":"Dr. Rosa Diaz","departments":[{"id":"d1","name":"Valley Clinic"}]}]}' | eval "$CLI guide secure-message --practice -"`,
    );
    expect(piped.code).toBe(0);
    expect(piped.out).toContain('Dr. Rosa Diaz');
    const message = sh(`printf 'Hello' | eval "$CLI check message --file -"`);
    expect(message).toEqual({ code: 0, out: expect.stringContaining('5 characters'), err: '' });
  });

  it('refuses a message file of more than 10,000,000 characters against --file', () => {
    const file = join(dir, 'long.txt');
    writeFileSync(file, 'a'.repeat(10_000_001));
    const result = sh(`eval "$CLI check message --file \\"${file}\\""`);
    expect(result).toEqual({
      code: 2,
      out: '',
      err: 'portal-helpdesk: --file: Too big: at most 10000000 characters\n',
    });
  });
});
