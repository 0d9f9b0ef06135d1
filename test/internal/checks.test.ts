import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { textUpTo, wholeNumber } from '../../src/internal/checks.js';
import { toIssues } from '../../src/internal/validate.js';

const messages = (schema: z.ZodMiniType, value: unknown) => {
  const result = z.safeParse(schema, value);
  return result.success ? [] : toIssues(result.error.issues).map((issue) => issue.message);
};

describe('textUpTo', () => {
  it('accepts up to the limit and refuses one character more, without quoting the text', () => {
    expect(messages(textUpTo(3), 'abc')).toEqual([]);
    expect(messages(textUpTo(3), 'abcd')).toEqual(['Too big: at most 3 characters']);
    expect(messages(textUpTo(3), 42)).toEqual(['Expected string']);
  });
});

describe('wholeNumber', () => {
  it.each([
    [0, false],
    [1, true],
    [10, true],
    [11, false],
    [2.5, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
  ])('%s in 1..10: %s', (value, ok) => {
    expect(messages(wholeNumber(1, 10), value)).toEqual(ok ? [] : [expect.any(String)]);
  });

  it('agrees with Number.isInteger and the bounds for any number', () => {
    fc.assert(
      fc.property(
        fc.double(),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        (value, min, span) => {
          const ok = Number.isInteger(value) && value >= min && value <= min + span;
          expect(z.safeParse(wholeNumber(min, min + span), value).success).toBe(ok);
        },
      ),
    );
  });
});
