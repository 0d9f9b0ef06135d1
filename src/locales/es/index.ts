/**
 * Spanish: every sentence the rule checks say, as a `Locale`. Portal labels stay in English, quoted
 * as the portal shows them, so staff and patient read the same words on screen.
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
 * Spanish (United States).
 *
 * @example
 * ```ts
 * import { es } from 'portal-helpdesk/locales/es';
 * const safariOnMac =
 *   'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15';
 * checkBrowserSupport(safariOnMac, { locale: es }).advice;
 * //=> 'Su navegador es compatible con el portal del paciente, así que no hace falta cambiar nada.'
 * ```
 */
export const es: Required<Locale> = /* @__PURE__ */ Object.freeze<Required<Locale>>({
  code: 'es',
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
