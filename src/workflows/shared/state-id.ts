import type { StateValue } from 'xstate';

/**
 * A state value as a dotted id: `{ security: 'enteringCode' }` -> `security.enteringCode`.
 *
 * @example
 * ```ts
 * stateId({ security: 'enteringCode' });
 * //=> 'security.enteringCode'
 * ```
 */
export function stateId(value: StateValue): string {
  if (typeof value === 'string') return value;
  return Object.entries(value)
    .map(([key, child]) => (child === undefined ? key : `${key}.${stateId(child)}`))
    .join(',');
}
