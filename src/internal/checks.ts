/**
 * Length and range checks as zod refinements and custom schemas, for the zod schemas of events and
 * saved sessions. zod's own `maxLength`, `int`, `gte` and `lte` each bring their classes into a
 * bundle; refinements with fixed messages cost less (see docs/decisions.md, "Dependencies"). The
 * rules use the hand-written twins in `field-checks.ts`, with the same messages. Messages never
 * quote the value.
 */
import * as z from 'zod/mini';
import { isWholeNumberIn, tooLongMessage, wholeNumberMessage } from './field-checks.js';

/**
 * A string of at most `max` characters; the issue reads as {@link toIssues} words zod's `maxLength`.
 *
 * @example
 * ```ts
 * z.safeParse(textUpTo(3), 'abcd').error?.issues[0]?.message;
 * //=> 'Too big: at most 3 characters'
 * ```
 */
export function textUpTo(max: number) {
  return z.string().check(z.refine((text) => text.length <= max, { message: tooLongMessage(max) }));
}

/**
 * A whole number from `min` to `max`, both included.
 *
 * @example
 * ```ts
 * z.safeParse(wholeNumber(1, 10), 2.5).error?.issues[0]?.message;
 * //=> 'Expected a whole number from 1 to 10'
 * ```
 */
export function wholeNumber(min: number, max: number) {
  return z.custom<number>((value) => isWholeNumberIn(value, min, max), {
    message: wholeNumberMessage(min, max),
  });
}
