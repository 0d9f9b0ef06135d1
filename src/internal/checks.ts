/**
 * Length and range checks as zod refinements. zod's own `maxLength`, `int`, `gte` and `lte` each
 * bring their check classes into a bundle; one refinement with a fixed message costs far less in a
 * rule bundled alone (see docs/decisions.md, "Bundle size"). Messages never quote the value.
 */
import * as z from 'zod/mini';

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
  return z
    .string()
    .check(z.refine((text) => text.length <= max, { message: `Too big: at most ${max} characters` }));
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
  return z.number().check(
    z.refine((value) => Number.isInteger(value) && value >= min && value <= max, {
      message: `Expected a whole number from ${min} to ${max}`,
    }),
  );
}

/**
 * A number of at least `min` (a size in bytes, say).
 *
 * @example
 * ```ts
 * z.safeParse(numberAtLeast(0), -1).error?.issues[0]?.message;
 * //=> 'Too small: at least 0'
 * ```
 */
export function numberAtLeast(min: number) {
  return z.number().check(z.refine((value) => value >= min, { message: `Too small: at least ${min}` }));
}
