import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { es } from '../../src/locales/es/index.js';
import {
  type BrowserByNameInput,
  type BrowserPolicy,
  type BrowserSupportReason,
  type BrowserSupportStatus,
  checkBrowserByName,
  checkBrowserSupport,
  defaultBrowserPolicy,
  type NamedBrowser,
  type NamedOperatingSystem,
  type OperatingSystemId,
  operatingSystemIds,
  type PolicyBrowser,
} from '../../src/rules/index.js';
import { userAgentFixtures } from '../../src/testing/fixtures/user-agents.js';
import { thrown } from '../helpers/thrown.js';

const BROWSERS: NamedBrowser[] = [
  'chrome',
  'edge',
  'firefox',
  'safari',
  'internet-explorer',
  'other',
  'unknown',
];
const SYSTEMS: NamedOperatingSystem[] = [...operatingSystemIds, 'windows', 'unknown'];
const WINDOWS: OperatingSystemId[] = operatingSystemIds.filter((id) => id.startsWith('windows-'));
const REFUSED: Record<PolicyBrowser, BrowserSupportReason> = {
  chrome: 'browser-not-allowed-on-os',
  edge: 'edge-requires-windows',
  firefox: 'browser-not-allowed-on-os',
  safari: 'safari-requires-apple-os',
};

function fixture(id: string): string {
  const found = userAgentFixtures.find((entry) => entry.id === id);
  if (found === undefined) throw new Error(`no fixture ${id}`);
  return found.userAgent;
}

/**
 * Each named browser on each system for which `src/testing/fixtures` has a real user agent. Both
 * Windows 10 and 11 take the `Windows NT 10.0` string (the same under the default policy).
 */
const TABLE: [NamedBrowser, NamedOperatingSystem, string][] = [
  ['chrome', 'windows-xp', 'chrome-windows-xp'],
  ['chrome', 'windows-vista', 'chrome-windows-vista'],
  ['chrome', 'windows-7', 'chrome-windows-7'],
  ['chrome', 'windows-8', 'chrome-windows-8'],
  ['chrome', 'windows-8.1', 'chrome-windows-8-1'],
  ['chrome', 'windows-10', 'chrome-windows-10'],
  ['chrome', 'windows-11', 'chrome-windows-10'],
  ['chrome', 'macos', 'chrome-macos'],
  ['chrome', 'ios', 'chrome-ios-iphone'],
  ['chrome', 'ipados', 'chrome-ios-ipad'],
  ['chrome', 'android', 'chrome-android-pixel'],
  ['chrome', 'chromeos', 'chrome-chromeos'],
  ['chrome', 'linux', 'chrome-linux'],
  ['edge', 'windows-xp', 'edge-windows-xp'],
  ['edge', 'windows-vista', 'edge-windows-vista'],
  ['edge', 'windows-7', 'edge-windows-7'],
  ['edge', 'windows-8', 'edge-windows-8'],
  ['edge', 'windows-8.1', 'edge-windows-8-1'],
  ['edge', 'windows-10', 'edge-windows-10'],
  ['edge', 'windows-11', 'edge-windows-10'],
  ['edge', 'macos', 'edge-macos'],
  ['edge', 'ios', 'edge-ios'],
  ['edge', 'ipados', 'edge-ipad'],
  ['edge', 'android', 'edge-android'],
  ['edge', 'linux', 'edge-linux'],
  ['edge', 'other', 'edge-windows-phone'],
  ['firefox', 'windows-xp', 'firefox-windows-xp'],
  ['firefox', 'windows-7', 'firefox-windows-7-32-bit'],
  ['firefox', 'windows-8.1', 'firefox-windows-8-1-wow64'],
  ['firefox', 'windows-10', 'firefox-windows-10'],
  ['firefox', 'windows-11', 'firefox-windows-10'],
  ['firefox', 'macos', 'firefox-macos'],
  ['firefox', 'ios', 'firefox-ios-iphone'],
  ['firefox', 'ipados', 'firefox-ios-ipad'],
  ['firefox', 'android', 'firefox-android'],
  ['firefox', 'linux', 'firefox-linux'],
  ['firefox', 'other', 'firefox-freebsd'],
  ['safari', 'windows-7', 'safari-windows'],
  ['safari', 'windows-10', 'safari-like-windows-10'],
  ['safari', 'windows-11', 'safari-like-windows-10'],
  ['safari', 'linux', 'safari-like-linux'],
  ['safari', 'macos', 'safari-macos'],
  ['safari', 'ios', 'safari-iphone'],
  ['safari', 'ipados', 'safari-ipad'],
  ['internet-explorer', 'windows-xp', 'ie-6'],
  ['internet-explorer', 'windows-vista', 'ie-7'],
  ['internet-explorer', 'windows-7', 'ie-8'],
  ['internet-explorer', 'windows-8', 'ie-10'],
  ['internet-explorer', 'windows-8.1', 'ie-11-touch'],
  ['internet-explorer', 'windows-10', 'ie-11-windows-10'],
  ['internet-explorer', 'other', 'ie-mobile'],
  ['other', 'windows-7', 'opera-presto'],
  ['other', 'windows-10', 'opera-windows'],
  ['other', 'macos', 'duckduckgo-macos'],
  ['other', 'ios', 'duckduckgo-ios'],
  ['other', 'android', 'opera-android'],
  ['other', 'linux', 'konqueror'],
  ['other', 'other', 'kaios'],
  ['other', 'unknown', 'lynx'],
  ['unknown', 'windows-10', 'platform-only'],
  ['unknown', 'unknown', 'word-mozilla'],
];

