import { closeSync, openSync, readSync } from 'node:fs';
import type { CappedRead } from './io.js';

const CHUNK = 65_536;
/** How long to wait before reading again when standard input has nothing yet (a non-blocking pipe). */
const RETRY_MS = 10;

/**
 * Reads an open file descriptor as UTF-8 text, at most `maxBytes + 1` bytes: a source holding more
 * is `overLimit` as soon as that byte arrives, so `/dev/zero`, an endless pipe or a huge file costs
 * at most the limit in memory and time. Any kind of file is read the same way (regular files,
 * devices, FIFOs, sockets): its reported size is never trusted.
 */
export function readCappedFd(fd: number, maxBytes: number): CappedRead {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buffer = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
    let count: number;
    try {
      count = readSync(fd, buffer, 0, buffer.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Windows reports the end of a pipe as an error.
      if (code === 'EOF') break;
      // Standard input may be non-blocking (inherited from a parent that set it so): wait, retry.
      if (code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, RETRY_MS);
      continue;
    }
    if (count === 0) break;
    chunks.push(count === buffer.length ? buffer : buffer.subarray(0, count));
    total += count;
    if (total > maxBytes) return { overLimit: true };
  }
  return { text: Buffer.concat(chunks, total).toString('utf8') };
}

/** A file read with {@link readCappedFd}; the file is closed whatever happens. */
export function readCappedFile(path: string, maxBytes: number): CappedRead {
  const fd = openSync(path, 'r');
  try {
    return readCappedFd(fd, maxBytes);
  } finally {
    closeSync(fd);
  }
}
