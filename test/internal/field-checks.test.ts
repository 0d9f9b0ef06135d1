import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { PortalHelpdeskError } from '../../src/index.js';
import { textUpTo, wholeNumber } from '../../src/internal/checks.js';
import {
  numberAtLeast,
  oneOf,
  stringField,
  stringUpTo,
  trueOrFalse,
  wholeNumberField,
} from '../../src/internal/field-checks.js';
import { type FieldReader, type FieldShape, parseFields, parseValue } from '../../src/internal/fields.js';
import { parseInput } from '../../src/internal/validate.js';
import { es } from '../../src/locales/es/index.js';
import { browserInputShape } from '../../src/rules/browser/evaluate.js';
import { browserByNameShape } from '../../src/rules/browser-by-name.js';
import { browserPolicyShape } from '../../src/rules/browser-policy.js';
import { eligibilityInputShape } from '../../src/rules/eligibility.js';
import { messageDraftShape } from '../../src/rules/message.js';
import { messagePolicyShape } from '../../src/rules/message-policy.js';
import { phoneOptionsShape } from '../../src/rules/phone.js';
import {
  browserByNameTwin,
  browserInputTwin,
  browserPolicyTwin,
  eligibilityTwin,
  messageDraftTwin,
  messagePolicyTwin,
  phoneOptionsTwin,
  zodNumberAtLeast,
} from '../helpers/zod-twins.js';

/** What a parse gives: its value, or the error's code, issues and message. */
function outcome(run: () => unknown) {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (!(error instanceof PortalHelpdeskError)) throw error;
    return { ok: false, code: error.code, issues: error.issues, message: error.message };
  }
}

function expectSameAsZod(shape: FieldShape, twin: z.ZodMiniType, value: unknown): void {
  expect(outcome(() => parseFields(shape, value, 'ctx'))).toEqual(
    outcome(() => parseInput(twin, value, 'ctx')),
  );
}

function expectSameLeaf(reader: FieldReader, twin: z.ZodMiniType, value: unknown): void {
  expect(outcome(() => parseValue(reader, value, 'ctx'))).toEqual(
    outcome(() => parseInput(twin, value, 'ctx')),
  );
}

/** Mostly `valid`, sometimes anything at all. */
const mostly = (...valid: fc.Arbitrary<unknown>[]) =>
  fc.oneof({ arbitrary: fc.oneof(...valid), weight: 4 }, { arbitrary: fc.anything(), weight: 1 });

/** Keys a caller may add by mistake: short, over 32 characters, and more than five of them. */
const extraKeys = fc.oneof(
  { arbitrary: fc.constant({}), weight: 3 },
  {
    arbitrary: fc.dictionary(
      fc.oneof(fc.string({ maxLength: 8 }), fc.string({ minLength: 33, maxLength: 40 })),
      fc.anything(),
      { maxKeys: 8 },
    ),
    weight: 1,
  },
);

/** An object with any subset of `fields` (each mostly valid) and maybe unknown keys; or anything. */
const objectOf = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  mostly(
    fc
      .tuple(fc.record(fields, { requiredKeys: [] }), extraKeys)
      .map(([known, extra]) => ({ ...extra, ...known })),
  );

const text = (max: number) => mostly(fc.string({ maxLength: max + 2 }), fc.constant('x'.repeat(max + 1)));
const systems = ['windows-10', 'macos', 'ios', 'linux', 'other', 'windows', 'unknown', 'beos'];
const rule = mostly(
  fc.constant('any'),
  fc.array(fc.constantFrom(...systems), { maxLength: 4 }),
  fc.constant(Array.from({ length: 33 }, () => 'macos')),
  fc.constant(Array.from({ length: 2 })),
);
const version = mostly(fc.integer({ min: -1, max: 10_001 }), fc.double());

