import { PortalHelpdeskError, type PortalHelpdeskIssue } from '../errors.js';
import { oneOf } from '../internal/field-checks.js';
import { optionalField, parseFields } from '../internal/fields.js';
import { deepFreeze } from '../internal/freeze.js';
import { browser as enBrowser } from '../locales/en/browser.js';
import { localeField, wordsOf } from '../locales/option.js';
import { adviceFor } from './browser/advice.js';
import { NAMED_BROWSERS, NAMED_SYSTEMS, WINDOWS_VERSIONS } from './browser/named.js';
import { parseBrowserOptions } from './browser/options.js';
import type { DetectedOs } from './browser/os.js';
import { decideNamed, type NamedBrowserFamily } from './browser/verdict.js';
import type { OperatingSystemId } from './browser-policy.js';
import type { BrowserSupportResult, CheckBrowserSupportOptions } from './browser-support.js';

/**
 * A browser as the patient names it on the phone: one of the four the policy lists,
 * `internet-explorer`, `other` (any other browser, an app's built-in browser or a web view), or
 * `unknown` (the patient cannot tell).
 *
 * @example
 * ```ts
 * const browser: NamedBrowser = 'safari';
 * ```
 */
export type NamedBrowser = NamedBrowserFamily;

/**
 * An operating system as the patient names it: a policy system id, `windows` when the patient knows
 * it is Windows but not which version (give `osVersion` when they do), or `unknown`.
 *
 * @example
 * ```ts
 * const os: NamedOperatingSystem = 'windows';
 * ```
 */
export type NamedOperatingSystem = OperatingSystemId | 'windows' | 'unknown';

/**
 * The Windows versions `osVersion` accepts with `os: 'windows'`. Windows XP and Vista are named by
 * their own system ids (`windows-xp`, `windows-vista`).
 *
 * @example
 * ```ts
 * const version: WindowsVersion = '8.1';
 * ```
 */
export type WindowsVersion = '7' | '8' | '8.1' | '10' | '11';

/**
 * Input of {@link checkBrowserByName}.
 *
 * @example
 * ```ts
 * const input: BrowserByNameInput = { browser: 'edge', os: 'windows', osVersion: '11' };
 * ```
 */
export interface BrowserByNameInput {
  readonly browser: NamedBrowser;
  readonly os: NamedOperatingSystem;
  /** Only with `os: 'windows'`: the version, when the patient knows it. */
  readonly osVersion?: WindowsVersion | undefined;
}

/**
 * The deep-frozen result of {@link checkBrowserByName}: the shape of `checkBrowserSupport`'s result
 * (without a browser version, which nobody named), plus the policy's minimum version for the browser
 * when it sets one, which staff have to ask about.
 *
 * @example
 * ```ts
 * const { status, reason, advice, downloadLinks } = checkBrowserByName({ browser: 'chrome', os: 'android' });
 * ```
 */
export interface BrowserByNameResult extends BrowserSupportResult {
  /** The policy's lowest accepted major version of the named browser, when it sets one. */
  readonly minimumVersion?: number;
}

export { NAMED_BROWSERS, NAMED_SYSTEMS, WINDOWS_VERSIONS } from './browser/named.js';

/**
 * The fields of {@link BrowserByNameInput} (internal: the rule reads its input with them).
 *
 * @example
 * ```ts
 * parseFields(browserByNameShape, { browser: 'chrome', os: 'android' }, 'ctx');
 * //=> { browser: 'chrome', os: 'android', osVersion: undefined }
 * ```
 */
export const browserByNameShape = {
  browser: oneOf(NAMED_BROWSERS),
  os: oneOf(NAMED_SYSTEMS),
  osVersion: optionalField(oneOf(WINDOWS_VERSIONS)),
};

const CONTEXT = 'checkBrowserByName';
const browserLocale = localeField('browser', enBrowser);

