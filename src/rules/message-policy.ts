import { wholeNumberField } from '../internal/field-checks.js';
import { optionalField, parseFields } from '../internal/fields.js';
import { deepFreeze } from '../internal/freeze.js';

/** Limits on a portal message, as data so that a practice (or a portal update) can change them. */
export interface MessagePolicy {
  /** Most characters in the Message box (UTF-16 code units, line breaks counted as one). */
  readonly maxLength: number;
  /** Most files attached to one message (each added with "Attach files"). */
  readonly maxAttachments: number;
}

/** Limits to change in a {@link MessagePolicy}; a missing or `undefined` limit keeps its default. */
export interface MessagePolicyOverrides {
  readonly maxLength?: number | undefined;
  readonly maxAttachments?: number | undefined;
}

/**
 * The portal's limits: a message of up to 1000 characters and up to 10 attached files.
 *
 * @example
 * ```ts
 * defaultMessagePolicy.maxLength;
 * //=> 1000
 * ```
 */
export const defaultMessagePolicy: MessagePolicy = deepFreeze({ maxLength: 1000, maxAttachments: 10 });

// Hand-written field checks rather than zod (see docs/decisions.md).
/**
 * The fields of {@link MessagePolicyOverrides} (internal: {@link defineMessagePolicy} reads them).
 *
 * @example
 * ```ts
 * parseFields(messagePolicyShape, { maxLength: 0 }, 'ctx');
 * //=> throws PortalHelpdeskError: ctx: invalid-input (maxLength: Expected a whole number from 1 to 1000000)
 * ```
 */
export const messagePolicyShape = {
  maxLength: optionalField(wholeNumberField(1, 1_000_000)),
  maxAttachments: optionalField(wholeNumberField(0, 10_000)),
};

/**
 * Builds a message policy from the defaults and some overrides, after checking them.
 *
 * @param overrides - Limits to change; the others keep their default.
 * @returns A frozen policy.
 * @throws {PortalHelpdeskError} `invalid-input` when a limit is not a whole number in range
 *   (`maxLength` 1-1,000,000, `maxAttachments` 0-10,000).
 *
 * @example
 * ```ts
 * defineMessagePolicy({ maxAttachments: 5 });
 * //=> { maxLength: 1000, maxAttachments: 5 }
 * ```
 */
export function defineMessagePolicy(overrides?: MessagePolicyOverrides): MessagePolicy {
  return readMessagePolicy(overrides, 'defineMessagePolicy');
}

/** {@link defineMessagePolicy} with the caller its errors name (`validateMessage(policy)`). */
export function readMessagePolicy(overrides: unknown, context: string): MessagePolicy {
  const parsed = overrides === undefined ? undefined : parseFields(messagePolicyShape, overrides, context);
  return deepFreeze({
    maxLength: parsed?.maxLength ?? defaultMessagePolicy.maxLength,
    maxAttachments: parsed?.maxAttachments ?? defaultMessagePolicy.maxAttachments,
  });
}