/** The policy table's answer, written from the policy data alone. */
function expected(
  browser: NamedBrowser,
  os: OperatingSystemId | 'windows' | 'unknown',
  policy: BrowserPolicy = defaultBrowserPolicy,
): { status: BrowserSupportStatus; reason: BrowserSupportReason } {
  if (browser === 'unknown') return { status: 'unknown', reason: 'unrecognised-user-agent' };
  if (browser === 'internet-explorer') return { status: 'unsupported', reason: 'internet-explorer' };
  if (browser === 'other') return { status: 'unsupported', reason: 'other-browser' };
  const rule = policy.operatingSystems[browser];
  const allowed = (id: OperatingSystemId | 'unknown') =>
    rule === 'any' || (id !== 'unknown' && rule.includes(id));
  const candidates = os === 'windows' ? WINDOWS : [os];
  const count = candidates.filter(allowed).length;
  if (count === candidates.length) return { status: 'supported', reason: 'supported-browser' };
  if (count > 0) return { status: 'unknown', reason: 'windows-version-unknown' };
  return { status: 'unsupported', reason: REFUSED[browser] };
}

const verdict = ({ status, reason }: { status: BrowserSupportStatus; reason: BrowserSupportReason }) => ({
  status,
  reason,
});

describe('checkBrowserByName against checkBrowserSupport', () => {
  it.each(TABLE)('%s on %s: as the user agent %s', (browser, os, id) => {
    const byName = checkBrowserByName({ browser, os });
    const byAgent = checkBrowserSupport(fixture(id));
    expect(verdict(byName)).toEqual(verdict(byAgent));
    expect(byName.downloadLinks).toEqual(byAgent.downloadLinks);
    expect(byName.advice).toBe(byAgent.advice);
    expect(byName.browser.family).toBe(byAgent.browser.family === 'none' ? 'none' : byAgent.browser.family);
  });

  it('covers every named browser and, for the four, every system with a fixture', () => {
    expect(new Set(TABLE.map(([browser]) => browser))).toEqual(new Set(BROWSERS));
    for (const os of ['windows-10', 'macos', 'ios', 'android', 'linux'] as const) {
      for (const browser of ['chrome', 'edge', 'firefox', 'safari', 'internet-explorer', 'other'] as const) {
        if (browser === 'safari' && os === 'android') continue; // Safari does not run there
        if (browser === 'internet-explorer' && os !== 'windows-10') continue;
        expect(
          TABLE.some(([b, o]) => b === browser && o === os),
          `${browser} on ${os}`,
        ).toBe(true);
      }
    }
  });

  it.each(BROWSERS)('%s: on every system, the policy table decides', (browser) => {
    for (const os of SYSTEMS) {
      const result = checkBrowserByName({ browser, os });
      expect(verdict(result), `${browser} on ${os}`).toEqual(expected(browser, os));
      if (result.status === 'supported') expect(result.downloadLinks).toEqual([]);
      else expect(result.downloadLinks.length).toBeGreaterThan(0);
    }
  });
});

describe('checkBrowserByName: Windows versions', () => {
  it('maps osVersion onto the policy system ids', () => {
    for (const version of ['7', '8', '8.1', '10', '11'] as const) {
      for (const browser of BROWSERS) {
        const named = checkBrowserByName({ browser, os: 'windows', osVersion: version });
        const byId = checkBrowserByName({ browser, os: `windows-${version}` });
        expect(named).toEqual(byId);
        expect(named.os).toEqual({ name: 'Windows', version });
      }
    }
  });

  it('without a version: supported only where every Windows is allowed, else unknown', () => {
    expect(verdict(checkBrowserByName({ browser: 'chrome', os: 'windows' }))).toEqual({
      status: 'supported',
      reason: 'supported-browser',
    });
    // Edge runs on Windows 7 to 11 but not XP or Vista: the version decides, so nobody can say yet.
    const edge = checkBrowserByName({ browser: 'edge', os: 'windows' });
    expect(verdict(edge)).toEqual({ status: 'unknown', reason: 'windows-version-unknown' });
    expect(edge.os).toEqual({ name: 'Windows' });
    expect(edge.advice).toContain('which version of Windows');
    expect(verdict(checkBrowserByName({ browser: 'safari', os: 'windows' }))).toEqual({
      status: 'unsupported',
      reason: 'safari-requires-apple-os',
    });
  });
});