/** Display names of the policy systems, as `checkBrowserSupport` writes them. */
export const SYSTEM_NAMES: Partial<Record<NamedOperatingSystem, readonly [name: string, version?: string]>> =
  {
    'windows-xp': ['Windows', 'XP'],
    'windows-vista': ['Windows', 'Vista'],
    'windows-7': ['Windows', '7'],
    'windows-8': ['Windows', '8'],
    'windows-8.1': ['Windows', '8.1'],
    'windows-10': ['Windows', '10'],
    'windows-11': ['Windows', '11'],
    windows: ['Windows'],
    macos: ['macOS'],
    ios: ['iOS'],
    ipados: ['iPadOS'],
    android: ['Android'],
    chromeos: ['ChromeOS'],
    linux: ['Linux'],
  };

/**
 * Tells whether a browser the patient names, on a system they name, can use the Patient Portal: for
 * a phone call, where nobody has a user-agent string. The verdict comes from the same policy table
 * and the same code as {@link checkBrowserSupport}, with the same reason codes and advice, and is
 * fail-closed: an `unknown` browser is `unknown`, never `supported`; a Windows of unknown version is
 * `supported` only for a browser the policy allows on every Windows, `windows-version-unknown`
 * (`unknown`) for one it allows on some. Nobody names a version, so `minimumVersions` cannot be
 * checked: the result carries `minimumVersion` for staff to ask about.
 *
 * @param input - `browser`, `os`, and `osVersion` with `os: 'windows'` (`'7' | '8' | '8.1' | '10' | '11'`).
 * @param options - `policy` (default `defaultBrowserPolicy`) and `locale` (a locale object with a
 *   `browser` section; English by default), as for `checkBrowserSupport`.
 * @returns A deep-frozen {@link BrowserByNameResult}.
 * @throws {PortalHelpdeskError} `invalid-input` for a browser or system not in the lists, an
 *   `osVersion` without `os: 'windows'`, an unknown key (named, never its value) or bad options.
 *
 * @example
 * ```ts
 * checkBrowserByName({ browser: 'safari', os: 'windows', osVersion: '10' });
 * //=> { status: 'unsupported', reason: 'safari-requires-apple-os',
 * //     browser: { family: 'safari', name: 'Safari' }, os: { name: 'Windows', version: '10' },
 * //     downloadLinks: [{ browser: 'chrome', ... }, { browser: 'edge', ... }, { browser: 'firefox', ... }],
 * //     advice: 'Safari works with the Patient Portal only on Apple devices ...' }
 *
 * checkBrowserByName({ browser: 'unknown', os: 'ios' }).status;
 * //=> 'unknown'
 * ```
 */
export function checkBrowserByName(
  input: BrowserByNameInput,
  options?: CheckBrowserSupportOptions,
): BrowserByNameResult {
  const { browser, os } = readInput(input);
  const { policy, locale } = parseBrowserOptions(options, CONTEXT, browserLocale);
  const verdict = decideNamed(browser, os, policy);
  const { appName: _app, ...result } = verdict;
  const advice = adviceFor(verdict, wordsOf(locale, 'browser', enBrowser));
  const minimumVersion =
    browser === 'chrome' || browser === 'edge' || browser === 'firefox' || browser === 'safari'
      ? policy.minimumVersions?.[browser]
      : undefined;
  return deepFreeze(
    minimumVersion === undefined ? { ...result, advice } : { ...result, advice, minimumVersion },
  );
}

function readInput(input: unknown): { browser: NamedBrowser; os: DetectedOs } {
  const parsed = parseFields(browserByNameShape, input, `${CONTEXT}(input)`);
  const issues: PortalHelpdeskIssue[] = [];
  if (parsed.osVersion !== undefined && parsed.os !== 'windows') {
    issues.push({ path: ['osVersion'], message: "Expected osVersion only with os 'windows'" });
  }
  if (issues.length > 0) throw new PortalHelpdeskError('invalid-input', issues, `${CONTEXT}(input)`);
  const id = parsed.osVersion === undefined ? parsed.os : (`windows-${parsed.osVersion}` as const);
  const [name, version] = SYSTEM_NAMES[id] ?? [];
  const os: DetectedOs = {
    id,
    ...(name === undefined ? {} : { name }),
    ...(version === undefined ? {} : { version }),
  };
  return { browser: parsed.browser, os };
}
