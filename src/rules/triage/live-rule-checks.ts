import { staffBrowser as enStaffBrowser } from '../../locales/en/staff-browser.js';
import { wordsOf } from '../../locales/option.js';
import { adviceFor } from '../browser/advice.js';
import { checkBrowserByName } from '../browser-by-name.js';
import { checkBrowserSupport } from '../browser-support.js';
import { validateMessage } from '../message.js';
import { checkPhoneNumber } from '../phone.js';
import { securityAnswersMatch } from '../security-answer.js';
import { checkStaffBrowser } from '../staff-browser.js';
import type { TriageRuleChecks } from './rule-checks.js';

/** An answer without its spaces and special characters (punctuation marks, symbols, underscores). */
const lettersAndDigits = (answer: string) => answer.replace(/[\s\p{P}\p{S}]/gu, '');

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
  // A staff member's named browser gets the staff advice, from the same verdict (its download
  // links follow the system named, as `checkStaffBrowser`'s follow the user agent's).
  browserByName: (input, locale, staff) => {
    const named = checkBrowserByName(input, withLocale(locale));
    return staff
      ? { ...named, advice: adviceFor(named, wordsOf(locale, 'staffBrowser', enStaffBrowser)) }
      : named;
  },
  securityAnswer: (answer, savedAnswer) =>
    securityAnswersMatch(answer, savedAnswer)
      ? 'answers-match'
      : securityAnswersMatch(lettersAndDigits(answer), lettersAndDigits(savedAnswer))
        ? 'answers-differ-in-characters'
        : 'answers-differ',
  message: (draft, locale) => validateMessage(draft, undefined, withLocale(locale)),
};
