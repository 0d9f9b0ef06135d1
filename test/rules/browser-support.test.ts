import { describe, expect, it } from 'vitest';
import { en } from '../../src/locales/en/index.js';
import { es as esLocale } from '../../src/locales/es/index.js';
import {
  type BrowserPolicy,
  type BrowserSupportInput,
  checkBrowserSupport,
  checkStaffBrowser,
  defaultBrowserPolicy,
} from '../../src/rules/index.js';
import { userAgentFixtures } from '../../src/testing/fixtures/user-agents.js';

const BLINK = 'AppleWebKit/537.36 (KHTML, like Gecko)';
const WEBKIT = 'AppleWebKit/605.1.15 (KHTML, like Gecko)';
const CHROME_WIN = `Mozilla/5.0 (Windows NT 10.0; Win64; x64) ${BLINK} Chrome/131.0.0.0 Safari/537.36`;
const EDGE_WIN = `${CHROME_WIN} Edg/131.0.0.0`;
const FIREFOX_WIN = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const IE11 = 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko';

/** One platform comment per system of the policy, as Chromium (and Safari, for Apple) send it. */
const CHROMIUM_PLATFORMS = {
  'windows-xp': 'Windows NT 5.1',
  'windows-vista': 'Windows NT 6.0',
  'windows-7': 'Windows NT 6.1; Win64; x64',
  'windows-8': 'Windows NT 6.2; Win64; x64',
  'windows-8.1': 'Windows NT 6.3; Win64; x64',
  'windows-10/11': 'Windows NT 10.0; Win64; x64',
  macos: 'Macintosh; Intel Mac OS X 10_15_7',
  linux: 'X11; Linux x86_64',
  chromeos: 'X11; CrOS x86_64 14541.0.0',
  android: 'Linux; Android 14; K',
} as const;
type Platform = keyof typeof CHROMIUM_PLATFORMS;
const ALL: Platform[] = Object.keys(CHROMIUM_PLATFORMS) as Platform[];
const EDGE_OK: Platform[] = ['windows-7', 'windows-8', 'windows-8.1', 'windows-10/11'];

const chromeOn = (p: Platform) => {
  const mobile = p === 'android' ? ' Mobile' : '';
  return `Mozilla/5.0 (${CHROMIUM_PLATFORMS[p]}) ${BLINK} Chrome/131.0.0.0${mobile} Safari/537.36`;
};
const edgeOn = (p: Platform) => `${chromeOn(p)} ${p === 'android' ? 'EdgA' : 'Edg'}/131.0.2903.86`;
const iosOn = (device: 'iPhone' | 'iPad', product: string) =>
  `Mozilla/5.0 (${device === 'iPhone' ? 'iPhone; CPU iPhone OS' : 'iPad; CPU OS'} 17_2 like Mac OS X) ${WEBKIT} ${product} Mobile/15E148 Safari/604.1`;

const links = (input: BrowserSupportInput, policy?: BrowserPolicy) =>
  checkBrowserSupport(input, policy ? { policy } : {}).downloadLinks.map((link) => link.browser);

describe('checkBrowserSupport: the user-agent fixtures', () => {
  it('has at least 150 fixtures with unique ids', () => {
    expect(userAgentFixtures.length).toBeGreaterThanOrEqual(150);
    expect(new Set(userAgentFixtures.map((fixture) => fixture.id)).size).toBe(userAgentFixtures.length);
  });

  it.each(userAgentFixtures.map((fixture) => [fixture.id, fixture] as const))('%s', (_, fixture) => {
    const result = checkBrowserSupport(fixture.userAgent);
    expect({ status: result.status, reason: result.reason, family: result.browser.family }).toEqual({
      status: fixture.expected.status,
      reason: fixture.expected.reason,
      family: fixture.expected.family,
    });
    expect(result.os.name).toBe(fixture.expected.osName);
  });
});

