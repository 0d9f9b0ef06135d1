import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { ProfileSwitchInput, SecureMessageInput } from '../../src/workflows/index.js';
import type { profileSwitchInputSchema } from '../../src/workflows/profile-switch/machine.js';
import type { secureMessageInputSchema } from '../../src/workflows/secure-message/machine.js';

// The public input types are written by hand, so an editor shows each field's documentation; these
// tests keep them equivalent to the schemas that validate them: a field added, dropped, renamed or
// retyped on one side only is a type error here.

/** Readonly all the way down: the hand-written types are readonly, zod's are not. */
type DeepReadonly<T> = T extends Date
  ? T
  : T extends readonly (infer Item)[]
    ? readonly DeepReadonly<Item>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/** `true` when each type is assignable to the other, readonly modifiers aside. */
type Equivalent<A, B> = [DeepReadonly<A>] extends [DeepReadonly<B>]
  ? [DeepReadonly<B>] extends [DeepReadonly<A>]
    ? true
    : false
  : false;

describe('hand-written inputs match their schemas', () => {
  it('SecureMessageInput', () => {
    expectTypeOf<
      Equivalent<SecureMessageInput, z.input<typeof secureMessageInputSchema>>
    >().toEqualTypeOf<true>();
  });

  it('ProfileSwitchInput', () => {
    expectTypeOf<
      Equivalent<ProfileSwitchInput, z.input<typeof profileSwitchInputSchema>>
    >().toEqualTypeOf<true>();
  });

  it('catches a drift (the check is not vacuous)', () => {
    type Drifted = Omit<SecureMessageInput, 'providerBasedRouting'>;
    expectTypeOf<Equivalent<Drifted, z.input<typeof secureMessageInputSchema>>>().toEqualTypeOf<false>();
    type Renamed = Omit<ProfileSwitchInput, 'familyProfiles'> & {
      readonly profiles: ProfileSwitchInput['familyProfiles'];
    };
    expectTypeOf<Equivalent<Renamed, z.input<typeof profileSwitchInputSchema>>>().toEqualTypeOf<false>();
  });
});
