import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyNamedBrowser, knownBrowser, versionAfter } from '../../../src/rules/browser/names.js';
import { detectOs } from '../../../src/rules/browser/os.js';

const CHROME_TAIL = 'AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';

describe('knownBrowser and anyNamedBrowser', () => {
  it('names the browsers of its list, with the version written after the name', () => {
    expect(knownBrowser(`Mozilla/5.0 (Windows NT 10.0; Win64; x64) ${CHROME_TAIL} OPR/106.0.0.0`)).toEqual({
      name: 'Opera',
      version: '106.0.0.0',
    });
    expect(
      knownBrowser(
        'Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36',
      ),
    ).toEqual({ name: 'Samsung Internet', version: '23.0' });
    expect(knownBrowser('Mozilla/5.0 (Macintosh; U; Intel Mac OS X 10_6_3; en-us; Silk/1.1.0-84)')).toEqual({
      name: 'Amazon Silk',
      version: '1.1.0',
    });
  });

  it('knownBrowser names nothing outside its list', () => {
    const vivaldi = `Mozilla/5.0 (X11; Linux x86_64) ${CHROME_TAIL} Vivaldi/6.5.3206.53`;
    expect(knownBrowser(vivaldi)).toBeUndefined();
    expect(anyNamedBrowser(vivaldi)).toEqual({ name: 'Vivaldi', version: '6.5.3206.53' });
  });

  it('never names a token every Chromium, WebKit or Gecko string carries', () => {
    expect(anyNamedBrowser(`Mozilla/5.0 (Windows NT 10.0; Win64; x64) ${CHROME_TAIL}`)).toBeUndefined();
    expect(
      anyNamedBrowser('Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0'),
    ).toBeUndefined();
    expect(
      anyNamedBrowser(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1',
      ),
    ).toBeUndefined();
  });

  it('takes the first product of a string that does not start with "Mozilla/"', () => {
    expect(anyNamedBrowser('Lynx/2.8.5dev.16 libwww-FM/2.14 SSL-MM/1.4.1 OpenSSL/0.9.6b')).toEqual({
      name: 'Lynx',
      version: '2.8.5dev.16',
    });
  });

  it('returns a name taken from the text, or nothing, for any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.boolean(), (text, knownOnly) => {
        const named = knownOnly ? knownBrowser(text) : anyNamedBrowser(text);
        if (named === undefined) return;
        expect(named.name.length).toBeGreaterThan(0);
        if (named.version !== undefined) expect(text).toContain(named.version);
      }),
    );
  });
});

describe('versionAfter', () => {
  it('reads "Name/1.2" and "Name 1.2", and nothing when no number follows', () => {
    expect(versionAfter('KAIOS/2.5.1', 0)).toBe('2.5.1');
    expect(versionAfter('(Mobile; Windows Phone 8.1; Android 4.0)', 9)).toBe('8.1');
    expect(versionAfter('SunOS sun4u', 0)).toBeUndefined();
  });
});

describe('detectOs (strings that matched no template)', () => {
  it.each([
    [
      'Mozilla/5.0 (Mobile; Windows Phone 8.1; Android 4.0; ARM; Trident/7.0; Touch; rv:11.0; IEMobile/11.0)',
      'other',
      'Windows Phone',
      '8.1',
    ],
    [
      'Mozilla/5.0 (Mobile; Nokia_2720_Flip; rv:48.0) Gecko/48.0 Firefox/48.0 KAIOS/2.5.2',
      'other',
      'KaiOS',
      '2.5.2',
    ],
    [
      'Mozilla/5.0 (X11; U; Linux x86_64; en-US) Gecko/20101027 Ubuntu/10.04 (lucid) Firefox/3.6.12',
      'linux',
      'Ubuntu',
      '10.04',
    ],
    [
      'Mozilla/5.0 (Windows; U; Windows NT 5.0; en-US; rv:1.7.5) Gecko/20050519 Netscape/8.0.1',
      'other',
      'Windows',
      '2000',
    ],
    [
      'Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/49.0 Safari/537.36 X/1',
      'windows-7',
      'Windows',
      '7',
    ],
    [
      'Mozilla/5.0 (Linux; Android 11; Mi Note 10 Lite;iPhone: Build/RKQ1) AppleWebKit/537.36',
      'android',
      'Android',
      '11',
    ],
    [
      'Mozilla/5.0 (Librem 5, like iPhone; X11; Linux x86_64) AppleWebKit/605.1.15',
      'linux',
      'Linux',
      undefined,
    ],
    ['MyChart/10.3 CFNetwork/1474 Darwin/23.0.0', 'ios', 'iOS', undefined],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Custom/1',
      'macos',
      'macOS',
      '10.15.7',
    ],
    ['curl/8.4.0', 'unknown', undefined, undefined],
  ])('%s', (userAgent, id, name, version) => {
    const os = detectOs(userAgent, undefined);
    expect(os.id).toBe(id);
    expect(os.name).toBe(name);
    expect(os.version).toBe(version);
  });

  it('tells Windows 10 from 11 only with client hints', () => {
    const ua = `Mozilla/5.0 (Windows NT 10.0; Win64; x64) ${CHROME_TAIL} Other/1`;
    expect(detectOs(ua, undefined).id).toBe('windows-10-or-11');
    expect(detectOs(ua, { platform: 'Windows', platformVersion: '15.0.0' }).id).toBe('windows-11');
  });
});
