import type * as z from 'zod/mini';
import { PortalHelpdeskError, type PortalHelpdeskIssue } from '../errors.js';

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
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new PortalHelpdeskError('invalid-input', toIssues(result.error.issues), context);
}

/** The message {@link toIssues} gives `z.enum`'s issue. */
export const NOT_ONE_OF = 'Not one of the allowed values';

/** Converts zod issues into value-free issues. Custom checks pass their own fixed message through. */
export function toIssues(issues: readonly z.core.$ZodIssue[]): PortalHelpdeskIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'symbol' ? String(part.description) : part)),
    message: messageFor(issue),
  }));
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
      return 'Unknown field';
    case 'invalid_union':
      return 'Does not match any accepted shape';
    case 'custom':
      // Our own refinements always set a fixed, value-free message.
      return issue.message;
    default:
      return 'Invalid value';
  }
}
