/**
 * Length, range and type checks as zod refinements and custom schemas. zod's own `maxLength`, `int`,
 * `gte`, `lte`, `number` and `boolean` each bring their classes into a bundle; refinements with fixed
 * messages cost far less in a rule bundled alone (see docs/decisions.md, "Dependencies"). Messages
 * never quote the value.
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
  return z.custom<number>(
    (value) => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max,
    { message: `Expected a whole number from ${min} to ${max}` },
  );
}

/**
 * A number of at least `min` (a size in bytes, say).
 *
 * @example
 * ```ts
 * z.safeParse(numberAtLeast(0), -1).error?.issues[0]?.message;
 * //=> 'Expected a number of at least 0'
 * ```
 */
export function numberAtLeast(min: number) {
  return z.custom<number>((value) => typeof value === 'number' && value >= min, {
    message: `Expected a number of at least ${min}`,
  });
}

/**
 * `true` or `false`.
 *
 * @example
 * ```ts
 * z.safeParse(trueOrFalse, 'yes').error?.issues[0]?.message;
 * //=> 'Expected boolean'
 * ```
 */
export const trueOrFalse = z.custom<boolean>((value) => typeof value === 'boolean', {
  message: 'Expected boolean',
});
