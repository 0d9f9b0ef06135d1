import { deepFreeze } from '../internal/freeze.js';
import { staffBrowser as enStaffBrowser } from '../locales/en/staff-browser.js';
import { localeField, wordsOf } from '../locales/option.js';
import { adviceFor } from './browser/advice.js';
import { evaluate } from './browser/evaluate.js';
import type {
  BrowserSupportInput,
  BrowserSupportResult,
  CheckBrowserSupportOptions,
} from './browser-support.js';

/**
 * The deep-frozen result of {@link checkStaffBrowser}: the same verdict as `checkBrowserSupport`, with
 * advice addressed to the staff member, and whether the Quickview action may be used.
 *
 * @example
 * ```ts
 * // In the staff member's browser: checkStaffBrowser(navigator.userAgent)
 * const { canLogInAsPatient } = checkStaffBrowser(
 *   'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
 * );
 * canLogInAsPatient;
 * //=> true
 * ```
 */
export interface StaffBrowserResult extends BrowserSupportResult {
  /** `true` exactly when `status` is `'supported'`: "Log in to Portal as Patient" may be used. */
  readonly canLogInAsPatient: boolean;
}

const staffLocale = localeField('staffBrowser', enStaffBrowser);

/**
 * Checks a staff member's own browser before the Quickview action "Log in to Portal as Patient",
 * which needs a supported browser (not Internet Explorer). The verdict, reasons and download links
 * are exactly those of `checkBrowserSupport` under the same policy; only the advice differs, and it
 * speaks to the staff member rather than the patient. Anything but `supported` (including `unknown`)
 * means the action should not be offered.
 *
 * @param input - The staff member's `User-Agent` string, or `{ userAgent, clientHints }`.
 * @param options - `policy` and `locale`, as for `checkBrowserSupport`.
 * @returns A deep-frozen {@link StaffBrowserResult}.
 * @throws {PortalHelpdeskError} `invalid-input` when the input or options have the wrong type or shape.
 *
 * @example
 * ```ts
 * checkStaffBrowser('Mozilla/5.0 (Windows NT 10.0; Win64; x64; Trident/7.0; rv:11.0) like Gecko');
 * //=> { status: 'unsupported', reason: 'internet-explorer', canLogInAsPatient: false,
 * //     advice: '"Log in to Portal as Patient" doesn't work in Internet Explorer. Open the Quickview in ...', ... }
 * ```
 */
export function checkStaffBrowser(
  input: BrowserSupportInput,
  options?: CheckBrowserSupportOptions,
): StaffBrowserResult {
  const { verdict, locale } = evaluate(input, options, 'checkStaffBrowser', staffLocale);
  const { appName: _app, ...result } = verdict;
  const advice = adviceFor(verdict, wordsOf(locale, 'staffBrowser', enStaffBrowser));
  return deepFreeze({ ...result, advice, canLogInAsPatient: verdict.status === 'supported' });
}
