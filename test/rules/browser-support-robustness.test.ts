import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/index.js';
import { PortalHelpdeskError } from '../../src/index.js';
import { es } from '../../src/locales/es/index.js';
import { matchTemplate } from '../../src/rules/browser/templates.js';
import {
  type BrowserPolicy,
  type BrowserSupportInput,
  checkBrowserSupport,
  checkStaffBrowser,
  defaultBrowserPolicy,
} from '../../src/rules/index.js';
import { userAgentFixtures } from '../../src/testing/fixtures/user-agents.js';
import { thrown } from '../helpers/thrown.js';

const CHROME_WIN =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const SUPPORTED = userAgentFixtures.filter((fixture) => fixture.expected.status === 'supported');
const supportedAgent = fc.constantFrom(...SUPPORTED.map((fixture) => fixture.userAgent));
const SECRET = 'Jane-Doe-1980-555-0100';

/** Positions of the spaces between tokens (never inside a parenthesis). */
function tokenBoundaries(ua: string): number[] {
  const positions: number[] = [];
  let depth = 0;
  for (let i = 0; i < ua.length; i += 1) {
    if (ua[i] === '(') depth += 1;
    else if (ua[i] === ')') depth -= 1;
    else if (ua[i] === ' ' && depth === 0) positions.push(i);
  }
  return positions;
}

