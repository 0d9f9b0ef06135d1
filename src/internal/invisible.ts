// Bidirectional formatting controls (U+061C, U+200E, U+200F, U+202A-202E, U+2066-2069) and
// zero-width characters (U+200B-200D, U+2060, U+FEFF). One character class: linear.
const INVISIBLE_CONTROLS = /[\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/**
 * Removes the invisible characters that can make a personalised value read differently from what
 * it holds: bidirectional formatting controls (U+202A-202E, U+2066-2069, U+200E, U+200F, U+061C),
 * which can reverse the text around them ("Trojan Source"), and zero-width characters (U+200B-200D,
 * U+2060, U+FEFF), which can hide inside a name or a link. The renderers apply it to every piece of
 * text; the CLI may apply it to anything else it prints. An emoji built with U+200D (a family, a
 * profession) then shows as its separate emoji.
 *
 * @param text - Any text.
 * @returns The text without those characters (the same string when it has none).
 *
 * @example
 * ```ts
 * stripInvisibleControls('Ana\u202e Rivera\u200b');
 * //=> 'Ana Rivera'
 * ```
 */
export function stripInvisibleControls(text: string): string {
  return text.replace(INVISIBLE_CONTROLS, '');
}

/**
 * Removes bidirectional and zero-width controls ({@link stripInvisibleControls}), then collapses
 * line breaks and other control characters to single spaces, so no interpolated value can reorder
 * the text around it, hide characters, or start a new line (a fake step, heading or quote) in any
 * output.
 *
 * @example
 * ```ts
 * flatten('Jordan\n# Rivera\u202e');
 * //=> 'Jordan # Rivera'
 * ```
 */
export function flatten(text: string): string {
  return stripInvisibleControls(text).replace(/[\p{Cc}\u2028\u2029]+/gu, ' ');
}
