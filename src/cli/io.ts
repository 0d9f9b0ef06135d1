/** Where a command writes: stdout for results, stderr for diagnostics. Injected so tests can capture both. */
export type CliIo = {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readFile: (path: string) => string;
  /** All of standard input as UTF-8 text, for a file argument of `-`. */
  readonly readStdin: () => string;
  /** The clock and the host's time zone: only the CLI reads them. */
  readonly now: () => Date;
  readonly hostTimeZone: () => string;
  /** An environment variable (`PORTAL_HELPDESK_PRACTICE`); absent in tests that set none. */
  readonly env?: (name: string) => string | undefined;
};
