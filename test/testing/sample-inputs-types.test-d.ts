import { describe, expectTypeOf, it } from 'vitest';
import { type SampleInputs, sampleInputs } from '../../src/testing/index.js';
import type { AssistInput, RegistrationInput, WorkflowId } from '../../src/workflows/index.js';

// This project compiles with `noUncheckedIndexedAccess`, as many hosts do: a variant the samples
// name must read as present, or every `sampleInputs.x['name']` of the docs needs a `!`.

describe('sampleInputs: named variants are typed as present', () => {
  it('reads a named variant as its workflow input', () => {
    expectTypeOf(sampleInputs.assist['child-patient']).toEqualTypeOf<AssistInput>();
    expectTypeOf(sampleInputs.registration['adult-invitation']).toEqualTypeOf<RegistrationInput>();
  });

  it('still indexes by any string, which may be absent', () => {
    const name: string = 'adult-invitation';
    expectTypeOf(sampleInputs.registration[name]).toEqualTypeOf<RegistrationInput | undefined>();
    // A set of samples for every workflow, and for nothing else.
    expectTypeOf<keyof SampleInputs>().toEqualTypeOf<WorkflowId>();
  });
});
