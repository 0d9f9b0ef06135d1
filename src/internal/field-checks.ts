/**
 * Hand-written field checks: the leaves of `parseFields`'s shapes, and of `parseValue` for
 * a single argument (both in `fields.ts`). Each gives, word for word and at the same path, the issue the zod/mini schema
 * it replaces gives through `parseInput` (`z.string()`, a `textUpTo` or `wholeNumber` refinement,
 * `z.enum`...), so callers see the same `PortalHelpdeskError`; `test/internal/field-checks.test.ts`
 * checks that against the zod schemas for any input. None of this imports zod: a rule bundled alone
 * carries no validation library (see docs/decisions.md, "Dependencies").
 */
import type { FieldReader } from './fields.js';
import { NOT_ONE_OF } from './validate.js';

/**
 * A field that holds what `test` accepts; anything else is one issue, `message`, at the field's
 * path, as a `z.custom(test, { message })` reports it.
 *
 * @example
 * ```ts
 * parseValue(customField((value): value is 'yes' => value === 'yes', 'Expected yes'), 'no', 'ctx');
 * //=> throws PortalHelpdeskError: ctx: invalid-input ((input): Expected yes)
 * ```
 */
export function customField<Value>(
  test: (value: unknown) => boolean,
  message: string | ((value: unknown) => string),
): FieldReader<Value> {
  return {
    readField: (value, path, issues) => {
      if (test(value)) return value as Value;
      issues.push({ path: [...path], message: typeof message === 'string' ? message : message(value) });
      return undefined;
    },
  };
}

/**
 * A string, as `z.string()`: anything else is "Expected string". Only for values whose length is
 * capped later, before any regular expression reads them (prefer {@link stringUpTo}).
 *
 * @example
 * ```ts
 * parseValue(stringField, 42, 'ctx');
 * //=> throws PortalHelpdeskError: ctx: invalid-input ((input): Expected string)
 * ```
 */
export const stringField: FieldReader<string> = /* @__PURE__ */ refinedString(() => true, '');

/**
 * A string that `test` accepts, as `z.string().check(z.refine(test, { message }))`: a non-string is
 * "Expected string" and `test` never sees it.
 *
 * @example
 * ```ts
 * parseValue(refinedString((text) => text !== '', 'Expected some text'), '', 'ctx');
 * //=> throws PortalHelpdeskError: ctx: invalid-input ((input): Expected some text)
 * ```
 */
export function refinedString(test: (text: string) => boolean, message: string): FieldReader<string> {
  return {
    readField: (value, path, issues) => {
      if (typeof value !== 'string') issues.push({ path: [...path], message: 'Expected string' });
      else if (test(value)) return value;
      else issues.push({ path: [...path], message });
      return undefined;
    },
  };
}

/**
 * The message of a string over `max` characters, as `toIssues` words zod's `maxLength`.
 *
 * @example
 * ```ts
 * tooLongMessage(3);
 * //=> 'Too big: at most 3 characters'
 * ```
 */
export function tooLongMessage(max: number): string {
  return `Too big: at most ${String(max)} characters`;
}

/**
 * A string of at most `max` characters (UTF-16 code units), as `textUpTo(max)`. The length is all
 * it reads, so it is the cap to put before any regular expression.
 *
 * @example
 * ```ts
 * parseValue(stringUpTo(3), 'abcd', 'ctx');
 * //=> throws PortalHelpdeskError: ctx: invalid-input ((input): Too big: at most 3 characters)
 * ```
 */
export function stringUpTo(max: number): FieldReader<string> {
  return refinedString((text) => text.length <= max, tooLongMessage(max));
}

/**
 * One of `values`, with the issue `toIssues` gives `z.enum`'s, which never lists the values.
 *
 * @example
 * ```ts
 * parseValue(oneOf(['a', 'b']), 'c', 'ctx');
 * //=> throws PortalHelpdeskError: ctx: invalid-input ((input): Not one of the allowed values)
 * ```
 */
export function oneOf<const Value extends string>(values: readonly Value[]): FieldReader<Value> {
  return customField<Value>((value) => values.includes(value as Value), NOT_ONE_OF);
}

/**
 * Whether `value` is a whole number from `min` to `max`, both included.
 *
 * @example
 * ```ts
 * isWholeNumberIn(2.5, 1, 10);
 * //=> false
 * ```
 */
export function isWholeNumberIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/**
 * The message of a number that {@link isWholeNumberIn} refuses.
 *
 * @example
 * ```ts
 * wholeNumberMessage(1, 10);
 * //=> 'Expected a whole number from 1 to 10'
 * ```
 */
export function wholeNumberMessage(min: number, max: number): string {
  return `Expected a whole number from ${String(min)} to ${String(max)}`;
}

/**
 * A whole number from `min` to `max`, both included, as `wholeNumber(min, max)`.
 *
 * @example
 * ```ts
 * parseValue(wholeNumberField(1, 10), 11, 'ctx');
 * //=> throws PortalHelpdeskError: ctx: invalid-input ((input): Expected a whole number from 1 to 10)
 * ```
 */
export function wholeNumberField(min: number, max: number): FieldReader<number> {
  return customField<number>((value) => isWholeNumberIn(value, min, max), wholeNumberMessage(min, max));
}

/**
 * A number of at least `min` (a size in bytes, say).
 *
 * @example
 * ```ts
 * parseValue(numberAtLeast(0), -1, 'ctx');
 * //=> throws PortalHelpdeskError: ctx: invalid-input ((input): Expected a number of at least 0)
 * ```
 */
export function numberAtLeast(min: number): FieldReader<number> {
  return customField<number>(
    (value) => typeof value === 'number' && value >= min,
    `Expected a number of at least ${String(min)}`,
  );
}

/**
 * `true` or `false`, as `z.boolean()` reports anything else.
 *
 * @example
 * ```ts
 * parseValue(trueOrFalse, 'yes', 'ctx');
 * //=> throws PortalHelpdeskError: ctx: invalid-input ((input): Expected boolean)
 * ```
 */
export const trueOrFalse: FieldReader<boolean> = /* @__PURE__ */ customField<boolean>(
  (value) => typeof value === 'boolean',
  'Expected boolean',
);
