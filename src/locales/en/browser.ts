import type { BrowserWords } from '../types.js';

/**
 * Browser names joined for a sentence: "A, B or C"; with none, "a supported browser".
 *
 * @example
 * ```ts
 * browserList(['Google Chrome', 'Microsoft Edge', 'Mozilla Firefox']);
 * //=> 'Google Chrome, Microsoft Edge or Mozilla Firefox'
 * ```
 */
export function browserList(names: readonly string[]): string {
  const last = names[names.length - 1];
  if (last === undefined) return 'a supported browser';
  return names.length === 1 ? last : `${names.slice(0, -1).join(', ')} or ${last}`;
}

const unidentified: BrowserWords['empty-user-agent'] = ({ browsers }) =>
  `We couldn't identify your browser. To be sure everything works, please open the portal in ${browserList(browsers)}.`;

/**
 * English advice to the patient, per browser reason code.
 *
 * @example
 * ```ts
 * browser['edge-requires-windows']({ browserName: 'Microsoft Edge', browsers: ['Google Chrome', 'Safari'] });
 * //=> 'Microsoft Edge works with the Patient Portal only on Windows 7 or later, ...'
 * ```
 */
export const browser: BrowserWords = /* @__PURE__ */ Object.freeze<BrowserWords>({
  'supported-browser': () =>
    'Your browser works with the Patient Portal, so there is nothing to change there.',
  'edge-requires-windows': ({ browsers }) =>
    `Microsoft Edge works with the Patient Portal only on Windows 7 or later, not on this device. Please open the portal in ${browserList(browsers)} instead, using the download links shown on your screen.`,
  'safari-requires-apple-os': ({ browsers }) =>
    `Safari works with the Patient Portal only on Apple devices such as a Mac, iPhone or iPad. Please open the portal in ${browserList(browsers)} instead, using the download links shown on your screen.`,
  'browser-not-allowed-on-os': ({ browserName, browsers }) =>
    `${browserName ?? 'This browser'} can't be used with the Patient Portal on this device. Please open the portal in ${browserList(browsers)} instead, using the download links shown on your screen.`,
  'outdated-browser': ({ browserName, browsers }) =>
    `Your version of ${browserName ?? 'this browser'} is too old for the Patient Portal. Please update it to the latest version, or open the portal in ${browserList(browsers)}.`,
  'windows-version-unknown': ({ browsers }) =>
    `We can't tell which version of Windows your computer runs, and this browser works with the Patient Portal only on some of them. To be safe, please open the portal in ${browserList(browsers)}.`,
  'conflicting-client-hints': ({ browsers }) =>
    `Your browser is sending details that don't match each other, so we can't confirm it works with the Patient Portal. Please open the portal in ${browserList(browsers)}.`,
  'internet-explorer': ({ browsers }) =>
    `Internet Explorer doesn't work with the Patient Portal. Please install ${browserList(browsers)} from the download links shown on your screen, then open the portal there.`,
  'in-app-browser': ({ appName, browsers }) =>
    `You've opened the portal inside ${appName ? `the ${appName} app` : 'another app'}, and its built-in browser isn't supported. Please open the link in ${browserList(browsers)} instead; most apps offer this in their menu.`,
  webview: ({ browsers }) =>
    `The portal is showing inside another app, which isn't supported. Please open the portal link directly in ${browserList(browsers)}.`,
  'tv-console-or-car-browser': ({ browsers }) =>
    `The Patient Portal doesn't work on TVs, game consoles or car screens. Please use a computer, phone or tablet with ${browserList(browsers)}.`,
  'other-browser': ({ browsers }) =>
    `This browser isn't one the Patient Portal supports. Please open the portal in ${browserList(browsers)}, using the download links shown on your screen if you need them.`,
  'not-a-browser': ({ browsers }) =>
    `This doesn't look like a web browser, so we can't check it. Please open the portal in ${browserList(browsers)}.`,
  'malformed-user-agent': unidentified,
  'unrecognised-user-agent': unidentified,
  'empty-user-agent': unidentified,
  'user-agent-too-long': unidentified,
});
