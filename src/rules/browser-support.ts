import { deepFreeze } from '../internal/freeze.js';
import { browser as enBrowser } from '../locales/en/browser.js';
import { localeField, wordsOf } from '../locales/option.js';
import type { Locale } from '../locales/types.js';
import { adviceFor } from './browser/advice.js';
import { evaluate } from './browser/evaluate.js';

export { MAX_USER_AGENT_LENGTH } from './browser/evaluate.js';

import type { BrowserPolicy, PolicyBrowser } from './browser-policy.js';

/**
 * The verdict: `supported` only for a user agent that is, token for token, one of the four supported
 * browsers on a system the policy allows; `unsupported` for a browser we can name but not vouch for;
 * `unknown` when it is not a browser or cannot be told.
 *
 * @example
 * ```ts
 * checkBrowserSupport('curl/8.4.0').status;
 * //=> 'unknown'
 * ```
 */
export type BrowserSupportStatus = 'supported' | 'unsupported' | 'unknown';

/**
 * Why the verdict is what it is. Stable codes; see docs/rules-browser.md for each one.
 *
 * - `supported`: `supported-browser`.
 * - `unsupported`: `edge-requires-windows`, `safari-requires-apple-os`, `browser-not-allowed-on-os`
 *   (Chrome or Firefox under a custom policy), `outdated-browser`, `internet-explorer`,
 *   `in-app-browser`, `webview`, `tv-console-or-car-browser`, `other-browser`.
 * - `unknown`: `windows-version-unknown` (a custom policy splits Windows 10 and 11 and no client hints
 *   came; or, by name, a Windows of unknown version where the policy allows only some versions), `conflicting-client-hints`, `not-a-browser`, `malformed-user-agent`,
 *   `unrecognised-user-agent`, `empty-user-agent`, `user-agent-too-long`.
 *
 * @example
 * ```ts
 * const ie11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';
 * const reason: BrowserSupportReason = checkBrowserSupport(ie11).reason;
 * reason;
 * //=> 'internet-explorer'
 * ```
 */
export type BrowserSupportReason =
  | 'supported-browser'
  | 'edge-requires-windows'
  | 'safari-requires-apple-os'
  | 'browser-not-allowed-on-os'
  | 'outdated-browser'
  | 'internet-explorer'
  | 'in-app-browser'
  | 'webview'
  | 'tv-console-or-car-browser'
  | 'other-browser'
  | 'windows-version-unknown'
  | 'conflicting-client-hints'
  | 'not-a-browser'
  | 'malformed-user-agent'
  | 'unrecognised-user-agent'
  | 'empty-user-agent'
  | 'user-agent-too-long';

/**
 * The browser as detected. `family` is one of the four only when the string has that browser's exact
 * shape (or is that browser refused for its system or its age); `other` is a browser we cannot vouch
 * for; `none` is no browser at all.
 *
 * @example
 * ```ts
 * const chromeOnWindows =
 *   'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';
 * checkBrowserSupport(chromeOnWindows).browser;
 * //=> { family: 'chrome', name: 'Google Chrome', version: '120.0.0.0' }
 * ```
 */
export interface DetectedBrowser {
  readonly family: PolicyBrowser | 'ie' | 'other' | 'none';
  readonly name?: string;
  readonly version?: string;
}

/**
 * A link to download a browser the patient's system can run.
 *
 * @example
 * ```ts
 * const link: DownloadLink = { browser: 'firefox', url: 'https://www.mozilla.org/firefox/' };
 * ```
 */
export interface DownloadLink {
  readonly browser: PolicyBrowser;
  readonly url: string;
}

/**
 * User-Agent Client Hints (`navigator.userAgentData`, or the `Sec-CH-UA*` headers). Only
 * `platformVersion` adds anything (Windows 10 or 11); the rest can only take a verdict away.
 *
 * @example
 * ```ts
 * const hints: UserAgentClientHints = { platform: 'Windows', platformVersion: '15.0.0' };
 * ```
 */
export interface UserAgentClientHints {
  readonly platform?: string | undefined;
  readonly platformVersion?: string | undefined;
  readonly brands?: readonly { readonly brand: string; readonly version: string }[] | undefined;
  readonly mobile?: boolean | undefined;
  /**
   * The other values `getHighEntropyValues` can return: accepted, so its whole result can be
   * passed, and never read.
   */
  readonly architecture?: unknown;
  readonly bitness?: unknown;
  readonly formFactors?: unknown;
  readonly fullVersionList?: unknown;
  readonly model?: unknown;
  readonly uaFullVersion?: unknown;
  readonly wow64?: unknown;
}

