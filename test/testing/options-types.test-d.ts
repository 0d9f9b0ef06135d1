import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { birthDateForAgeOptionsSchema } from '../../src/testing/fixtures/birth-date-for-age.js';
import type { BirthDateForAgeOptions, WorkflowPathsOptions } from '../../src/testing/index.js';
import type { workflowPathsOptionsSchema } from '../../src/testing/workflow-paths.js';
import type { Equivalent } from '../helpers/equivalent.js';

// The testing helpers' options are written by hand, so an editor shows each option's
// documentation; these keep them equivalent to the schemas that validate them.

describe('hand-written testing options match their schemas', () => {
  it('BirthDateForAgeOptions', () => {
    expectTypeOf<
      Equivalent<BirthDateForAgeOptions, z.input<typeof birthDateForAgeOptionsSchema>>
    >().toEqualTypeOf<true>();
  });

  it('WorkflowPathsOptions', () => {
    expectTypeOf<
      Equivalent<WorkflowPathsOptions | undefined, z.input<typeof workflowPathsOptionsSchema>>
    >().toEqualTypeOf<true>();
  });

  it('catches a drift (the check is not vacuous)', () => {
    type Required_ = Omit<BirthDateForAgeOptions, 'daysOffset'> & { readonly daysOffset: number };
    expectTypeOf<
      Equivalent<Required_, z.input<typeof birthDateForAgeOptionsSchema>>
    >().toEqualTypeOf<false>();
  });
});