describe('hand-written field checks against their zod twins', () => {
  it('leaves: the same value or the same issues for any value', () => {
    const numbers = mostly(fc.integer({ min: -2, max: 12 }), fc.double());
    const leaves: [FieldReader, z.ZodMiniType, fc.Arbitrary<unknown>][] = [
      [stringField, z.string(), mostly(fc.string())],
      [stringUpTo(3), textUpTo(3), text(3)],
      [oneOf(['a', 'b']), z.enum(['a', 'b']), mostly(fc.constantFrom('a', 'b', 'c', 'A'))],
      [wholeNumberField(1, 10), wholeNumber(1, 10), numbers],
      [numberAtLeast(0), zodNumberAtLeast(0), numbers],
      [trueOrFalse, z.boolean(), mostly(fc.boolean(), fc.constantFrom('true', 0, 1))],
    ];
    for (const [reader, twin, values] of leaves) {
      fc.assert(fc.property(values, (value) => expectSameLeaf(reader, twin, value)));
    }
  });

  it('browser input ({ userAgent, clientHints })', () => {
    const brand = objectOf({ brand: text(256), version: text(256) });
    const hints = objectOf({
      platform: text(256),
      platformVersion: text(256),
      brands: mostly(fc.array(brand, { maxLength: 3 }), fc.constant(Array.from({ length: 33 }, () => ({})))),
      mobile: mostly(fc.boolean()),
      // Accepted and never read, whatever they hold.
      fullVersionList: fc.anything(),
      wow64: fc.anything(),
    });
    const input = objectOf({ userAgent: mostly(fc.string()), clientHints: hints });
    fc.assert(
      fc.property(input, (value) => expectSameAsZod(browserInputShape, browserInputTwin, value)),
      {
        // A counterexample a CI run found: an object with a `length` is not an array, nor too long.
        examples: [[{ clientHints: { brands: { length: {} } } }]],
      },
    );
  });

  it('browser policy', () => {
    const input = objectOf({
      operatingSystems: objectOf({ chrome: rule, edge: rule, firefox: rule, safari: rule }),
      minimumVersions: objectOf({ chrome: version, edge: version, firefox: version, safari: version }),
    });
    fc.assert(fc.property(input, (value) => expectSameAsZod(browserPolicyShape, browserPolicyTwin, value)));
  });

  it('checkBrowserByName input', () => {
    const input = objectOf({
      browser: mostly(fc.constantFrom('chrome', 'safari', 'unknown', 'opera')),
      os: mostly(fc.constantFrom(...systems)),
      osVersion: mostly(fc.constantFrom('7', '8.1', '11', '12')),
    });
    fc.assert(fc.property(input, (value) => expectSameAsZod(browserByNameShape, browserByNameTwin, value)));
  });

  it('checkPortalEligibility input', () => {
    const input = objectOf({
      birthDate: mostly(fc.constantFrom('2010-02-28', '2011-02-29', '2010-13-01', '20100101'), fc.string()),
      now: mostly(fc.date({ min: new Date(Date.UTC(1800, 0, 1)), max: new Date(Date.UTC(9500, 0, 1)) })),
      timeZone: mostly(fc.constantFrom('America/New_York', 'UTC', 'Mars/Olympus', 'x'.repeat(101))),
      minimumAge: mostly(fc.integer({ min: 10, max: 125 }), fc.double()),
      locale: mostly(fc.constantFrom(es, 'en', 'es', {}, { eligibility: {} })),
    });
    fc.assert(fc.property(input, (value) => expectSameAsZod(eligibilityInputShape, eligibilityTwin, value)));
  });

  it('validateMessage draft', () => {
    const attachment = objectOf({
      name: text(1024),
      sizeBytes: mostly(fc.double()),
      type: text(255),
    });
    const input = objectOf({
      body: mostly(fc.string()),
      attachments: mostly(fc.array(attachment, { maxLength: 3 }), fc.constant(Array.from({ length: 2 }))),
      startedFrom: mostly(fc.constantFrom('home-page', 'messages-page', 'inbox')),
    });
    fc.assert(fc.property(input, (value) => expectSameAsZod(messageDraftShape, messageDraftTwin, value)));
  });

  it('defineMessagePolicy overrides', () => {
    const input = objectOf({
      maxLength: mostly(fc.integer({ min: -1, max: 1_000_001 }), fc.double()),
      maxAttachments: mostly(fc.integer({ min: -1, max: 10_001 }), fc.double()),
    });
    fc.assert(fc.property(input, (value) => expectSameAsZod(messagePolicyShape, messagePolicyTwin, value)));
  });

  it('checkPhoneNumber options', () => {
    const input = objectOf({
      defaultCountry: mostly(fc.constantFrom('US', 'MX', 'GB', 'us', 'XX', '')),
      locale: mostly(fc.constantFrom(es, 'en', 'es', {}, { phone: {} })),
    });
    fc.assert(fc.property(input, (value) => expectSameAsZod(phoneOptionsShape, phoneOptionsTwin, value)));
  });

  it('boundaries: the caps and limits, one past them, and unknown keys', () => {
    const cases: [FieldShape, z.ZodMiniType, unknown][] = [
      [messageDraftShape, messageDraftTwin, { body: 'x', attachments: [], startedFrom: 'home-page' }],
      [
        messageDraftShape,
        messageDraftTwin,
        { body: 'x', attachments: [{ name: 'x'.repeat(1025) }], startedFrom: 'x' },
      ],
      [
        messageDraftShape,
        messageDraftTwin,
        { body: 'x', attachments: Array.from({ length: 100_001 }), startedFrom: 'home-page' },
      ],
      [messagePolicyShape, messagePolicyTwin, { maxLength: 1_000_000, maxAttachments: 10_000 }],
      [messagePolicyShape, messagePolicyTwin, { maxLength: 1_000_001, maxAttachments: -1 }],
      [messagePolicyShape, messagePolicyTwin, { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, ['k'.repeat(33)]: 7 }],
      [browserByNameShape, browserByNameTwin, { browser: 'chrome', os: 'windows', osVersion: '11' }],
      [browserByNameShape, browserByNameTwin, null],
      [browserByNameShape, browserByNameTwin, []],
    ];
    // Objects that are not plain: inherited, hidden, symbol and accessor keys, a `__proto__` key.
    const exotic: unknown[] = [
      Object.create(null),
      { [Symbol('key')]: 1 },
      new Date(0),
      new Map([['maxLength', 5]]),
      Object.defineProperty({}, 'hidden', { value: 1, enumerable: false }),
      {
        get maxLength() {
          return 3;
        },
      },
      JSON.parse('{"__proto__": {"maxLength": 1}}'),
    ];
    for (const value of exotic) cases.push([messagePolicyShape, messagePolicyTwin, value]);
    for (const [shape, twin, value] of cases) expectSameAsZod(shape, twin, value);
  });

  it('reads own properties only, where zod reads inherited ones too', () => {
    // An inherited value is no field: the object reads as the empty one.
    for (const value of [Object.create({ maxLength: 5 }), Object.create({ maxLength: 'x' })])
      expect(outcome(() => parseFields(messagePolicyShape, value, 'ctx'))).toEqual(
        outcome(() => parseInput(messagePolicyTwin, {}, 'ctx')),
      );
  });
});
