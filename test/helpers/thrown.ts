import { expect } from 'vitest';
import { PortalHelpdeskError } from '../../src/index.js';

/** The PortalHelpdeskError that `run` throws; fails the test when it throws nothing or something else. */
export function thrown(run: () => unknown): PortalHelpdeskError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PortalHelpdeskError);
    return error as PortalHelpdeskError;
  }
  throw new Error('expected a PortalHelpdeskError');
}