describe('checkBrowserSupport: every browser/system pair of the default policy', () => {
  it.each(ALL)('Chrome on %s is supported', (platform) => {
    expect(checkBrowserSupport(chromeOn(platform)).status).toBe('supported');
  });

  it.each(ALL)('Edge on %s follows the Windows 7-11 rule', (platform) => {
    const result = checkBrowserSupport(edgeOn(platform));
    expect(result.browser.family).toBe('edge');
    expect(result.reason).toBe(EDGE_OK.includes(platform) ? 'supported-browser' : 'edge-requires-windows');
  });

  it('Chrome, Firefox and Safari on iOS and iPadOS are supported; Edge there is not', () => {
    for (const device of ['iPhone', 'iPad'] as const) {
      expect(checkBrowserSupport(iosOn(device, 'CriOS/131.0.6778.73')).status).toBe('supported');
      expect(checkBrowserSupport(iosOn(device, 'FxiOS/133.0')).status).toBe('supported');
      expect(checkBrowserSupport(iosOn(device, 'Version/17.2')).status).toBe('supported');
      expect(checkBrowserSupport(iosOn(device, 'Version/17.0 EdgiOS/131.2903.68')).reason).toBe(
        'edge-requires-windows',
      );
    }
    expect(checkBrowserSupport(iosOn('iPad', 'Version/17.2')).os).toEqual({
      name: 'iPadOS',
      version: '17.2',
    });
  });

  it('Firefox is supported on every desktop and on Android', () => {
    for (const platform of [
      'Windows NT 5.1',
      'Windows NT 10.0; Win64; x64',
      'Macintosh; Intel Mac OS X 10.15',
      'X11; Linux x86_64',
    ]) {
      expect(
        checkBrowserSupport(`Mozilla/5.0 (${platform}; rv:133.0) Gecko/20100101 Firefox/133.0`).status,
      ).toBe('supported');
    }
    expect(
      checkBrowserSupport('Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0').status,
    ).toBe('supported');
  });

  it('Safari is supported on macOS and refused on Windows and Linux', () => {
    const safari = (platform: string) => `Mozilla/5.0 (${platform}) ${WEBKIT} Version/17.2 Safari/605.1.15`;
    expect(checkBrowserSupport(safari(CHROMIUM_PLATFORMS.macos)).status).toBe('supported');
    expect(checkBrowserSupport(safari(CHROMIUM_PLATFORMS['windows-10/11'])).reason).toBe(
      'safari-requires-apple-os',
    );
    expect(checkBrowserSupport(safari(CHROMIUM_PLATFORMS.linux)).reason).toBe('safari-requires-apple-os');
  });

  it('Internet Explorer is never supported, whatever the policy', () => {
    const everything: BrowserPolicy = {
      operatingSystems: { chrome: 'any', edge: 'any', firefox: 'any', safari: 'any' },
    };
    expect(checkBrowserSupport(IE11, { policy: everything })).toMatchObject({
      status: 'unsupported',
      reason: 'internet-explorer',
      browser: { family: 'ie', name: 'Internet Explorer', version: '11.0' },
    });
  });

  it('reports Windows 10 and 11 as "10/11" without client hints and never fails them', () => {
    for (const ua of [CHROME_WIN, EDGE_WIN, FIREFOX_WIN]) {
      const result = checkBrowserSupport(ua);
      expect(result.status).toBe('supported');
      expect(result.os).toEqual({ name: 'Windows', version: '10/11' });
    }
  });
});

