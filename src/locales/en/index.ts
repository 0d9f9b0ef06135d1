/**
 * English: every sentence the rule checks say, as a `Locale`. The rules use it by default; import it
 * to pass it explicitly, or to build a variant (`{ ...en, phone: { ...en.phone, mobile: '...' } }`).
 *
 * @packageDocumentation
 */
import type { Locale } from '../types.js';
import { browser } from './browser.js';
import { eligibility } from './eligibility.js';
import { guide } from './guide.js';
import { message } from './message.js';
import { phone } from './phone.js';
import { recipients } from './recipients.js';
import { search } from './search.js';
import { staffBrowser } from './staff-browser.js';
import { triage } from './triage.js';

export type * from '../types.js';

/**
 * English (United States).
 *
 * @example
 * ```ts
 * import { en } from 'portal-helpdesk/locales/en';
 * const safariOnMac =
 *   'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15';
 * checkBrowserSupport(safariOnMac, { locale: en }).advice;
 * //=> 'Your browser works with the Patient Portal, so there is nothing to change there.'
 * ```
 */
export const en: Required<Locale> = /* @__PURE__ */ Object.freeze<Required<Locale>>({
  code: 'en',
  browser,
  staffBrowser,
  eligibility,
  message,
  phone,
  recipients,
  triage,
  search,
  guide,
});
