/** A mistake in how the CLI was called: printed as one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Exit codes of the CLI, documented in `docs/cli.md`. */
export const exitCodes = {
  ok: 0,
  /** With `--strict`: the rule said no (unsupported browser, not eligible, invalid phone or message). */
  verdictNo: 1,
  usage: 2,
  /** Unexpected failure (a bug): reported on stderr. */
  internal: 70,
} as const;