describe('checkBrowserSupport: client hints', () => {
  const onWindows = (platformVersion: string) => ({
    userAgent: EDGE_WIN,
    clientHints: { platform: 'Windows', platformVersion },
  });
  const only11: BrowserPolicy = {
    ...defaultBrowserPolicy,
    operatingSystems: { ...defaultBrowserPolicy.operatingSystems, edge: ['windows-11'] },
  };

  it('tells Windows 11 (platformVersion 13 and up) from Windows 10 (1 to 12)', () => {
    expect(checkBrowserSupport(onWindows('15.0.0')).os).toEqual({ name: 'Windows', version: '11' });
    expect(checkBrowserSupport(onWindows('13.0.0')).os.version).toBe('11');
    expect(checkBrowserSupport(onWindows('10.0.0')).os.version).toBe('10');
    expect(checkBrowserSupport(onWindows('1.0.0')).os.version).toBe('10');
    expect(
      checkBrowserSupport({ userAgent: EDGE_WIN, clientHints: { platformVersion: '14.0.0' } }).os.version,
    ).toBe('11');
  });

  it('ignores a platformVersion it cannot read or that contradicts NT 10.0', () => {
    for (const version of ['0.3.0', 'abc', '', '15.x']) {
      expect(checkBrowserSupport(onWindows(version)).os.version).toBe('10/11');
    }
  });

  it('decides a policy that splits Windows 10 and 11 only with hints', () => {
    expect(checkBrowserSupport(EDGE_WIN, { policy: only11 })).toMatchObject({
      status: 'unknown',
      reason: 'windows-version-unknown',
    });
    expect(checkBrowserSupport(onWindows('15.0.0'), { policy: only11 }).status).toBe('supported');
    expect(checkBrowserSupport(onWindows('10.0.0'), { policy: only11 }).reason).toBe('edge-requires-windows');
    expect(links(EDGE_WIN, only11)).toEqual(['chrome', 'firefox']);
  });

  it('lets brands take a verdict away, never give one', () => {
    const brands = (...names: string[]) => ({
      userAgent: CHROME_WIN,
      clientHints: { platform: 'Windows', brands: names.map((brand) => ({ brand, version: '131' })) },
    });
    expect(checkBrowserSupport(brands('Not_A Brand', 'Chromium', 'Google Chrome')).status).toBe('supported');
    expect(checkBrowserSupport(brands(' Not A;Brand', 'Chromium', 'Brave'))).toMatchObject({
      status: 'unsupported',
      reason: 'other-browser',
      browser: { family: 'other', name: 'Brave' },
    });
    expect(checkBrowserSupport(brands('Chromium', 'Not/A)Brand')).browser.name).toBe('Chromium');
    expect(
      checkBrowserSupport({ ...brands('Microsoft Edge WebView2', 'Microsoft Edge'), userAgent: EDGE_WIN })
        .reason,
    ).toBe('webview');
    expect(checkBrowserSupport({ ...brands('Google Chrome'), userAgent: FIREFOX_WIN }).reason).toBe(
      'conflicting-client-hints',
    );
  });

  it("takes getHighEntropyValues' whole result, reading only platform, platformVersion and brands", () => {
    const brands = [
      { brand: 'Google Chrome', version: '141' },
      { brand: 'Not?A_Brand', version: '8' },
      { brand: 'Chromium', version: '141' },
    ];
    const clientHints = {
      architecture: 'x86',
      bitness: '64',
      brands,
      formFactors: ['Desktop'],
      fullVersionList: [{ brand: 'Opera', version: '1' }],
      mobile: false,
      model: '',
      platform: 'Windows',
      platformVersion: '19.0.0',
      uaFullVersion: '141.0.7390.55',
      wow64: false,
    };
    expect(checkBrowserSupport({ userAgent: CHROME_WIN, clientHints })).toMatchObject({
      status: 'supported',
      os: { name: 'Windows', version: '11' },
    });
    // Still refused: a key that is no client hint (a typo of one).
    const typo = { userAgent: CHROME_WIN, clientHints: { platfromVersion: '19.0.0' } };
    expect(() => checkBrowserSupport(typo as BrowserSupportInput)).toThrow(/invalid-input/);
  });

  it('reads Sec-CH-UA-Platform and -Platform-Version as the headers send them, quoted', () => {
    const headers = { platform: '"Windows"', platformVersion: '"15.0.0"' };
    expect(checkBrowserSupport({ userAgent: EDGE_WIN, clientHints: headers })).toMatchObject({
      status: 'supported',
      os: { name: 'Windows', version: '11' },
    });
    const mac = { userAgent: CHROME_WIN, clientHints: { platform: '"macOS"' } };
    expect(checkBrowserSupport(mac).reason).toBe('conflicting-client-hints');
  });

  it('treats a platform hint that contradicts the user agent as "cannot tell"', () => {
    const result = checkBrowserSupport({ userAgent: CHROME_WIN, clientHints: { platform: 'macOS' } });
    expect(result).toMatchObject({ status: 'unknown', reason: 'conflicting-client-hints' });
  });
});

