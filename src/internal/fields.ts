/**
 * Object fields read one by one, each with a {@link FieldReader} (the leaves are in
 * `field-checks.ts`): what `z.strictObject`, `z.optional` and `z.array` report, with the same
 * issues, without bundling zod. A rule bundled alone carries no validation library (see
 * docs/decisions.md, "Dependencies"); `test/internal/field-checks.test.ts` compares both.
 */
import { PortalHelpdeskError, type PortalHelpdeskIssue } from '../errors.js';
import { unknownKeyIssues, unreadable } from './validate.js';

type Path = readonly (string | number)[];

/**
 * A field of {@link parseFields} that reads itself ({@link optionalField}, {@link listField}).
 * Plain objects built by factories, so a bundle holds only the kinds a rule uses.
 */
export interface FieldReader<Output = unknown> {
  /** The value read, when no issue was added. */
  readonly readField: (value: unknown, path: Path, issues: PortalHelpdeskIssue[]) => Output | undefined;
}

/** A field that may be absent or `undefined`; any other value must pass `optional`. */
export interface OptionalField<Spec extends FieldSpec = FieldSpec> extends FieldReader {
  readonly optional: Spec;
}

/** A field holding an object whose fields are read with `shape`. */
export interface ObjectField<Shape extends FieldShape = FieldShape> extends FieldReader {
  readonly shape: Shape;
}

/** A field holding an array of at most `maxLength` objects, each read with `item`. */
export interface ListField<Item extends FieldShape = FieldShape> extends FieldReader {
  readonly item: Item;
  readonly maxLength: number;
}

/** One field of a {@link FieldShape}: a leaf check of `field-checks.ts`, or one of the readers above. */
export type FieldSpec = FieldReader;

/** The fields {@link parseFields} reads, each with a {@link FieldSpec}. */
export type FieldShape = { readonly [key: string]: FieldSpec };

/** What a {@link FieldSpec} gives. */
export type ParsedField<Spec> =
  Spec extends OptionalField<infer Inner>
    ? ParsedField<Inner> | undefined
    : Spec extends ListField<infer Item>
      ? ParsedFields<Item>[]
      : Spec extends ObjectField<infer Shape>
        ? ParsedFields<Shape>
        : Spec extends FieldReader<infer Output>
          ? Output
          : never;

/** What {@link parseFields} returns for a shape. */
export type ParsedFields<Shape extends FieldShape> = { -readonly [K in keyof Shape]: ParsedField<Shape[K]> };

/** A field that may be absent or `undefined`, as `z.optional(spec)` inside `z.object`. */
export function optionalField<Spec extends FieldSpec>(spec: Spec): OptionalField<Spec> {
  return {
    optional: spec,
    readField: (value, path, issues) =>
      value === undefined ? undefined : spec.readField(value, path, issues),
  };
}

/**
 * A field whose value is read later by its own parser (a policy with its own error context): the
 * key is known, so it is not refused as unknown, and the value passes through as it came.
 */
export const passThroughField: FieldReader<unknown> = { readField: (value) => value };

/** A field holding an object, as `z.object(shape)` inside `z.object`. */
export function objectField<Shape extends FieldShape>(shape: Shape): ObjectField<Shape> {
  return { shape, readField: (value, path, issues) => readFields(shape, value, path, issues) };
}

/**
 * A field holding an array of objects, as `z.array(z.object(item)).check(z.maxLength(maxLength))`
 * reports it: "Expected array"; else an over-long array is refused before any entry is read (zod
 * caps sizes first, so a huge array costs nothing); else each entry's issues.
 */
export function listField<Item extends FieldShape>(item: Item, maxLength: number): ListField<Item> {
  return {
    item,
    maxLength,
    readField: (value, path, issues) => {
      if (!Array.isArray(value)) {
        issues.push({ path: [...path], message: 'Expected array' });
        return undefined;
      }
      if (value.length > maxLength) {
        issues.push({ path: [...path], message: `Too big: at most ${String(maxLength)}` });
        return undefined;
      }
      const entries: Record<string, unknown>[] = [];
      // Indexes, not `map`: holes in a sparse array are read as `undefined`, as zod reads them.
      for (let index = 0; index < value.length; index++) {
        entries.push(readFields(item, value[index], [...path, index], issues));
      }
      return entries;
    },
  };
}

/**
 * Parses the fields of an object with one {@link FieldSpec} each, or throws
 * `PortalHelpdeskError('invalid-input')` with every bad field's path. It reports what
 * `z.object(shape)` would (a non-object is "Expected object" at the root, fields are checked in
 * the shape's order, then unknown keys are refused at their own path, as `z.strictObject`) without
 * bundling zod, which costs a rule bundled alone over 3 KB gzipped (see docs/decisions.md).
 */
export function parseFields<Shape extends FieldShape>(
  shape: Shape,
  value: unknown,
  context: string,
): ParsedFields<Shape> {
  return parseValue(objectField(shape), value, context) as ParsedFields<Shape>;
}

/**
 * Reads one argument with `reader`, or throws `PortalHelpdeskError('invalid-input')` with its
 * issues (a leaf's at the root path `[]`), as `parseInput` does with a zod schema.
 *
 * @example
 * ```ts
 * parseValue(stringUpTo(3), 'abcd', 'ctx');
 * //=> throws PortalHelpdeskError: ctx: invalid-input ((input): Too big: at most 3 characters)
 * ```
 */
export function parseValue<Output>(reader: FieldReader<Output>, value: unknown, context: string): Output {
  const issues: PortalHelpdeskIssue[] = [];
  let output: Output | undefined;
  try {
    output = reader.readField(value, [], issues);
  } catch (error) {
    throw unreadable(error, context);
  }
  if (issues.length > 0) throw new PortalHelpdeskError('invalid-input', issues, context);
  return output as Output;
}

/** The fields of `value` read by `shape`; problems are appended to `issues` under `path`. */
function readFields(
  shape: FieldShape,
  value: unknown,
  path: Path,
  issues: PortalHelpdeskIssue[],
): Record<string, unknown> {
  const output: Record<string, unknown> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issues.push({ path: [...path], message: 'Expected object' });
    return output;
  }
  const record = value as Record<string, unknown>;
  // Own keys only, on both sides: a key someone added to Object.prototype is neither a field to
  // read nor a value to take.
  for (const key of Object.keys(shape)) {
    let field: unknown;
    try {
      field = Object.hasOwn(record, key) ? record[key] : undefined;
    } catch {
      // A getter that throws: the field is named, its value never read.
      issues.push({ path: [...path, key], message: 'Expected plain data' });
      continue;
    }
    output[key] = (shape[key] as FieldSpec).readField(field, [...path, key], issues);
  }
  const unknown = Object.keys(record).filter((key) => !Object.hasOwn(shape, key));
  if (unknown.length > 0) issues.push(...unknownKeyIssues(unknown, path));
  return output;
}
