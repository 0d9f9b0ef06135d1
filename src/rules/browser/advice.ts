import type { BrowserAdviceParams, BrowserReasonWords } from '../../locales/types.js';
import type { PolicyBrowser } from '../browser-policy.js';
import type { Verdict } from './verdict.js';

/** The names the vendor's help page uses for the four supported browsers. */
export const browserLabels: Readonly<Record<PolicyBrowser, string>> = {
  chrome: 'Google Chrome',
  edge: 'Microsoft Edge',
  firefox: 'Mozilla Firefox',
  safari: 'Safari',
};

/**
 * The advice for a verdict, in the words of a locale's `browser` or `staffBrowser` section: the
 * detected browser's name (not for a browser we cannot vouch for, whose name may be anything), the
 * app, and the browsers offered as download links.
 */
export function adviceFor(verdict: Verdict, words: BrowserReasonWords): string {
  const params: BrowserAdviceParams = {
    browserName: verdict.browser.family === 'other' ? undefined : verdict.browser.name,
    appName: verdict.appName,
    // A browser too old is updated; the others offered are the ones to switch to.
    browsers: verdict.downloadLinks.flatMap((link) =>
      verdict.reason === 'outdated-browser' && link.browser === verdict.browser.family
        ? []
        : [browserLabels[link.browser]],
    ),
  };
  return words[verdict.reason](params);
}