describe('checkBrowserSupport: download links', () => {
  it('offers nothing when the browser is supported', () => {
    expect(links(CHROME_WIN)).toEqual([]);
  });

  it('offers only browsers the detected system can run', () => {
    expect(links(IE11)).toEqual(['chrome', 'edge', 'firefox']);
    expect(links(edgeOn('macos'))).toEqual(['chrome', 'firefox', 'safari']);
    expect(links(edgeOn('linux'))).toEqual(['chrome', 'firefox']);
    expect(links(edgeOn('android'))).toEqual(['chrome', 'firefox']);
    expect(links(edgeOn('windows-xp'))).toEqual(['chrome', 'firefox']);
    expect(links(iosOn('iPhone', 'Version/17.0 EdgiOS/131.2903.68'))).toEqual([
      'chrome',
      'firefox',
      'safari',
    ]);
    expect(links('curl/8.4.0')).toEqual(['chrome', 'firefox']);
  });

  it('never offers Safari off Apple systems nor Edge off Windows 7-11, on any fixture', () => {
    for (const { userAgent } of userAgentFixtures) {
      const { os, downloadLinks } = checkBrowserSupport(userAgent);
      const offered = downloadLinks.map((link) => link.browser);
      if (offered.includes('safari')) expect(['macOS', 'iOS', 'iPadOS']).toContain(os.name);
      if (offered.includes('edge')) {
        expect(os.name).toBe('Windows');
        expect(['7', '8', '8.1', '10', '11', '10/11']).toContain(os.version);
      }
    }
  });

  it('links to the official download pages', () => {
    const urls = checkBrowserSupport(edgeOn('macos')).downloadLinks.map((link) => link.url);
    expect(urls).toEqual([
      'https://www.google.com/chrome/',
      'https://www.mozilla.org/firefox/',
      'https://www.apple.com/safari/',
    ]);
    expect(checkBrowserSupport(IE11).downloadLinks[1]?.url).toBe('https://www.microsoft.com/edge');
  });
});

describe('checkBrowserSupport: Android models that name a TV, box or console', () => {
  const chromeWithModel = (model: string) =>
    `Mozilla/5.0 (Linux; Android 11; ${model}) ${BLINK} Chrome/131.0.0.0 Safari/537.36`;

  it.each([
    'SHIELD',
    'SHIELD Android TV',
    'OUYA Console Build/JZO54L-OUYA',
    'AQUOS-TVX19B',
    'MiTV-MSSP1 Build/PTT1.181019.001',
    'MiTV4I',
    'RUPA.smartTV.8800.F1010_1.0.0',
    'SMART_TV Build/PPR1.180610.011',
    'Smart_TV_BQ',
    'MYSTERY_TV_D3155CH31_UA',
    'MyGica ATV1900 NO WV',
    'SmartATV',
    'DVB-ATV100',
    'XDSR785HDR_AVANT',
    'XDS74K',
    'MBOX',
    'Kingbox',
    'Vinabox_X20',
    'OPENBOX A9',
    'KORAX-Eurobox Pro',
    // Boxes and TVs whose model names no TV (real strings of the UA audit, all Matomo "tv").
    'H96 Max',
    'H96_Max_RK3318',
    'X96Q',
    'X96Air_P1',
    'X96MINI_11',
    'UGOOS-AM3',
    'ZIDOO_X9',
    'A95X F3 Slim',
    'NEXON X3+',
    'AS_4K_CI_PRO',
    'TopDevice_TDTV43BS06U_9632',
    'Telefunken Shell 536D480XF64_FHD',
    '32LEX-7127/TS2C',
    '43LEX_7158_FTS2C',
  ])('refuses %s as a TV, in any letter case', (model) => {
    for (const written of [model, model.toLowerCase(), model.toUpperCase()]) {
      expect(checkBrowserSupport(chromeWithModel(written))).toMatchObject({
        status: 'unsupported',
        reason: 'tv-console-or-car-browser',
        browser: { family: 'other', name: 'TV' },
        os: { name: 'Android', version: '11' },
      });
    }
  });

  it.each([
    'SHIELD Tablet K1 Build/NRD90M',
    'Sharp Aquos S2',
    'Letv X910 Build/EEXCNFN5601304291S',
    'FlareS5LiteDTV',
    'KEMPLER_TV',
    'BTV-W09',
    'HTV31',
    'Turbox_S3',
    'TurboX_Ray',
    'RunboX5-W Build/IMM76D',
    'Console5',
    // Phones and tablets whose models look like the box names (LG H96x, Doogee X96 Pro, Flex).
    'LG-H961N Build/LMY47V',
    'LG-H960',
    'X96Pro',
    'AX960',
    'Flex-3',
    'HANSON_FLEX_7000',
    'HP 7 Plus Build/1.1.3_WW-ILEX-13',
  ])('keeps the phone or tablet %s supported', (model) => {
    expect(checkBrowserSupport(chromeWithModel(model)).status).toBe('supported');
  });

  it('does not read TV tokens case-insensitively outside a whitelisted Android model', () => {
    // A Chromium fork on a TV box keeps its own reason; Postbox (a mail client) is not a TV box.
    expect(
      checkBrowserSupport(
        `Mozilla/5.0 (Linux; Android 9; MiTV-MSSP1 Build/PI; wv) ${BLINK} Version/4.0 Chrome/86.0.4240.198 Mobile Safari/537.36`,
      ).reason,
    ).toBe('webview');
    expect(
      checkBrowserSupport('Mozilla/5.0 (Windows NT 6.2; WOW64; rv:7.0.1) Gecko/20151105 Postbox/4.0.8')
        .reason,
    ).toBe('other-browser');
  });
});

