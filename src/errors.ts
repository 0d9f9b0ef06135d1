import { keyText } from './internal/key-text.js';

/**
 * Stable error codes carried by {@link PortalHelpdeskError}.
 *
 * - `invalid-input`: a public function received input that failed validation.
 * - `invalid-snapshot`: a persisted session could not be restored.
 * - `unknown-workflow`: a workflow id or machine that the registry does not know.
 */
export type PortalHelpdeskErrorCode = 'invalid-input' | 'invalid-snapshot' | 'unknown-workflow';

/**
 * One problem found in an input: where it is and what is wrong, never the value itself.
 *
 * @example
 * ```ts
 * const issue: PortalHelpdeskIssue = { path: ['birthDate'], message: 'Expected a calendar date (YYYY-MM-DD)' };
 * ```
 */
export interface PortalHelpdeskIssue {
  /**
   * Path of the bad field from the root of the input, e.g. `['attachments', 3, 'name']`. In a
   * {@link PortalHelpdeskError}, a key holding control or format characters is escaped
   * (`a\u{a}b`) and a key over 64 characters cut (`…`), as the caller may have written anything.
   */
  readonly path: readonly (string | number)[];
  /** What is wrong, written without the offending value (it may be protected health information). */
  readonly message: string;
}

/**
 * The one error type this library throws. Its `code` is stable; its message and `issues` name the
 * fields that were wrong but never repeat their values, so it is safe to log.
 *
 * Rule verdicts (unsupported browser, under-age patient...) are results, not errors.
 *
 * @example
 * ```ts
 * try {
 *   checkPortalEligibility({ birthDate: 'not a date', now, timeZone: 'America/New_York' });
 * } catch (error) {
 *   if (error instanceof PortalHelpdeskError) console.log(error.code, error.issues[0]?.path);
 *   //=> 'invalid-input' ['birthDate']
 * }
 * ```
 */
export class PortalHelpdeskError extends Error {
  override readonly name = 'PortalHelpdeskError';
  readonly code: PortalHelpdeskErrorCode;
  readonly issues: readonly PortalHelpdeskIssue[];

  constructor(code: PortalHelpdeskErrorCode, issues: readonly PortalHelpdeskIssue[], context?: string) {
    // Keys in paths are made safe once, here, for the message and `issues` alike: a path may name
    // a key the caller wrote (an unknown option, a scenario key), and a key may hold anything.
    const safe = issues.map((issue) =>
      Object.freeze({
        ...issue,
        path: Object.freeze(issue.path.map((part) => (typeof part === 'string' ? keyText(part) : part))),
      }),
    );
    super(describe(code, safe, context));
    this.code = code;
    this.issues = Object.freeze(safe);
  }
}

/**
 * Tells whether a value is a {@link PortalHelpdeskError}, also across bundles where `instanceof` may fail.
 *
 * @example
 * ```ts
 * isPortalHelpdeskError(new PortalHelpdeskError('invalid-input', []));
 * //=> true
 * ```
 */
export function isPortalHelpdeskError(value: unknown): value is PortalHelpdeskError {
  return (
    value instanceof PortalHelpdeskError ||
    (value instanceof Error && value.name === 'PortalHelpdeskError' && 'code' in value && 'issues' in value)
  );
}

function describe(
  code: PortalHelpdeskErrorCode,
  issues: readonly PortalHelpdeskIssue[],
  context?: string,
): string {
  const head = context ? `${context}: ${code}` : code;
  if (issues.length === 0) return head;
  const details = issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join('; ');
  return `${head} (${details})`;
}

function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(input)';
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`))
    .join('');
}
