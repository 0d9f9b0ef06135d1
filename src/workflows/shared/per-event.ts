import type { EventObject } from 'xstate';

/**
 * Remembers a pure rule's answer for one event object. One transition runs several guards and
 * actions on the same event (a `SEND_CODE` checks the phone to choose the branch, then again to
 * store it), and path generation replays the same event objects from thousands of states. The
 * answer is keyed by the value it was computed from, so an event object changed and sent again is
 * checked afresh; it is held weakly by the event, so nothing outlives the event (no patient data
 * stays in a module-level cache).
 *
 * @example
 * ```ts
 * const phoneCheck = perEvent((key) => checkPhoneNumber(...));
 * phoneCheck(event, `${country} ${phone}`);
 * ```
 */
export function perEvent<Result>(
  compute: (key: string) => Result,
): (event: EventObject, key: string) => Result {
  const cache = new WeakMap<EventObject, Map<string, Result>>();
  return (event, key) => {
    let answers = cache.get(event);
    if (answers === undefined) {
      answers = new Map();
      cache.set(event, answers);
    } else if (answers.has(key)) {
      return answers.get(key) as Result;
    }
    const result = compute(key);
    answers.set(key, result);
    return result;
  };
}
