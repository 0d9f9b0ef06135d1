/**
 * Verdicts from the policy table (internal): where a browser may run, which download links to offer,
 * and the result for a browser and system however they were found (from a user agent or named by
 * staff). No user-agent parsing here, so `checkBrowserByName` bundles without it.
 */
import {
  type BrowserPolicy,
  isAllowedOn,
  operatingSystemIds,
  type PolicyBrowser,
} from '../browser-policy.js';
import type {
  BrowserSupportReason,
  BrowserSupportResult,
  DetectedBrowser,
  DownloadLink,
} from '../browser-support.js';
import { browserLabels } from './advice.js';
import type { DetectedOs } from './os.js';

const DOWNLOAD_URLS: Readonly<Record<PolicyBrowser, string>> = {
  chrome: 'https://www.google.com/chrome/',
  edge: 'https://www.microsoft.com/edge',
  firefox: 'https://www.mozilla.org/firefox/',
  safari: 'https://www.apple.com/safari/',
};
const LINK_ORDER: readonly PolicyBrowser[] = ['chrome', 'edge', 'firefox', 'safari'];

/** Everything but the advice, which the two public functions word differently. */
export interface Verdict extends Omit<BrowserSupportResult, 'advice'> {
  /** For the advice: the app whose built-in browser is in use. */
  readonly appName?: string | undefined;
}

const REFUSED_ON_OS: Record<PolicyBrowser, BrowserSupportReason> = {
  chrome: 'browser-not-allowed-on-os',
  edge: 'edge-requires-windows',
  firefox: 'browser-not-allowed-on-os',
  safari: 'safari-requires-apple-os',
};

/** The policy table's answer for one of the four browsers on a system: a verdict unless allowed. */
export function refusalOnOs(
  family: PolicyBrowser,
  browser: DetectedBrowser,
  os: DetectedOs,
  policy: BrowserPolicy,
): Verdict | undefined {
  const allowed = allowedOn(policy, family, os);
  if (allowed === 'unsure') return unknown('windows-version-unknown', os, policy, browser);
  if (allowed === 'no') return refused(REFUSED_ON_OS[family], browser, os, policy);
  return undefined;
}

export function supported(browser: DetectedBrowser, os: DetectedOs): Verdict {
  return { status: 'supported', reason: 'supported-browser', browser, os: osInfo(os), downloadLinks: [] };
}

/** A browser as staff can name it: one of the four, Internet Explorer, any other, or not known. */
export type NamedBrowserFamily = PolicyBrowser | 'internet-explorer' | 'other' | 'unknown';

/**
 * The verdict for a browser and system named by staff, from the policy table alone (no version):
 * the same reasons the user-agent check gives the same browser on the same system.
 */
export function decideNamed(family: NamedBrowserFamily, os: DetectedOs, policy: BrowserPolicy): Verdict {
  switch (family) {
    case 'unknown':
      return unknown('unrecognised-user-agent', os, policy);
    case 'internet-explorer':
      return refused('internet-explorer', { family: 'ie', name: 'Internet Explorer' }, os, policy);
    case 'other':
      return refused('other-browser', { family: 'other' }, os, policy);
    default: {
      const browser: DetectedBrowser = { family, name: browserLabels[family] };
      return refusalOnOs(family, browser, os, policy) ?? supported(browser, os);
    }
  }
}

export function refused(
  reason: BrowserSupportReason,
  browser: DetectedBrowser,
  os: DetectedOs,
  policy: BrowserPolicy,
): Verdict {
  return { status: 'unsupported', reason, browser, os: osInfo(os), downloadLinks: linksFor(os, policy) };
}

export function unknown(
  reason: BrowserSupportReason,
  os: DetectedOs,
  policy: BrowserPolicy,
  browser: DetectedBrowser = { family: 'none' },
): Verdict {
  return { status: 'unknown', reason, browser, os: osInfo(os), downloadLinks: linksFor(os, policy) };
}

const EVERY_WINDOWS = /* @__PURE__ */ operatingSystemIds.filter((id) => id.startsWith('windows-'));

/**
 * 'unsure' only when the system may be one of several policy systems (Windows 10/11 without hints,
 * or a Windows of unknown version) and the policy allows the browser on some of them but not all.
 */
export function allowedOn(
  policy: BrowserPolicy,
  browser: PolicyBrowser,
  os: DetectedOs,
): 'yes' | 'no' | 'unsure' {
  const candidates =
    os.id === 'windows-10-or-11'
      ? (['windows-10', 'windows-11'] as const)
      : os.id === 'windows'
        ? EVERY_WINDOWS
        : [os.id];
  const allowed = candidates.filter((id) => isAllowedOn(policy, browser, id)).length;
  if (allowed === candidates.length) return 'yes';
  return allowed > 0 ? 'unsure' : 'no';
}

/** Browsers the patient's system can run under the policy; with no known system, the "any OS" ones. */
export function linksFor(os: DetectedOs, policy: BrowserPolicy): DownloadLink[] {
  return LINK_ORDER.filter((browser) => allowedOn(policy, browser, os) === 'yes').map((browser) => ({
    browser,
    url: DOWNLOAD_URLS[browser],
  }));
}

export function osInfo(os: DetectedOs): Verdict['os'] {
  const info: { name?: string; version?: string } = {};
  if (os.name !== undefined) info.name = os.name;
  if (os.version !== undefined) info.version = os.version;
  return info;
}
