/**
 * Display names for browsers that are not one of the four. Names only: nothing here can make a
 * string `supported`. Listed are the browsers staff are most likely to hear of; any other product
 * token that is not part of every Chromium, WebKit or Gecko string is reported as written.
 */
const KNOWN: readonly (readonly [RegExp, string])[] = [
  [/\bOP(?:R|X|T|iOS|RGX|GX)\/|\bOpera\b|\bCoast\//, 'Opera'],
  [/YaBrowser|Yowser|YaSearchBrowser/, 'Yandex Browser'],
  [/OculusBrowser|PicoBrowser/, 'VR headset browser'],
  [/SamsungBrowser/, 'Samsung Internet'],
  [/UCBrowser|\bUBrowser|UCWEB|UCTurbo/, 'UC Browser'],
  [/HuaweiBrowser|\bHBPC\//, 'Huawei Browser'],
  [/MiuiBrowser|XiaoMi\/Mint|\bMint Browser/, 'Mi Browser'],
  [/\bSilk\//, 'Amazon Silk'],
  [/\bDdg\/|DuckDuckGo/, 'DuckDuckGo'],
  [/QQBrowser/, 'QQ Browser'],
  [/\bQuark\//, 'Quark'],
  [/VivoBrowser/, 'vivo Browser'],
  [/HeyTapBrowser/, 'HeyTap Browser'],
  [/Mb2345Browser/, '2345 Browser'],
  [/Sleipnir/, 'Sleipnir'],
  [/baidu|bdbrowser|BIDUBrowser/i, 'Baidu Browser'],
  [/Qihoo|QHBrowser|\b360(?:SE|EE)\b/, '360 Browser'],
  [/MetaSr|Sogou/, 'Sogou Browser'],
  [/MxBrowser|Maxthon/, 'Maxthon'],
  [/coc_coc/, 'Coc Coc'],
  [/\bNavigator\/|Netscape/, 'Netscape'],
  [/\bFocus\/|\bKlar\//, 'Firefox Focus'],
  [/Avast\//, 'Avast Secure Browser'],
  [/\bAVG\//, 'AVG Secure Browser'],
  [/Konqueror/, 'Konqueror'],
  [/NetFront/, 'NetFront'],
];

/** Product tokens of Chromium, WebKit and Gecko strings and of the four browsers: they name nothing else. */
const COMMON =
  /^(?:Mozilla|AppleWebKit|KHTML|Gecko|Chrome|Chromium|Safari|Version|Mobile|Firefox|FxiOS|CriOS|EdgA?|EdgiOS|Edge|Trident|Presto|Goanna|Build|Linux|Ubuntu|Fedora|Debian|CentOS|Mint|Gentoo|SUSE|Darwin|CFNetwork|Profile|Configuration|MIDP|CLDC|Release|Proxy|MMP|Android|KAIOS|[a-z]{1,2})$/;
const PRODUCT = /(?:^|[\s)])([A-Za-z][\w.-]{1,30})\/v?(\d[\w.]{0,30})/g;

/** A browser named by a product token, with the token's version when it has one. */
export interface NamedBrowser {
  readonly name: string;
  readonly version?: string;
}

/**
 * Names a browser of the list above, with the version written after its name.
 *
 * @example
 * ```ts
 * knownBrowser('Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 OPR/106.0.0.0');
 * //=> { name: 'Opera', version: '106.0.0.0' }
 * ```
 */
export function knownBrowser(userAgent: string): NamedBrowser | undefined {
  for (const [pattern, name] of KNOWN) {
    const match = pattern.exec(userAgent);
    if (match === null) continue;
    const version = versionAfter(userAgent, match.index);
    return version === undefined ? { name } : { name, version };
  }
  return undefined;
}

/**
 * Names a browser of the list above or, failing that, by an uncommon product token: the last one in
 * a "Mozilla/" string, the first one elsewhere.
 *
 * @example
 * ```ts
 * anyNamedBrowser('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Vivaldi/6.5');
 * //=> { name: 'Vivaldi', version: '6.5' }
 * ```
 */
export function anyNamedBrowser(userAgent: string): NamedBrowser | undefined {
  const known = knownBrowser(userAgent);
  if (known !== undefined) return known;
  let found: NamedBrowser | undefined;
  for (const [, token, version] of userAgent.matchAll(PRODUCT)) {
    if (token === undefined || version === undefined || COMMON.test(token)) continue;
    found = { name: token, version };
    // Outside "Mozilla/" strings the product comes first ("Lynx/2.8 libwww-FM/2.14 OpenSSL/0.9").
    if (!userAgent.startsWith('Mozilla/')) break;
  }
  return found;
}

/**
 * The version written after a name found at `index`: "KAIOS/2.5", "Windows Phone 8.1", "YaBrowser/23.1".
 *
 * @example
 * ```ts
 * versionAfter('Mozilla/5.0 (Mobile; rv:48.0) Gecko/48.0 Firefox/48.0 KAIOS/2.5', 48);
 * //=> '2.5'
 * ```
 */
export function versionAfter(text: string, index: number): string | undefined {
  return /^[\w. -]{0,24}?[ /]v?(\d{1,4}(?:[._]\d{1,6}){0,3})/.exec(text.slice(index, index + 64))?.[1];
}