describe('checkBrowserByName: options', () => {
  it('applies a custom policy and surfaces its minimum version', () => {
    const policy: BrowserPolicy = {
      operatingSystems: { ...defaultBrowserPolicy.operatingSystems, edge: ['macos'], chrome: ['windows-11'] },
      minimumVersions: { edge: 120 },
    };
    const edge = checkBrowserByName({ browser: 'edge', os: 'macos' }, { policy });
    expect(verdict(edge)).toEqual({ status: 'supported', reason: 'supported-browser' });
    expect(edge.minimumVersion).toBe(120);
    expect(checkBrowserByName({ browser: 'chrome', os: 'windows-11' }, { policy })).not.toHaveProperty(
      'minimumVersion',
    );
    expect(verdict(checkBrowserByName({ browser: 'chrome', os: 'windows-10' }, { policy }))).toEqual({
      status: 'unsupported',
      reason: 'browser-not-allowed-on-os',
    });
  });

  it('speaks the locale it is given, and refuses a language code', () => {
    const spanish = checkBrowserByName({ browser: 'internet-explorer', os: 'windows-7' }, { locale: es });
    expect(spanish.advice).toBe(checkBrowserSupport(fixture('ie-8'), { locale: es }).advice);
    expect(
      thrown(() => checkBrowserByName({ browser: 'chrome', os: 'macos' }, { locale: 'es' } as never))
        .issues[0]?.path,
    ).toEqual(['locale']);
  });

  it('returns deep-frozen results', () => {
    const result = checkBrowserByName({ browser: 'safari', os: 'windows-7' });
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.downloadLinks[0])).toBe(true);
  });
});

describe('checkBrowserByName: invalid input', () => {
  const SECRET = 'Jane-Doe-555-0100';
  const cases: [string, unknown, (string | number)[]][] = [
    ['a browser not in the list', { browser: 'opera', os: 'macos' }, ['browser']],
    ['a browser in capitals', { browser: 'Chrome', os: 'macos' }, ['browser']],
    ['a system not in the list', { browser: 'chrome', os: 'mac' }, ['os']],
    ['a missing system', { browser: 'chrome' }, ['os']],
    ['XP as a version', { browser: 'edge', os: 'windows', osVersion: 'XP' }, ['osVersion']],
    ['a numeric version', { browser: 'edge', os: 'windows', osVersion: 10 }, ['osVersion']],
    ['a version with a versioned id', { browser: 'edge', os: 'windows-10', osVersion: '10' }, ['osVersion']],
    ['a version with macOS', { browser: 'safari', os: 'macos', osVersion: '11' }, ['osVersion']],
    ['an unknown key', { browser: 'chrome', os: 'macos', userAgent: SECRET }, ['userAgent']],
    ['a secret as the browser', { browser: SECRET, os: 'macos' }, ['browser']],
    ['a huge string', { browser: 'x'.repeat(1_000_000), os: 'macos' }, ['browser']],
  ];

  it.each(cases)('rejects %s, naming the field and never the value', (_, input, path) => {
    const error = thrown(() => checkBrowserByName(input as BrowserByNameInput));
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => issue.path)).toContainEqual(path);
    expect(error.message).not.toContain(SECRET);
    expect(error.message.length).toBeLessThan(300);
  });

  it('rejects what is not an object', () => {
    for (const input of [null, 'chrome', 42, ['chrome', 'macos']]) {
      expect(thrown(() => checkBrowserByName(input as never)).issues[0]?.path).toEqual([]);
    }
  });

  it('names at most five unknown keys, counts the rest, and names no long one', () => {
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, index) => [`extra${index}`, 1]));
    const issues = thrown(() =>
      checkBrowserByName({ browser: 'chrome', os: 'macos', ...many } as never),
    ).issues;
    expect(issues).toHaveLength(6);
    expect(issues.slice(0, 5).map((issue) => issue.path)).toEqual([
      ['extra0'],
      ['extra1'],
      ['extra2'],
      ['extra3'],
      ['extra4'],
    ]);
    expect(issues[5]).toEqual({ path: [], message: '45 more unknown fields' });
    const long = `${SECRET}${'x'.repeat(40)}`;
    const error = thrown(() => checkBrowserByName({ browser: 'chrome', os: 'macos', [long]: 1 } as never));
    expect(error.message).not.toContain(SECRET);
    expect(error.issues[0]?.path).toEqual([]);
  });
});

describe('checkBrowserByName: properties', () => {
  const rule = fc.oneof(fc.constant('any' as const), fc.subarray([...operatingSystemIds]));
  const policy = fc.record({
    operatingSystems: fc.record({ chrome: rule, edge: rule, firefox: rule, safari: rule }),
  });

  it('for any policy, browser and system: the policy table, and unknown is never supported', () => {
    fc.assert(
      fc.property(
        policy,
        fc.constantFrom(...BROWSERS),
        fc.constantFrom(...SYSTEMS),
        (custom, browser, os) => {
          const result = checkBrowserByName({ browser, os }, { policy: custom });
          expect(verdict(result)).toEqual(expected(browser, os, custom));
          if (browser === 'unknown') expect(result.status).toBe('unknown');
          // Links only to browsers the policy allows on every system the patient's may be.
          for (const link of result.downloadLinks) {
            expect(expected(link.browser, os, custom).status).toBe('supported');
          }
        },
      ),
    );
  });
});