/**
 * A user-agent string, or one with its client hints.
 *
 * @example
 * ```ts
 * // In a browser: { userAgent: navigator.userAgent, clientHints: ... }
 * const input: BrowserSupportInput = {
 *   userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
 *   clientHints: { platform: 'Windows', platformVersion: '15.0.0' },
 * };
 * checkBrowserSupport(input).os;
 * //=> { name: 'Windows', version: '11' }
 * ```
 */
export type BrowserSupportInput =
  | string
  | { readonly userAgent: string; readonly clientHints?: UserAgentClientHints | undefined };

/**
 * Options of {@link checkBrowserSupport} and `checkStaffBrowser`.
 *
 * @example
 * ```ts
 * import { es } from 'portal-helpdesk/locales/es';
 * const options: CheckBrowserSupportOptions = { locale: es };
 * ```
 */
export interface CheckBrowserSupportOptions {
  /** The policy to apply; {@link defaultBrowserPolicy} when absent. */
  readonly policy?: BrowserPolicy | undefined;
  /**
   * Language of `advice`: a {@link Locale} with a `browser` section (`staffBrowser` for
   * `checkStaffBrowser`); English when absent. A language code other than `'en'` is refused.
   */
  readonly locale?: Locale | undefined;
}

/**
 * The deep-frozen result of {@link checkBrowserSupport}.
 *
 * @example
 * ```ts
 * const { status, reason, downloadLinks } = checkBrowserSupport(
 *   'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.0.0',
 * );
 * [status, reason, downloadLinks.map((link) => link.browser)];
 * //=> ['unsupported', 'edge-requires-windows', ['chrome', 'firefox', 'safari']]
 * ```
 */
export interface BrowserSupportResult {
  readonly status: BrowserSupportStatus;
  readonly reason: BrowserSupportReason;
  readonly browser: DetectedBrowser;
  /** The operating system as detected; Windows 10 and 11 read `10/11` unless client hints tell. */
  readonly os: { readonly name?: string; readonly version?: string };
  /** Browsers to offer, only those the detected system can run under the policy; empty when supported. */
  readonly downloadLinks: readonly DownloadLink[];
  /** One or two sentences staff can say to the patient, in the requested locale. */
  readonly advice: string;
}

const browserLocale = localeField('browser', enBrowser);

/**
 * Tells whether a patient's browser can use the Patient Portal, fail-closed: `supported` only when
 * the user agent is exactly the shape Chrome, Edge, Firefox or Safari sends, on a system the policy
 * allows. Forks, in-app browsers, web views, TV and console browsers are `unsupported`; bots, tools
 * and damaged strings are `unknown`. Never `supported` by guesswork.
 *
 * @param input - The `User-Agent` string, or `{ userAgent, clientHints }`.
 * @param options - `policy` (default {@link defaultBrowserPolicy}) and `locale` of the advice (default
 *   English; pass `es` from `portal-helpdesk/locales/es` for Spanish).
 * @returns A deep-frozen {@link BrowserSupportResult}.
 * @throws {PortalHelpdeskError} `invalid-input` when the input or options have the wrong type or shape
 *   (an over-long user agent is a verdict, `user-agent-too-long`, not an error). Messages never
 *   contain the input.
 *
 * @example
 * ```ts
 * checkBrowserSupport(
 *   'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
 * );
 * //=> { status: 'supported', reason: 'supported-browser',
 * //     browser: { family: 'chrome', name: 'Google Chrome', version: '120.0.0.0' },
 * //     os: { name: 'Windows', version: '10/11' }, downloadLinks: [], advice: 'Your browser works with ...' }
 *
 * checkBrowserSupport('Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko').downloadLinks
 *   .map((link) => link.browser);
 * //=> ['chrome', 'edge', 'firefox']
 * ```
 */
export function checkBrowserSupport(
  input: BrowserSupportInput,
  options?: CheckBrowserSupportOptions,
): BrowserSupportResult {
  const { verdict, locale } = evaluate(input, options, 'checkBrowserSupport', browserLocale);
  const { appName: _app, ...result } = verdict;
  return deepFreeze({ ...result, advice: adviceFor(verdict, wordsOf(locale, 'browser', enBrowser)) });
}