describe('checkBrowserSupport: fail closed under mutation (property)', () => {
  const productToken = fc
    .tuple(fc.stringMatching(/^X[a-z]{2,8}$/), fc.stringMatching(/^\d{1,3}(\.\d{1,3}){0,2}$/))
    .map(([name, version]) => `${name}/${version}`);

  it('a supported user agent with one more product token is never supported', () => {
    fc.assert(
      fc.property(supportedAgent, productToken, fc.nat(), (ua, token, pick) => {
        const boundaries = [...tokenBoundaries(ua), ua.length];
        const at = boundaries[pick % boundaries.length] ?? ua.length;
        const mutated = `${ua.slice(0, at)} ${token}${ua.slice(at)}`;
        expect(checkBrowserSupport(mutated).status).not.toBe('supported');
      }),
    );
  });

  it('a supported user agent without its Safari token, or with junk appended, is never supported', () => {
    fc.assert(
      fc.property(supportedAgent, fc.string({ minLength: 1, maxLength: 12 }), (ua, junk) => {
        const withoutSafari = ua.replace(/ (?:Mobile )?Safari\/[\d.]+/, '');
        if (withoutSafari !== ua) expect(checkBrowserSupport(withoutSafari).status).not.toBe('supported');
        expect(checkBrowserSupport(`${ua} ${junk}`).status).not.toBe('supported');
        expect(checkBrowserSupport(`${ua}${junk}`).status === 'supported').toBe(
          matchTemplate(`${ua}${junk}`) !== undefined,
        );
      }),
    );
  });

  it('any single-character change is supported only if the result is still a whitelisted shape', () => {
    fc.assert(
      fc.property(supportedAgent, fc.nat(), fc.string({ maxLength: 3 }), (ua, pick, replacement) => {
        const at = pick % ua.length;
        const mutated = ua.slice(0, at) + replacement + ua.slice(at + 1);
        const result = checkBrowserSupport(mutated);
        if (result.status === 'supported') {
          expect(matchTemplate(mutated)?.template.family).toBe(result.browser.family);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('checkBrowserSupport: input validation', () => {
  it('property: arbitrary values never throw anything but invalid-input, and strings never throw', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        try {
          const result = checkBrowserSupport(value as BrowserSupportInput);
          expect(['supported', 'unsupported', 'unknown']).toContain(result.status);
        } catch (error) {
          expect(error).toBeInstanceOf(PortalHelpdeskError);
          expect((error as PortalHelpdeskError).code).toBe('invalid-input');
        }
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (value) => {
        expect(checkBrowserSupport(value).status).not.toBe('supported');
      }),
    );
  });

  it('property: arbitrary client hints never throw anything but invalid-input', () => {
    const hints = fc.record(
      {
        platform: fc.anything(),
        platformVersion: fc.anything(),
        brands: fc.anything(),
        mobile: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(hints, (clientHints) => {
        try {
          checkBrowserSupport({ userAgent: CHROME_WIN, clientHints } as BrowserSupportInput);
        } catch (error) {
          expect((error as PortalHelpdeskError).code).toBe('invalid-input');
        }
      }),
    );
  });

  it('takes what getHighEntropyValues returns as it is: the fields it does not read are ignored', () => {
    // Chrome 131 on Windows 11, asked for more hints than the rule reads (docs/rules-browser.md).
    const clientHints = {
      architecture: 'x86',
      bitness: '64',
      brands: [
        { brand: 'Chromium', version: '131' },
        { brand: 'Google Chrome', version: '131' },
        { brand: 'Not_A Brand', version: '99' },
      ],
      formFactors: ['Desktop'],
      fullVersionList: [{ brand: 'Google Chrome', version: '131.0.6778.86' }],
      mobile: false,
      model: '',
      platform: 'Windows',
      platformVersion: '19.0.0',
      uaFullVersion: '131.0.6778.86',
      wow64: false,
    };
    const input = { userAgent: CHROME_WIN, clientHints } as BrowserSupportInput;
    expect(checkBrowserSupport(input)).toMatchObject({
      status: 'supported',
      os: { name: 'Windows', version: '11' },
    });
    expect(checkStaffBrowser(input).status).toBe('supported');
    // The fields it reads are still checked.
    expect(
      thrown(() =>
        checkBrowserSupport({
          userAgent: CHROME_WIN,
          clientHints: { ...clientHints, mobile: 'no' },
        } as unknown as BrowserSupportInput),
      ).issues,
    ).toEqual([{ path: ['clientHints', 'mobile'], message: 'Expected boolean' }]);
  });

  it('rejects wrong types and shapes with a value-free error that names the field', () => {
    expect(thrown(() => checkBrowserSupport(42 as unknown as string)).message).toContain(
      'checkBrowserSupport(input)',
    );
    const error = thrown(() =>
      checkBrowserSupport({
        userAgent: CHROME_WIN,
        clientHints: { platform: 7 },
      } as unknown as BrowserSupportInput),
    );
    expect(error.issues[0]?.path).toEqual(['clientHints', 'platform']);
    expect(thrown(() => checkBrowserSupport(null as unknown as string)).code).toBe('invalid-input');
    expect(
      thrown(() => checkBrowserSupport(CHROME_WIN, { locale: 'fr' as unknown as Locale })).issues[0]?.path,
    ).toEqual(['locale']);
  });

  it('never repeats the input in an error message', () => {
    const cases: (() => unknown)[] = [
      () =>
        checkBrowserSupport({
          userAgent: 12,
          clientHints: { platform: SECRET },
        } as unknown as BrowserSupportInput),
      () => checkBrowserSupport({ userAgent: SECRET, clientHints: { platform: SECRET.repeat(20) } }),
      () => checkBrowserSupport(SECRET, { locale: SECRET as unknown as Locale }),
      () => checkBrowserSupport(SECRET, { policy: { operatingSystems: SECRET } as unknown as BrowserPolicy }),
      () => checkBrowserSupport([SECRET] as unknown as string),
    ];
    for (const run of cases) {
      const error = thrown(run);
      expect(error.message).not.toContain(SECRET);
      expect(JSON.stringify(error.issues)).not.toContain(SECRET);
    }
  });

  it('answers a 1 MB user agent at once, without parsing it', () => {
    const huge = `Mozilla/5.0 (${'a'.repeat(1_000_000)}`;
    const started = performance.now();
    const result = checkBrowserSupport(huge);
    expect(performance.now() - started).toBeLessThan(50);
    expect(result).toMatchObject({ status: 'unknown', reason: 'user-agent-too-long' });
    expect(checkBrowserSupport(CHROME_WIN.padEnd(2048, ' ')).reason).not.toBe('user-agent-too-long');
    expect(checkBrowserSupport(CHROME_WIN.padEnd(2049, ' ')).reason).toBe('user-agent-too-long');
  });

  it('stays fast on adversarial strings up to the length cap', () => {
    const fills = ['a', ' ', '(a)', '; ', '1.', 'Safari/537.36 ', 'bot', 'Mozilla/5.0 ('];
    const started = performance.now();
    for (const fill of fills)
      checkBrowserSupport(`Mozilla/5.0 (Linux; Android 10; ${fill.repeat(2000)}`.slice(0, 2048));
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('checkBrowserSupport: policy and result', () => {
  it('applies minimum versions and custom systems from a policy', () => {
    const strict: BrowserPolicy = { ...defaultBrowserPolicy, minimumVersions: { chrome: 132 } };
    expect(checkBrowserSupport(CHROME_WIN, { policy: strict })).toMatchObject({
      status: 'unsupported',
      reason: 'outdated-browser',
    });
    const noLinuxChrome: BrowserPolicy = {
      operatingSystems: {
        ...defaultBrowserPolicy.operatingSystems,
        chrome: ['windows-10', 'windows-11', 'macos'],
      },
    };
    const linux = CHROME_WIN.replace('Windows NT 10.0; Win64; x64', 'X11; Linux x86_64');
    expect(checkBrowserSupport(linux, { policy: noLinuxChrome }).reason).toBe('browser-not-allowed-on-os');
  });

  it('rejects an invalid policy with the path of the bad field', () => {
    const bad = { operatingSystems: { ...defaultBrowserPolicy.operatingSystems, edge: ['windows-12'] } };
    const error = thrown(() => checkBrowserSupport(CHROME_WIN, { policy: bad as unknown as BrowserPolicy }));
    expect(error.message).toContain('checkBrowserSupport(options.policy)');
    expect(error.issues[0]?.path).toEqual(['operatingSystems', 'edge']);
  });

  it('returns deep-frozen results and a frozen default policy', () => {
    const result = checkBrowserSupport(
      'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko',
    );
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.downloadLinks[0])).toBe(true);
    expect(Object.isFrozen(result.browser)).toBe(true);
    expect(Object.isFrozen(defaultBrowserPolicy.operatingSystems.edge)).toBe(true);
  });

  it('writes advice in English by default and in Spanish on request, for every fixture', () => {
    for (const { userAgent } of userAgentFixtures) {
      const en = checkBrowserSupport(userAgent).advice;
      const spanish = checkBrowserSupport(userAgent, { locale: es }).advice;
      expect(en.length).toBeGreaterThan(20);
      expect(spanish).not.toBe(en);
    }
    expect(checkBrowserSupport(CHROME_WIN, { locale: es }).advice).toContain('portal del paciente');
    const instagram = userAgentFixtures.find((fixture) => fixture.id === 'instagram-ios');
    expect(checkBrowserSupport(instagram?.userAgent ?? '').advice).toContain('Instagram');
    expect(checkBrowserSupport('Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1)').advice).toContain(
      'Google Chrome, Microsoft Edge or Mozilla Firefox',
    );
    expect(
      checkBrowserSupport('Mozilla/4.0 (compatible; MSIE 6.0; Windows NT 5.1)', { locale: es }).advice,
    ).toContain('Google Chrome o Mozilla Firefox');
  });
});

describe('checkBrowserSupport: free-text Android models (property)', () => {
  const chromeWithModel = (model: string) =>
    `Mozilla/5.0 (Linux; Android 14; ${model}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36`;
  const anyCase = (text: string, flips: readonly boolean[]) =>
    [...text].map((char, i) => (flips[i % flips.length] ? char.toUpperCase() : char.toLowerCase())).join('');
  // Model-like words that cannot spell a TV token, a bot, an app or "wv" by chance ("G991B").
  const word = fc.stringMatching(/^[A-Z][0-9]{2,4}[A-Z]?$/);

  it('a model with a TV, box or console token, in any letter case, is refused as a TV', () => {
    const token = fc.constantFrom(
      'smart-tv',
      'SmartTV',
      'smart_tv',
      'MiTV',
      'AQUOS-TV',
      'ATV',
      'Console',
      'SHIELD',
      'Box',
    );
    fc.assert(
      fc.property(
        word,
        token,
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        word,
        (before, tv, flips, after) => {
          const model = `${before} ${anyCase(tv, flips)} ${after}`;
          expect(checkBrowserSupport(chromeWithModel(model)).reason).toBe('tv-console-or-car-browser');
        },
      ),
    );
  });

  it('a model with a product token ("Name/1.0") is never supported; "Build/..." is', () => {
    const name = fc.stringMatching(/^[A-Za-z]{2,12}$/).filter((text) => text !== 'Build');
    const version = fc.stringMatching(/^\d{1,3}(\.\d{1,3}){0,2}$/);
    fc.assert(
      fc.property(word, name, version, (model, product, v) => {
        expect(checkBrowserSupport(chromeWithModel(`${model} ${product}/${v}`)).status).not.toBe('supported');
        const real = checkBrowserSupport(chromeWithModel(`SM-${model} Build/${v}`));
        if (real.status !== 'supported') expect(real.reason).toBe('tv-console-or-car-browser');
      }),
    );
  });

  it('Firefox for Android with a device model of letters, digits and dashes is supported', () => {
    // No T, V, X or O: those could spell a TV or box token, which is refused on purpose.
    const model = fc.stringMatching(/^[A-HJ-NP-SU-WYZ]{1,3}-[A-HJ-NP-SU-WYZ]?\d{3,4}[A-HJ-NP-SU-WYZ]?$/);
    fc.assert(
      fc.property(
        fc.constantFrom('Lenovo', 'LG', 'moto', 'Nokia'),
        model,
        fc.constantFrom('Mobile', 'Tablet'),
        (maker, m, kind) => {
          const ua = `Mozilla/5.0 (Android 14; ${kind}; ${maker} ${m}; rv:131.0) Gecko/131.0 Firefox/131.0`;
          expect(checkBrowserSupport(ua)).toMatchObject({
            status: 'supported',
            browser: { family: 'firefox' },
          });
        },
      ),
    );
  });
});
