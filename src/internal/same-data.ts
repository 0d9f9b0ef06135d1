import { isRecord } from './is-record.js';

/**
 * Deep equality of JSON data, whatever the order of object keys; a key holding `undefined` counts
 * as absent.
 *
 * @example
 * ```ts
 * sameData({ a: 1, b: [2] }, { b: [2], a: 1, c: undefined });
 * //=> true
 * ```
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  if (isRecord(a)) {
    if (!isRecord(b)) return false;
    const keys = Object.keys(a).filter((key) => a[key] !== undefined);
    return (
      keys.length === Object.keys(b).filter((key) => b[key] !== undefined).length &&
      keys.every((key) => Object.hasOwn(b, key) && sameData(a[key], b[key]))
    );
  }
  return Object.is(a, b);
}
