import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { assistInputSchema } from '../../src/workflows/assist/input.js';
import type { familyAccessInputSchema } from '../../src/workflows/family-access/machine.js';
import type {
  AssistInput,
  FamilyAccessInput,
  PhoneVerificationInput,
  ProfileSwitchInput,
  RegistrationInput,
  RelationshipInput,
  SecureMessageInput,
  SecuritySetupInput,
} from '../../src/workflows/index.js';
import type { phoneVerificationInputSchema } from '../../src/workflows/phone-verification/machine.js';
import type { profileSwitchInputSchema } from '../../src/workflows/profile-switch/machine.js';
import type { registrationInputSchema } from '../../src/workflows/registration/machine.js';
import type { relationshipInputSchema } from '../../src/workflows/relationship/machine.js';
import type { secureMessageInputSchema } from '../../src/workflows/secure-message/machine.js';
import type { securitySetupInputSchema } from '../../src/workflows/security-setup/machine.js';
import type { Equivalent } from '../helpers/equivalent.js';

// The public input types are written by hand, so an editor shows each field's documentation; these
// tests keep them equivalent to the schemas that validate them: a field added, dropped, renamed or
// retyped on one side only is a type error here.

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

  it('RegistrationInput, with its user union', () => {
    expectTypeOf<
      Equivalent<RegistrationInput, z.input<typeof registrationInputSchema>>
    >().toEqualTypeOf<true>();
  });

  it('SecuritySetupInput', () => {
    expectTypeOf<
      Equivalent<SecuritySetupInput, z.input<typeof securitySetupInputSchema>>
    >().toEqualTypeOf<true>();
  });

  it('PhoneVerificationInput', () => {
    expectTypeOf<
      Equivalent<PhoneVerificationInput, z.input<typeof phoneVerificationInputSchema>>
    >().toEqualTypeOf<true>();
  });

  it('RelationshipInput', () => {
    expectTypeOf<
      Equivalent<RelationshipInput, z.input<typeof relationshipInputSchema>>
    >().toEqualTypeOf<true>();
  });

  it('FamilyAccessInput', () => {
    expectTypeOf<
      Equivalent<FamilyAccessInput, z.input<typeof familyAccessInputSchema>>
    >().toEqualTypeOf<true>();
  });

  it('AssistInput', () => {
    expectTypeOf<Equivalent<AssistInput, z.input<typeof assistInputSchema>>>().toEqualTypeOf<true>();
  });

  it('catches a drift (the check is not vacuous)', () => {
    type Drifted = Omit<SecureMessageInput, 'providerBasedRouting'>;
    expectTypeOf<Equivalent<Drifted, z.input<typeof secureMessageInputSchema>>>().toEqualTypeOf<false>();
    type Renamed = Omit<ProfileSwitchInput, 'familyProfiles'> & {
      readonly profiles: ProfileSwitchInput['familyProfiles'];
    };
    expectTypeOf<Equivalent<Renamed, z.input<typeof profileSwitchInputSchema>>>().toEqualTypeOf<false>();
    // A union member's field: the family member's birth date made optional.
    type LooseUser = Omit<RegistrationInput, 'user'> & {
      readonly user?:
        | { readonly role: 'patient' }
        | { readonly role: 'family-member'; readonly birthDate?: string };
    };
    expectTypeOf<Equivalent<LooseUser, z.input<typeof registrationInputSchema>>>().toEqualTypeOf<false>();
    // A nested field retyped: the patient's phone of record no longer nullable.
    type Retyped = Omit<AssistInput, 'patient'> & {
      readonly patient?: Omit<NonNullable<AssistInput['patient']>, 'phoneOfRecord'> & {
        readonly phoneOfRecord: string;
      };
    };
    expectTypeOf<Equivalent<Retyped, z.input<typeof assistInputSchema>>>().toEqualTypeOf<false>();
  });
});
