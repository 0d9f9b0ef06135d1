import type { BrowserAdviceParams, StaffBrowserWords } from '../types.js';
import { browserList } from './browser.js';

const ACTION = '"Log in to Portal as Patient"';

const refusedHere = ({ browserName, browsers }: BrowserAdviceParams) =>
  `${browserName ?? 'This browser'} isn't supported for ${ACTION} on this computer. Open the Quickview in ${browserList(browsers)} instead.`;
const notSupported = ({ browsers }: BrowserAdviceParams) =>
  `This browser isn't supported for ${ACTION}. Open the Quickview in ${browserList(browsers)} and try again.`;
const unconfirmed = ({ browsers }: BrowserAdviceParams) =>
  `We couldn't confirm that your browser is supported, so ${ACTION} may not work. Open the Quickview in ${browserList(browsers)}.`;

/**
 * English advice to a staff member about their own browser, per browser reason code.
 *
 * @example
 * ```ts
 * staffBrowser['internet-explorer']({ browsers: ['Google Chrome'] });
 * //=> '"Log in to Portal as Patient" doesn\'t work in Internet Explorer. Open the Quickview in Google Chrome and try again.'
 * ```
 */
export const staffBrowser: StaffBrowserWords = /* @__PURE__ */ Object.freeze<StaffBrowserWords>({
  'supported-browser': () => `Your browser is supported, so you can use ${ACTION} on the Quickview.`,
  'internet-explorer': ({ browsers }) =>
    `${ACTION} doesn't work in Internet Explorer. Open the Quickview in ${browserList(browsers)} and try again.`,
  'outdated-browser': ({ browserName, browsers }) =>
    `Your version of ${browserName ?? 'this browser'} is too old for ${ACTION}. Update it, or open the Quickview in ${browserList(browsers)}.`,
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
