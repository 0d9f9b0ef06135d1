import * as z from 'zod/mini';
import { textUpTo } from '../../internal/checks.js';

/**
 * The shape of one payload field of an event, as a host form would collect it. `object`: a
 * structured field (such as `CHOOSE_TASK`'s `user`) a host builds itself; see the event's docs.
 */
export type PayloadField = 'string' | 'boolean' | 'number' | 'object' | { readonly oneOf: readonly string[] };

/** The longest message body an event may carry (1 MiB): longer is refused as an event; up to it, the message rule answers "too long". */
export const MAX_EVENT_BODY_LENGTH = 1_048_576;
/** The longest attachment file name an event may carry (as the message rule accepts). */
export const MAX_FILE_NAME_LENGTH = 1024;
/** The longest identifier (provider, department, profile) an event may carry. */
export const MAX_EVENT_ID_LENGTH = 128;
/** The longest display text (a name, a subject) an event may carry. */
export const MAX_EVENT_TEXT_LENGTH = 200;
/** The longest email address (RFC 5321 path limit). */
export const MAX_EMAIL_LENGTH = 254;
/** The longest security answer the answer rule reads. */
export const MAX_ANSWER_LENGTH = 10_000;

/**
 * A string payload field of at most `max` UTF-16 code units, checked by length alone (no pattern
 * reads a string before its cap).
 */
export const text = (max: number) => textUpTo(max);

/** A calendar date `YYYY-MM-DD` in an event or input, length checked before the pattern. */
export const calendarDate = z.string().check(
  z.refine((value) => value.length === 10 && /^\d{4}-\d{2}-\d{2}$/.test(value), {
    message: 'Expected a date as YYYY-MM-DD',
  }),
);

/** One event's schema: its `type` and payload, unknown keys refused. */
// biome-ignore lint/complexity/noBannedTypes: `{}` is zod's own empty shape, so an event without payload infers `{ type }` alone.
export function eventSchema<Type extends string, Shape extends z.core.$ZodLooseShape = {}>(
  type: Type,
  shape: Shape = {} as Shape,
) {
  return z.strictObject({ type: z.literal(type), ...shape });
}

/** A list of event schemas, the type each validates first. */
export type EventSchemas = readonly z.ZodMiniObject[];

/** The event type a schema accepts. */
export function typeOf(schema: z.ZodMiniObject): string {
  const literal = schema._zod.def.shape.type as unknown as { _zod: { def: { values: readonly unknown[] } } };
  return String(literal._zod.def.values[0]);
}

/**
 * The payload fields of an event schema as a host form would collect them.
 *
 * @example
 * ```ts
 * payloadOf(eventSchema('VERIFY', { accepted: z.boolean() }));
 * //=> { accepted: 'boolean' }
 * ```
 */
export function payloadOf(schema: z.ZodMiniObject): Readonly<Record<string, PayloadField>> {
  const fields: Record<string, PayloadField> = {};
  for (const [name, field] of Object.entries(schema._zod.def.shape)) {
    if (name === 'type') continue;
    fields[name] = fieldOf(field as unknown as z.ZodMiniType);
  }
  return fields;
}

/**
 * The payload fields an event may leave out, in schema order.
 *
 * @example
 * ```ts
 * optionalFieldsOf(eventSchema('CHOOSE', { task: z.string(), channel: z.optional(z.string()) }));
 * //=> ['channel']
 * ```
 */
export function optionalFieldsOf(schema: z.ZodMiniObject): readonly string[] {
  return Object.entries(schema._zod.def.shape)
    .filter(([, field]) => (field as unknown as z.ZodMiniType)._zod.def.type === 'optional')
    .map(([name]) => name);
}

function fieldOf(schema: z.ZodMiniType): PayloadField {
  const def = schema._zod.def as {
    type: string;
    innerType?: z.ZodMiniType;
    entries?: Record<string, string>;
    discriminator?: string;
  };
  if (def.type === 'optional' && def.innerType) return fieldOf(def.innerType);
  if (def.type === 'object' || (def.type === 'union' && typeof def.discriminator === 'string'))
    return 'object';
  if (def.type === 'enum' && def.entries) return { oneOf: Object.values(def.entries) };
  if (def.type === 'boolean') return 'boolean';
  if (def.type === 'number') return 'number';
  return 'string';
}