describe('checkBrowserSupport: Chrome and Firefox on an iPad asking for desktop sites', () => {
  const ipadAsMac = (platform: string, product: string) =>
    `Mozilla/5.0 (Macintosh; Intel Mac OS X ${platform}) ${WEBKIT} ${product} Safari/605.1.15`;

  it.each([
    ['10_15_7', 'CriOS/131.0.6778.73 Version/17.0', 'chrome', '131.0.6778.73'],
    ['10_15_7', 'CriOS/131 Version/11.1.1', 'chrome', '131'],
    ['10_13_5', 'CriOS/102 Version/11.1.1', 'chrome', '102'],
    ['10.15', 'FxiOS/120.0', 'firefox', '120.0'],
    ['10_15_7', 'FxiOS/133.0', 'firefox', '133.0'],
    ['10_15_4', 'FxiOS/29.1b12345', 'firefox', '29.1b12345'],
  ] as const)('supports Mac OS X %s with %s, as on macOS', (platform, product, family, version) => {
    expect(checkBrowserSupport(ipadAsMac(platform, product))).toMatchObject({
      status: 'supported',
      reason: 'supported-browser',
      browser: { family, version },
      os: { name: 'macOS' },
    });
  });

  it('refuses the shapes those browsers never send', () => {
    for (const product of [
      'CriOS/131',
      'CriOS/131.0 Version/17.0',
      'CriOS/131 Version/11.1.1 Mobile/15E148',
      'FxiOS/133.0 Version/17.0',
      'FxiOS/133',
      'CriOS/131 FxiOS/133.0',
    ]) {
      expect(checkBrowserSupport(ipadAsMac('10_15_7', product)).status).not.toBe('supported');
    }
    // Edge does the same on an iPad and is still refused off Windows.
    expect(checkBrowserSupport(ipadAsMac('10_14_6', 'EdgiOS/125 Version/13.0.3')).reason).toBe(
      'edge-requires-windows',
    );
  });

  it('applies the policy and minimum versions as for Chrome and Firefox on macOS', () => {
    const chrome = ipadAsMac('10_15_7', 'CriOS/131 Version/11.1.1');
    const noMacChrome: BrowserPolicy = {
      operatingSystems: { ...defaultBrowserPolicy.operatingSystems, chrome: ['windows-10', 'windows-11'] },
    };
    expect(checkBrowserSupport(chrome, { policy: noMacChrome }).reason).toBe('browser-not-allowed-on-os');
    const strict: BrowserPolicy = { ...defaultBrowserPolicy, minimumVersions: { chrome: 132, firefox: 133 } };
    expect(checkBrowserSupport(chrome, { policy: strict }).reason).toBe('outdated-browser');
    expect(checkBrowserSupport(ipadAsMac('10.15', 'FxiOS/133.0'), { policy: strict }).status).toBe(
      'supported',
    );
  });
});

