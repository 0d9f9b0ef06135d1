import { readCappedFd, readCappedFile } from './read-capped.js';
import { runCli } from './run.js';

// The one place that touches the process: arguments, clock, files, stdout/stderr, exit code.
process.exitCode = runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  readFile: readCappedFile,
  readStdin: (maxBytes) => readCappedFd(0, maxBytes),
  now: () => new Date(),
  hostTimeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  env: (name) => process.env[name],
});
