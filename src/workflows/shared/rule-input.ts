import { isPortalHelpdeskError, PortalHelpdeskError } from '../../errors.js';

/**
 * Runs a rule on part of a workflow's input and, when the rule refuses it, throws the workflow's
 * own `invalid-input` error with the issue paths rooted at the input (`['policy', 'maxLength']`
 * rather than the rule's `['maxLength']`).
 */
export function checkWithRule<T>(run: () => T, prefix: readonly (string | number)[], context: string): T {
  try {
    return run();
  } catch (error) {
    if (!isPortalHelpdeskError(error)) throw error;
    throw new PortalHelpdeskError(
      'invalid-input',
      error.issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })),
      context,
    );
  }
}
