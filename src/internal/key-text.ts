// Every control, format, surrogate, private-use or unassigned character (`\p{C}`) and the line and
// paragraph separators: one character class, so the scan is linear.
const UNSAFE_IN_KEY = /[\p{C}\u2028\u2029]/gu;
// What a cut may leave at the end: part of an escape (`\`, `\u{20`), half a surrogate pair.
const BROKEN_TAIL = /\\[^}]*$|[\ud800-\udbff]$/;

/** The longest key text shown, escapes counted; longer text is cut there and ends with `…`. */
export const MAX_KEY_TEXT_LENGTH = 64;

/**
 * A key the caller wrote (an object key, a path segment), made safe to print in an error message
 * or an issue's path: each control or format character, line separator or lone surrogate becomes
 * `\u{hex}` (its code point), so a key can neither start a new log line, move the terminal cursor,
 * colour the text nor reorder it; then text over {@link MAX_KEY_TEXT_LENGTH} characters is cut,
 * never inside an escape or a surrogate pair, and ends with `…`. Idempotent: safe text comes back unchanged, so a path may be made safe where it
 * is built and again where it is printed. Kept small: every bundle that can throw carries it.
 *
 * @example
 * ```ts
 * keyText('a\nERROR forged');
 * //=> 'a\\u{a}ERROR forged'
 * ```
 */
export function keyText(key: string): string {
  const safe = key.replace(UNSAFE_IN_KEY, (c) => `\\u{${(c.codePointAt(0) as number).toString(16)}}`);
  return safe.length > MAX_KEY_TEXT_LENGTH
    ? `${safe.slice(0, MAX_KEY_TEXT_LENGTH).replace(BROKEN_TAIL, '')}…`
    : safe;
}