describe('checkBrowserSupport: advice for a browser too old', () => {
  const strict: BrowserPolicy = { ...defaultBrowserPolicy, minimumVersions: { chrome: 132, firefox: 133 } };
  const oldChrome =
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';

  it.each([
    ['en', en, 'Google Chrome'],
    ['es', esLocale, 'Google Chrome'],
  ] as const)('%s: says to update it, and offers only the other browsers to switch to', (_, locale, name) => {
    const verdict = checkBrowserSupport(oldChrome, { policy: strict, locale });
    expect(verdict.reason).toBe('outdated-browser');
    // The download links still hold the browser itself: updating it is the first way out.
    expect(verdict.downloadLinks.map((link) => link.browser)).toContain('chrome');
    expect(verdict.advice.split(name)).toHaveLength(2);
    expect(verdict.advice).toContain('Microsoft Edge');
    expect(checkStaffBrowser(oldChrome, { policy: strict, locale }).advice.split(name)).toHaveLength(2);
  });
});

describe('checkBrowserSupport: Firefox for iOS as it writes its text today', () => {
  // Firefox for iOS builds its text with two spaces before "Mobile/" (firefox-ios issue #12021),
  // and names an iPad asking for mobile sites "iPad; CPU iPhone OS".
  const fxios = (comment: string, gap: string, safari = '604.1') =>
    `Mozilla/5.0 (${comment} like Mac OS X) ${WEBKIT} FxiOS/142.0${gap}Mobile/15E148 Safari/${safari}`;

  it.each([
    ['iPhone; CPU iPhone OS 18_6', '  ', 'iOS'],
    ['iPhone; CPU iPhone OS 17_6_1', '  ', 'iOS'],
    ['iPhone; CPU iPhone OS 18_6', ' ', 'iOS'],
    ['iPad; CPU iPhone OS 18_6', '  ', 'iPadOS'],
    ['iPad; CPU OS 18_6', '  ', 'iPadOS'],
  ] as const)('supports (%s) with %j before Mobile/', (comment, gap, osName) => {
    expect(checkBrowserSupport(fxios(comment, gap))).toMatchObject({
      status: 'supported',
      browser: { family: 'firefox', version: '142.0' },
      os: { name: osName },
    });
    expect(checkBrowserSupport(fxios(comment, gap, '605.1.15')).status).toBe('supported');
  });

  it('refuses three spaces, a gap elsewhere, and the iPad comment on other browsers', () => {
    expect(checkBrowserSupport(fxios('iPhone; CPU iPhone OS 18_6', '   ')).status).not.toBe('supported');
    const gapBeforeSafari = `Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) ${WEBKIT} FxiOS/142.0 Mobile/15E148  Safari/604.1`;
    expect(checkBrowserSupport(gapBeforeSafari).status).not.toBe('supported');
    for (const product of ['Version/18.6', 'CriOS/140.0.7339.101']) {
      const ua = `Mozilla/5.0 (iPad; CPU iPhone OS 18_6 like Mac OS X) ${WEBKIT} ${product} Mobile/15E148 Safari/604.1`;
      expect(checkBrowserSupport(ua).status).not.toBe('supported');
    }
  });
});

describe('checkBrowserSupport: Firefox for Android with a device model', () => {
  const firefoxAndroid = (comment: string) =>
    `Mozilla/5.0 (Android 14; ${comment}; rv:131.0) Gecko/131.0 Firefox/131.0`;

  it.each(['Mobile; Lenovo TB-X505F', 'Mobile; LG-M255', 'Tablet; Lenovo YT-X705X', 'Mobile; SM_A536B.1+'])(
    'supports "%s"',
    (comment) => {
      expect(checkBrowserSupport(firefoxAndroid(comment))).toMatchObject({
        status: 'supported',
        browser: { family: 'firefox', version: '131.0' },
        os: { name: 'Android', version: '14' },
      });
    },
  );

  it('refuses a model that is not one', () => {
    for (const comment of [
      'Mobile; SamsungBrowser/26.0',
      'Mobile; Lenovo TB-X505F; wv',
      'Mobile; -X505F',
      `Mobile; ${'A'.repeat(42)}`,
      'Mobile VR; Quest',
      'Mobile; ',
      'Lenovo TB-X505F; Mobile',
    ]) {
      expect(checkBrowserSupport(firefoxAndroid(comment)).status).not.toBe('supported');
    }
    expect(checkBrowserSupport(firefoxAndroid('Mobile; Instagram')).reason).toBe('in-app-browser');
  });
});

