/** Events are shallow (an attachment list at most): deeper data is refused, not copied. */
const MAX_EVENT_DEPTH = 6;
/** More items than any event list may hold (the schemas cap them far lower). */
const MAX_EVENT_ITEMS = 100_000;

/**
 * A copy of an event made of arrays, plain objects and primitives, each own enumerable property
 * read once; throws on a getter or proxy trap that throws, or on data deeper or longer than any
 * event. The guarded `send` and the live machines' `transition` hand xstate this copy, so a getter
 * cannot show the schema check one payload and the machine's actions another.
 */
export function plainEvent(value: unknown, depth = 0): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_EVENT_DEPTH) throw new RangeError('Event too deep');
  if (Array.isArray(value)) {
    if (value.length > MAX_EVENT_ITEMS) throw new RangeError('Event too long');
    return Array.from(value, (item) => plainEvent(item, depth + 1));
  }
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    // An own `__proto__` key (JSON.parse makes one) stays a key, refused by the schema as unknown;
    // assigning it would set the copy's prototype instead.
    Object.defineProperty(copy, key, {
      value: plainEvent((value as Record<string, unknown>)[key], depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}
