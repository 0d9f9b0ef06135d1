import type { BrowserAdviceParams, StaffBrowserWords } from '../types.js';
import { browserList } from './browser.js';

const ACTION = '"Log in to Portal as Patient"';

const refusedHere = ({ browserName, browsers }: BrowserAdviceParams) =>
  `${browserName ?? 'Este navegador'} no es compatible con ${ACTION} en este equipo. Abra el Quickview en ${browserList(browsers)}.`;
const notSupported = ({ browsers }: BrowserAdviceParams) =>
  `Este navegador no es compatible con ${ACTION}. Abra el Quickview en ${browserList(browsers)} e inténtelo de nuevo.`;
const unconfirmed = ({ browsers }: BrowserAdviceParams) =>
  `No pudimos confirmar que su navegador sea compatible, así que ${ACTION} podría no funcionar. Abra el Quickview en ${browserList(browsers)}.`;

/**
 * Spanish advice to a staff member about their own browser, per browser reason code.
 *
 * @example
 * ```ts
 * staffBrowser['supported-browser']({ browsers: [] });
 * //=> 'Su navegador es compatible: puede usar "Log in to Portal as Patient" en el Quickview.'
 * ```
 */
export const staffBrowser: StaffBrowserWords = /* @__PURE__ */ Object.freeze<StaffBrowserWords>({
  'supported-browser': () => `Su navegador es compatible: puede usar ${ACTION} en el Quickview.`,
  'internet-explorer': ({ browsers }) =>
    `${ACTION} no funciona en Internet Explorer. Abra el Quickview en ${browserList(browsers)} e inténtelo de nuevo.`,
  'outdated-browser': ({ browserName, browsers }) =>
    `Su versión de ${browserName ?? 'este navegador'} es demasiado antigua para ${ACTION}. Actualícela o abra el Quickview en ${browserList(browsers)}.`,
  'edge-requires-windows': refusedHere,
  'safari-requires-apple-os': refusedHere,
  'browser-not-allowed-on-os': refusedHere,
  'in-app-browser': notSupported,
  webview: notSupported,
  'tv-console-or-car-browser': notSupported,
  'other-browser': notSupported,
  'windows-version-unknown': unconfirmed,
  'conflicting-client-hints': unconfirmed,
  'not-a-browser': unconfirmed,
  'malformed-user-agent': unconfirmed,
  'unrecognised-user-agent': unconfirmed,
  'empty-user-agent': unconfirmed,
  'user-agent-too-long': unconfirmed,
});
