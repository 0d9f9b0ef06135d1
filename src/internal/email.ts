/**
 * Most characters in an email address (RFC 5321's path limit less its angle brackets). Checked
 * before anything else reads the value.
 *
 * @example
 * ```ts
 * MAX_EMAIL_LENGTH;
 * //=> 254
 * ```
 */
export const MAX_EMAIL_LENGTH = 254;

// One character class and no quantifier: at most one step per character, so linear.
const WHITESPACE = /\s/;

/**
 * Tells whether a value looks like an email address a person could type: a string of at most
 * {@link MAX_EMAIL_LENGTH} characters with no whitespace, exactly one `@`, something before it,
 * and after it a domain holding a `.` that is neither its first nor its last character. This is
 * what `/^[^\s@]+@[^\s@]+\.[^\s@]+$/` accepts, checked by a single pass after the length cap, so
 * the time spent is bounded whatever the input (that pattern backtracks quadratically).
 *
 * @param value - Anything; only strings can pass.
 * @returns `true` when the value is a plausible email address.
 *
 * @example
 * ```ts
 * isPlausibleEmail('sam.rivera@example.com');
 * //=> true
 * isPlausibleEmail('sam@localhost');
 * //=> false
 * ```
 */
export function isPlausibleEmail(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > MAX_EMAIL_LENGTH) return false;
  const at = value.indexOf('@');
  if (at < 1 || value.indexOf('@', at + 1) !== -1 || WHITESPACE.test(value)) return false;
  // A dot after the domain's first character and before its last one.
  const dot = value.indexOf('.', at + 2);
  return dot !== -1 && dot < value.length - 1;
}
