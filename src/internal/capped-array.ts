import * as z from 'zod/mini';

/**
 * An array of at most `max` items, each parsed with `item`; a longer array is refused with one
 * issue ("Too big: at most `max`") before any item is read (zod checks a container's size caps
 * first), so a 20 MB array of nulls costs nothing.
 *
 * @param item - The schema of one item.
 * @param max - The most items allowed.
 * @returns A zod/mini array schema with its cap.
 *
 * @example
 * ```ts
 * z.safeParse(cappedArray(z.string(), 2), ['a', 'b', 'c']).success;
 * //=> false
 * ```
 */
export function cappedArray<Item extends z.ZodMiniType>(item: Item, max: number) {
  return z.array(item).check(z.maxLength(max));
}
