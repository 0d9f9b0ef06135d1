import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { describeStepOptionsSchema } from '../../src/guides/describe-step.js';
import type { buildGuideOptionsSchema } from '../../src/guides/guide-options.js';
import type { BuildGuideOptions, DescribeStepOptions } from '../../src/guides/index.js';
import type { Equivalent } from '../helpers/equivalent.js';

// The guide options are written by hand, so an editor shows each option's documentation; these
// keep them equivalent to the schemas that validate them (the schemas take `undefined` too, which
// is the options left out).

describe('hand-written guide options match their schemas', () => {
  it('DescribeStepOptions', () => {
    expectTypeOf<
      Equivalent<DescribeStepOptions | undefined, z.input<typeof describeStepOptionsSchema>>
    >().toEqualTypeOf<true>();
  });

  it('BuildGuideOptions, with its practice settings', () => {
    expectTypeOf<
      Equivalent<BuildGuideOptions | undefined, z.input<typeof buildGuideOptionsSchema>>
    >().toEqualTypeOf<true>();
  });

  it('catches a drift (the check is not vacuous)', () => {
    type Narrowed = Omit<DescribeStepOptions, 'audience'> & { readonly audience?: 'staff' };
    expectTypeOf<
      Equivalent<Narrowed | undefined, z.input<typeof describeStepOptionsSchema>>
    >().toEqualTypeOf<false>();
    type NoDate = Omit<BuildGuideOptions, 'now'> & { readonly now?: string };
    expectTypeOf<
      Equivalent<NoDate | undefined, z.input<typeof buildGuideOptionsSchema>>
    >().toEqualTypeOf<false>();
  });
});
