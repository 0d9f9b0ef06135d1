import { checkBrowserByName } from '../browser-by-name.js';
import { checkBrowserSupport } from '../browser-support.js';
import { validateMessage } from '../message.js';
import { checkPhoneNumber } from '../phone.js';
import { securityAnswersMatch } from '../security-answer.js';
import { checkStaffBrowser } from '../staff-browser.js';
import type { TriageRuleChecks } from './rule-checks.js';

const withLocale = <Options>(locale: Options | undefined) => (locale === undefined ? undefined : { locale });

/**
 * The triage's rule checks run by the real rules: what `diagnose` and live assist sessions use.
 *
 * @example
 * ```ts
 * liveTriageChecks.browser('Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko', undefined).status;
 * //=> 'unsupported'
 * ```
 */
export const liveTriageChecks: TriageRuleChecks = {
  phone: (phone, locale) => checkPhoneNumber(phone, withLocale(locale)),
  browser: (userAgent, locale) => checkBrowserSupport(userAgent, withLocale(locale)),
  staffBrowser: (userAgent, locale) => checkStaffBrowser(userAgent, withLocale(locale)),
  browserByName: (input, locale) => checkBrowserByName(input, withLocale(locale)),
  securityAnswer: securityAnswersMatch,
  message: (draft, locale) => validateMessage(draft, undefined, withLocale(locale)),
};
