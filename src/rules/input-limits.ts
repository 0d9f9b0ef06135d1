// Input caps of the phone and browser rules, apart from the rules: workflow event schemas and the
// triage facts cap their fields with them without bundling the rules themselves.

/**
 * Longest input, in characters, that is parsed at all; anything longer is an invalid number at once.
 *
 * @example
 * ```ts
 * checkPhoneNumber('1'.repeat(MAX_PHONE_INPUT_LENGTH + 1)).reason;
 * //=> 'too-long'
 * ```
 */
export const MAX_PHONE_INPUT_LENGTH = 64;

/**
 * User agents longer than this many characters are not parsed: the verdict is `unknown` with reason
 * `user-agent-too-long`. Real ones run to a few hundred characters, in-app browsers included.
 *
 * @example
 * ```ts
 * checkBrowserSupport('x'.repeat(MAX_USER_AGENT_LENGTH + 1)).reason;
 * //=> 'user-agent-too-long'
 * ```
 */
export const MAX_USER_AGENT_LENGTH = 2048;