describe('checkBrowserSupport: a product hidden in the Android model', () => {
  const spoof = (model: string) =>
    `Mozilla/5.0 (Linux; Android 14; ${model}) ${BLINK} Chrome/131.0.0.0 Mobile Safari/537.36`;

  it.each([
    ['SamsungBrowser/26.0', 'unsupported', 'other-browser'],
    ['OPR/1', 'unsupported', 'other-browser'],
    ['Instagram', 'unsupported', 'in-app-browser'],
    ['FBAV/491.0 FB_IAB/FB4A', 'unsupported', 'in-app-browser'],
    ['MSIE 10.0 Trident/6.0', 'unsupported', 'internet-explorer'],
    ['Pixel(wv) ', 'unsupported', 'other-browser'],
    ['HeadlessChrome', 'unknown', 'not-a-browser'],
    ['Googlebot/2.1 +http/google.com/bot.html', 'unknown', 'not-a-browser'],
    ['curl/8.4 python-requests/2.31', 'unknown', 'not-a-browser'],
  ] as const)('refuses a model that says %s', (model, status, reason) => {
    expect(checkBrowserSupport(spoof(model))).toMatchObject({ status, reason });
    expect(checkBrowserSupport(`${spoof(model)} EdgA/131.0.2903.87`).status).not.toBe('supported');
  });

  it.each([
    'SM-G991B Build/SP1A.210812.016',
    'C1505 Build/11.3.A.2.23',
    'HUAWEI G510-0010 Build/HUAWEI U8951D',
    'Xiaomi Redmi 8A/8A Dual',
    'Sharp Aquos S2 4/64',
    'NT-3601P/3602P',
    'MNH02CH/A',
    'P902/A900',
    'XBot Junior',
    'CUBOT J9',
    'Trident A75 Pro Max',
    'moto g(7) power',
  ])('keeps the real model %s supported', (model) => {
    expect(checkBrowserSupport(spoof(model)).status).toBe('supported');
  });

  it('still reads Edge for Android by its own token', () => {
    expect(checkBrowserSupport(`${spoof('K')} EdgA/131.0.2903.87`)).toMatchObject({
      reason: 'edge-requires-windows',
      browser: { family: 'edge' },
    });
  });
});

describe('checkBrowserSupport: the in-app advice names the app once', () => {
  it('says "the Google app", never "app app", in both languages', () => {
    const inApps = userAgentFixtures.filter((fixture) => fixture.expected.reason === 'in-app-browser');
    expect(inApps.length).toBeGreaterThan(5);
    for (const fixture of inApps) {
      for (const locale of [undefined, esLocale]) {
        const { advice } = checkBrowserSupport(fixture.userAgent, locale ? { locale } : undefined);
        expect(advice, fixture.id).not.toMatch(/\bapp app\b|Google app\)|aplicación Google app/i);
      }
    }
    const gsa = inApps.find((fixture) => fixture.userAgent.includes('GSA/'));
    expect(checkBrowserSupport(gsa?.userAgent ?? '').advice).toContain('inside the Google app,');
  });
});

describe('checkBrowserSupport: a Chrome version that never sent the frozen WebKit token', () => {
  it('refuses "Chrome/19" with AppleWebKit/537.36 (Android Wear web views), and keeps Chrome 27 on', () => {
    for (const device of [
      'ASUS ZenWatch Build/LWX48S',
      'Gear Live Build/KMV78X',
      'SmartWatch 3 Build/LWX49K',
    ]) {
      const watch = `Mozilla/5.0 (Linux; Android 5.0.1; ${device}) ${BLINK} Chrome/19.77.34.5 Mobile Safari/537.36`;
      expect(checkBrowserSupport(watch).status, device).not.toBe('supported');
    }
    expect(
      checkBrowserSupport(
        `Mozilla/5.0 (Windows NT 10.0; Win64; x64) ${BLINK} Chrome/26.0.1410.64 Safari/537.36`,
      ).status,
    ).not.toBe('supported');
    expect(
      checkBrowserSupport(`Mozilla/5.0 (Windows NT 6.1; WOW64) ${BLINK} Chrome/27.0.1453.110 Safari/537.36`)
        .status,
    ).toBe('supported');
    expect(checkBrowserSupport(CHROME_WIN).status).toBe('supported');
  });
});
