import type * as z from 'zod/mini';
import { PortalHelpdeskError, type PortalHelpdeskIssue } from '../errors.js';
import { keyText } from './key-text.js';

/**
 * Parses `value` with `schema` or throws `PortalHelpdeskError('invalid-input')`.
 *
 * Messages are rebuilt from the issue kind only: zod's own messages can quote allowed values and,
 * for some checks, parts of the input, and an input may be protected health information.
 */
export function parseInput<Schema extends z.ZodMiniType>(
  schema: Schema,
  value: unknown,
  context: string,
): z.infer<Schema> {
  let result: z.core.util.SafeParseResult<z.infer<Schema>>;
  try {
    result = schema.safeParse(value);
  } catch (error) {
    throw unreadable(error, context);
  }
  if (result.success) return result.data;
  throw new PortalHelpdeskError('invalid-input', toIssues(result.error.issues), context);
}

/**
 * The error for an input that throws while it is read (a getter, a proxy trap): the library's own
 * error, at the root, never the host's error or its message.
 */
export function unreadable(error: unknown, context: string): PortalHelpdeskError {
  return error instanceof PortalHelpdeskError
    ? error
    : new PortalHelpdeskError('invalid-input', [{ path: [], message: 'Expected plain data' }], context);
}

/** The message {@link toIssues} gives `z.enum`'s issue. */
export const NOT_ONE_OF = 'Not one of the allowed values';

/**
 * Converts zod issues into value-free issues. Custom checks pass their own fixed message through.
 * Path keys are made safe with {@link keyText} (a record's keys are the caller's).
 */
export function toIssues(issues: readonly z.core.$ZodIssue[]): PortalHelpdeskIssue[] {
  return issues.flatMap((issue) => {
    const path = issue.path.map((part) =>
      typeof part === 'number' ? part : keyText(typeof part === 'symbol' ? String(part.description) : part),
    );
    // One issue per unknown key, at the key's own path: the caller sees which key they mistyped
    // (a key is a name the caller wrote, not a value).
    if (issue.code === 'unrecognized_keys') return unknownKeyIssues(issue.keys, path);
    // A record key its key schema refused is data, not a name: reported at the record's path.
    return [{ path: issue.code === 'invalid_key' ? path.slice(0, -1) : path, message: messageFor(issue) }];
  });
}

/** The message of an unknown key's issue; the key itself is the last part of the issue's path. */
export const UNKNOWN_FIELD = 'Unknown field';

/**
 * The issues of runtime data (an event, a saved snapshot) rather than of an object a caller wrote
 * by hand: an unknown key is reported at its parent's path, never by name, since such a key may
 * hold anything, even a patient's details.
 */
export function withoutKeyNames(issues: readonly PortalHelpdeskIssue[]): PortalHelpdeskIssue[] {
  return issues.map((issue) =>
    issue.message === UNKNOWN_FIELD ? { path: issue.path.slice(0, -1), message: issue.message } : issue,
  );
}

/** Unknown keys are named one by one up to this many; the rest are counted in one issue. */
export const MAX_UNKNOWN_KEYS_REPORTED = 5;
/** A longer unknown key is reported at its parent's path without its name. */
export const MAX_KEY_LENGTH_REPORTED = 32;

/**
 * The issues for unknown keys under `path`: each short key at its own path (a key is a name the
 * caller wrote: naming it is how they find a typo), at most {@link MAX_UNKNOWN_KEYS_REPORTED} of
 * them; a key over {@link MAX_KEY_LENGTH_REPORTED} characters is reported without its name, since
 * a "key" that long is data put in the wrong place and may be protected health information. A key
 * named is made safe with {@link keyText}: control and format characters escaped (`a\u{a}b`),
 * so it cannot forge a log line or reorder the text around it.
 */
export function unknownKeyIssues(
  keys: readonly string[],
  path: readonly (string | number)[],
): PortalHelpdeskIssue[] {
  const issues: PortalHelpdeskIssue[] = [];
  for (const key of keys.slice(0, MAX_UNKNOWN_KEYS_REPORTED)) {
    issues.push(
      key.length <= MAX_KEY_LENGTH_REPORTED
        ? { path: [...path, keyText(key)], message: UNKNOWN_FIELD }
        : {
            path: [...path],
            message: `Unknown field with a name over ${MAX_KEY_LENGTH_REPORTED} characters`,
          },
    );
  }
  if (keys.length > MAX_UNKNOWN_KEYS_REPORTED) {
    issues.push({
      path: [...path],
      message: `${String(keys.length - MAX_UNKNOWN_KEYS_REPORTED)} more unknown fields`,
    });
  }
  return issues;
}

function messageFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `Expected ${issue.expected}`;
    case 'too_big':
      return `Too big: at most ${String(issue.maximum)}${issue.origin === 'string' ? ' characters' : ''}`;
    case 'too_small':
      return `Too small: at least ${String(issue.minimum)}${issue.origin === 'string' ? ' characters' : ''}`;
    case 'invalid_format':
      return `Invalid format (${issue.format})`;
    case 'invalid_value':
      return NOT_ONE_OF;
    case 'unrecognized_keys':
      return UNKNOWN_FIELD;
    case 'invalid_union':
      return 'Does not match any accepted shape';
    case 'custom':
      // Our own refinements always set a fixed, value-free message.
      return issue.message;
    default:
      return 'Invalid value';
  }
}
