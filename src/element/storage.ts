// The element's only I/O besides the DOM: a saved session in `localStorage`. Each call may throw
// (storage disabled, quota full, a sandboxed frame); the element turns that into an `error` event.

/**
 * The saved session under `key`, or `null`.
 *
 * @example
 * ```ts
 * loadSession('assist:pat-1');
 * //=> '{"format":"portal-helpdesk/session",...}'
 * ```
 */
export function loadSession(key: string): string | null {
  return globalThis.localStorage.getItem(key);
}

/**
 * Saves a session's JSON under `key`.
 *
 * @example
 * ```ts
 * saveSession('assist:pat-1', JSON.stringify(persistSession(actor)));
 * ```
 */
export function saveSession(key: string, json: string): void {
  globalThis.localStorage.setItem(key, json);
}

/**
 * Forgets the session saved under `key`.
 *
 * @example
 * ```ts
 * forgetSession('assist:pat-1');
 * ```
 */
export function forgetSession(key: string): void {
  globalThis.localStorage.removeItem(key);
}
