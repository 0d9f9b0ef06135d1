/**
 * Type-level helpers of the input type tests: the public inputs and options are written by hand, so
 * an editor shows each field's documentation, and these keep them equivalent to the schemas that
 * validate them.
 */

/** Readonly all the way down: the hand-written types are readonly, zod's are not. */
export type DeepReadonly<T> = T extends Date
  ? T
  : T extends readonly (infer Item)[]
    ? readonly DeepReadonly<Item>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/** `true` when each type is assignable to the other, readonly modifiers aside. */
export type Equivalent<A, B> = [DeepReadonly<A>] extends [DeepReadonly<B>]
  ? [DeepReadonly<B>] extends [DeepReadonly<A>]
    ? true
    : false
  : false;
