import type { WorkflowChecks } from '../checks.js';

/**
 * Builds one machine per checks object: the live registry, the public machine constants and the
 * assist session's child actors then hold the very same machine (persistence and `describeStep`
 * recognise a workflow's machine by identity). Held weakly by the checks object.
 *
 * @example
 * ```ts
 * const createMachine = perChecks((checks) => setup({}).createMachine({}));
 * createMachine(liveChecks) === createMachine(liveChecks);
 * //=> true
 * ```
 */
export function perChecks<Result extends object>(
  build: (checks: WorkflowChecks) => Result,
): (checks: WorkflowChecks) => Result {
  const built = new WeakMap<WorkflowChecks, Result>();
  return (checks) => {
    let result = built.get(checks);
    if (result === undefined) {
      result = build(checks);
      built.set(checks, result);
    }
    return result;
  };
}
