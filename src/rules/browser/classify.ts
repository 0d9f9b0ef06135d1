import type { PolicyBrowser } from '../browser-policy.js';
import { anyNamedBrowser, knownBrowser, type NamedBrowser } from './names.js';

/**
 * What a string that matched no template is, in the order the checks run. The first match wins, so
 * a more specific kind (a bot, an in-app browser) beats a more general one (any other browser).
 */
export type Classification =
  | { readonly kind: 'not-a-browser' }
  | { readonly kind: 'tv-console-or-car-browser'; readonly name?: string }
  | { readonly kind: 'internet-explorer'; readonly version?: string }
  | { readonly kind: 'in-app-browser'; readonly name?: string }
  | { readonly kind: 'webview'; readonly name?: string }
  | { readonly kind: 'edge-elsewhere'; readonly version?: string }
  | { readonly kind: 'outdated'; readonly family: PolicyBrowser; readonly version: string }
  | { readonly kind: 'other-browser'; readonly name?: string; readonly version?: string }
  | { readonly kind: 'malformed' }
  | { readonly kind: 'unrecognised' };

// Tools, crawlers, link previewers, monitors, headless and automated browsers. All case-insensitive
// and unanchored, but each alternative is fixed text or one bounded run of letters.
const NOT_A_BROWSER =
  /(?:^|[^a-z])(?!cubot)[a-z]{0,30}(?:bot|spider)(?![a-z])|crawl|slurp|scrap[ey]|archiver|fetcher|headless|lighthouse|page ?speed|speed insights|\bptst\/|phantomjs|selenium|webdriver|puppeteer|playwright|cypress|externalhit|facebookcatalog|meta-external|preview|validator|uptime|pingdom|gtmetrix|synthetic|healthcheck|\bprobe\b|monitor|checker|\bscan|inspector|agent\b|diagnostic|observatory|measurement|optimizer|\baudit|survey|appinsights|catchpoint|python|\bcurl\/|wget|okhttp|httpclient|http-client|http_request|libwww-perl|lwp::|\bjava\/|go-http|node-fetch|axios|undici|postman|insomnia|httpie|aiohttp|httpx|guzzle|\bruby\b|\bperl\b|\bphp\/|dart:io|dalvik\/|cfnetwork\/|embedly|iframely|imgproxy|favicon|chatgpt|claude-web|anthropic|zgrab|masscan|nmap|nikto|sqlmap|wpscan|feedly|feedburner|feedparser|google-|-google|googleother|\bvkshare|qwantify|https?:\/\/|www\.|mailto:|@[a-z0-9-]{1,40}\.[a-z]|[a-z0-9]\.(?:com|net|org|io|ai|co|fr|de|uk|edu|gov|app|dev|network|party)\b|\(KHTML, like Gecko[;,]/i;

/** "(compatible; ...)" without Internet Explorer or Konqueror: the classic crawler signature. */
const COMPATIBLE_NOT_IE = /\(compatible[;)]/;
const IE_OR_KONQUEROR = /MSIE|Trident\/|Konqueror/;

const TV_CONSOLE_OR_CAR: readonly (readonly [RegExp, string])[] = [
  [/playstation/i, 'PlayStation'],
  [/xbox/i, 'Xbox'],
  [/Nintendo/, 'Nintendo'],
  [/\bTesla\/|QtCarBrowser/, 'Tesla'],
  [/CrKey/, 'Chromecast'],
  [/\bAFT[A-Z0-9]{1,6}\b|\bFire ?TV\b/, 'Fire TV'],
  [/\bRoku\b/, 'Roku'],
  [/Apple ?TV|\btvOS\b/, 'Apple TV'],
  [
    /S(?:MART-?|mart ?)TV|Web0S|webOS\.TV|NetCast|HbbTV|BRAVIA|Android ?TV|Google ?TV|\bTV\b|VIDAA|SmartCast|CE-HTML|Viera|N(?:ET|et)TV|Freebox|\bDTV\b|\bSTB\b|Large Screen|Espial|TVBrowser/,
    'TV',
  ],
  // Android TV boxes and TV chassis running a sideloaded browser name themselves only in the model.
  [/(?:\b|_)(?:Smart ?|TV ?)?Box(?:\b|_)|[-_ ]LED\d{2}|\bMiBOX/i, 'TV'],
];

// TVs, boxes and consoles in the free-text model of a whitelisted Android shape, where nothing else
// can match, so case-insensitive (makers write models as they like): "RUPA.smartTV.8800",
// "AQUOS-TVX19B", "MiTV-MSSP1", "MyGica ATV1900", "SHIELD" (not "SHIELD Tablet"), "OUYA Console",
// "...box" (not the Turbox phones), "XDS..." players; then TV boxes and TV chassis whose model has no
// such word: ZIDOO, A95X, "<brand> Shell <panel>", H96/X96 boxes (not LG H96x nor Doogee X96 phones),
// UGOOS, TopDevice TDTV, AS4K, NEXON, "32LEX-7127". Not used on other strings ("Postbox" is a mail
// client). Checked against the 19,786 Chrome-for-Android strings of the UA audit: no phone or tablet.
const TV_MODEL =
  /zidoo|\ba95x|\bshell\b|\b[hx]96[ _]?[amq]|ugoos|tdtv|\bas_?4k|\bnexon|\dlex[-_]|smart[-_. ]?tv|aquos-tv|\bmitv|atv(?![a-z])|_tv_|\bshield\b(?! tablet)|\bconsole\b|(?<!tur)box(?:\b|_)|\bxds/i;

const IN_APP: readonly (readonly [RegExp, string])[] = [
  [/FBAN\/|FBAV\/|FB_IAB|FBIOS|FB4A|\[FB|MetaIAB|\bFacebook\b/, 'Facebook'],
  [/Instagram/, 'Instagram'],
  [/\bLine\/|\bLINE\//, 'LINE'],
  [/Snapchat/, 'Snapchat'],
  [/musical_ly|trill_|BytedanceWebview|ByteLocale|TikTok|\baweme\b|NewsArticle|\bLark\//i, 'TikTok'],
  [/\bGSA\/|GoogleApp/, 'Google'],
  [/WhatsApp/i, 'WhatsApp'],
  [/Twitter/, 'X (Twitter)'],
  [/LinkedInApp/i, 'LinkedIn'],
  [/Pinterest/i, 'Pinterest'],
  [/MicroMessenger|WeChat/i, 'WeChat'],
  [/\bQQ\/\d|\bWeibo|DingTalk|AlipayClient/i, 'app'],
  [/Messenger/, 'Messenger'],
  [/KAKAOTALK/i, 'KakaoTalk'],
  [/NAVER\(inapp|DaumApps|YJApp|\bZalo/i, 'app'],
  [/\bViber/i, 'Viber'],
  [/Telegram/i, 'Telegram'],
  [
    /\bTeams\/|Outlook-|\bOutlook\b|\bSlack\/|\bDiscord\/|\bThreads|Barcelona|\bReddit\/|Flipboard|Nextdoor|Tumblr|Spotify|\bKlarna/,
    'app',
  ],
];

const IE = /\bMSIE (?<v>\d{1,2}\.\d{1,2})|\bTrident\/(?<t>\d{1,2}\.\d)/;
const EDGE_TOKEN = /\bEdg(?:e|A|iOS)?\/(?<v>\d{1,4}(?:\.\d{1,6}){0,3})/;
const ANDROID_WEBVIEW =
  /^Mozilla\/5\.0 \(Linux; (?:U; )?Android [^()]{0,120}; wv\)|Version\/\d{1,2}\.\d{1,2} Chrome\//;
const APPLE_MOBILE = /^Mozilla\/5\.0 \((?:iPhone|iPad|iPod)/;
const APPLE_DEVICE = /^Mozilla\/5\.0 \((?:Macintosh|iPhone|iPad|iPod)/;
const APPLE_TAIL_ONLY = /\(KHTML, like Gecko\)(?: Mobile\/[0-9A-Za-z]{1,12})?(?: Safari\/[\d.]{1,20})?$/;
const MAC_WEBVIEW =
  /^Mozilla\/5\.0 \(Macintosh; [^()]{1,80}\) AppleWebKit\/[\d.]{1,20} \(KHTML, like Gecko\)$/;

const OUTDATED: readonly (readonly [PolicyBrowser, RegExp])[] = [
  // Chrome before 28 (2013), when its WebKit token was still the real WebKit build.
  [
    'chrome',
    /^Mozilla\/5\.0 \([^()]{1,120}\) AppleWebKit\/(?<wk>5[0-3]\d\.\d{1,3}(?:\.\d{1,3})?) \(KHTML, like Gecko\) Chrome\/(?<v>\d{1,2}\.\d{1,4}\.\d{1,5}\.\d{1,4})(?: Mobile)? Safari\/\k<wk>$/,
  ],
  // Firefox 1-3.6 (dated Gecko token, "U;" and a locale in the platform comment).
  [
    'firefox',
    /^Mozilla\/5\.0 \([^()]{1,120}; rv:[\d.]{1,12}[a-z\d]{0,6}\) Gecko\/20\d{6} Firefox\/(?<v>\d{1,2}\.[\w.]{1,12})$/,
  ],
  // Safari before 5.1 and iOS before 5: "U;" and a locale in the platform comment.
  [
    'safari',
    /^Mozilla\/5\.0 \((?:Macintosh|iPhone|iPad|iPod)[^()]{1,120}; [a-z]{2}(?:[-_][A-Za-z]{2})?\) AppleWebKit\/[\d.]{1,20}\+? \(KHTML, like Gecko\) Version\/(?<v>[\d.]{1,12})(?: Mobile\/\w{1,12})? Safari\/[\d.]{1,20}$/,
  ],
];

/** Sorts a string that matched no template. `edgeAllowedHere` tells whether policy allows Edge on its OS. */
export function classify(userAgent: string, edgeAllowedHere: boolean, android = false): Classification {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused.
  if (/[\u0000-\u001f\u007f]/.test(userAgent)) return { kind: 'malformed' };
  if (NOT_A_BROWSER.test(userAgent)) return { kind: 'not-a-browser' };
  if (COMPATIBLE_NOT_IE.test(userAgent) && !IE_OR_KONQUEROR.test(userAgent)) return { kind: 'not-a-browser' };
  const device = deviceName(userAgent, android);
  if (device !== undefined) return { kind: 'tv-console-or-car-browser', name: device };
  // Every browser, in-app browser and web view this rule can name starts with "Mozilla/"; other
  // strings are app and library clients, except a short list of legacy browsers.
  if (!userAgent.startsWith('Mozilla/')) {
    return looksLikeABrowser(userAgent) ? otherBrowser(anyNamedBrowser(userAgent)) : { kind: 'unrecognised' };
  }
  const ie = IE.exec(userAgent);
  if (ie !== null && !/\bOpera\b/.test(userAgent)) {
    const version = ie.groups?.v ?? tridentToIe(ie.groups?.t);
    return version === undefined ? { kind: 'internet-explorer' } : { kind: 'internet-explorer', version };
  }
  for (const [pattern, name] of IN_APP) {
    if (!pattern.test(userAgent)) continue;
    return name === 'app' ? { kind: 'in-app-browser' } : { kind: 'in-app-browser', name };
  }
  if (isMalformed(userAgent)) return { kind: 'malformed' };
  // A browser known by name that is not one of the four: Opera, Samsung Internet, UC...
  const known = knownBrowser(userAgent);
  if (known !== undefined) return otherBrowser(known);
  if (ANDROID_WEBVIEW.test(userAgent)) return { kind: 'webview', name: 'Android WebView' };
  if (isAppleWebView(userAgent)) return { kind: 'webview', name: 'iOS/macOS WebView' };
  const edge = EDGE_TOKEN.exec(userAgent);
  if (edge !== null && !edgeAllowedHere) {
    const version = edge.groups?.v;
    return version === undefined ? { kind: 'edge-elsewhere' } : { kind: 'edge-elsewhere', version };
  }
  for (const [family, pattern] of OUTDATED) {
    const groups = pattern.exec(userAgent)?.groups;
    // 537.36 is the frozen token of every Chrome since 28: not an old Chrome, just not a vouched one.
    if (groups?.v === undefined || groups.wk === '537.36') continue;
    return { kind: 'outdated', family, version: groups.v };
  }
  // The old Android stock browser: "Android", "Version/4.0" and no Chrome token.
  if (userAgent.includes('Android') && /\bVersion\/\d/.test(userAgent) && !userAgent.includes('Chrome/')) {
    return { kind: 'other-browser', name: 'Android Browser' };
  }
  return looksLikeABrowser(userAgent) ? otherBrowser(anyNamedBrowser(userAgent)) : { kind: 'unrecognised' };
}

// In a whitelisted Android shape: a product token other than the shape's own ("SamsungBrowser/26.0",
// "OPR/1", "Googlebot/2.1"; "Build/" is the only one a real model has), a web view, a headless
// browser or Internet Explorer. No phone of the UA audit is named so ("XBot", "Trident A75" are).
const HIDDEN_PRODUCT =
  /\b(?!Build|Mozilla|AppleWebKit|Chrome|Safari|EdgA|Gecko|Firefox)[A-Za-z]{2,30}\/\d|\bwv\b|Headless|MSIE/;

/**
 * Whether a string with a whitelisted shape is not that browser after all, because its one free-text
 * part, the Android model, says otherwise: it names a TV, console or car ("BRAVIA 4K GB", "SHIELD";
 * the fixed lists are checked on every shape), or it hides another product or an app
 * ("SamsungBrowser/26.0", "Instagram"). `classify` then sorts it. Bot names alone are not checked: a
 * phone may be called "XBot", and no crawler hides its name in a whitelisted shape.
 */
export function isNotWhitelisted(userAgent: string, android: boolean): boolean {
  if (deviceName(userAgent, android) !== undefined) return true;
  return android && (HIDDEN_PRODUCT.test(userAgent) || IN_APP.some(([pattern]) => pattern.test(userAgent)));
}

/** `model`: the string is a whitelisted Android shape, so its model is the only free text in it. */
function deviceName(userAgent: string, model: boolean): string | undefined {
  for (const [pattern, name] of TV_CONSOLE_OR_CAR) {
    if (pattern.test(userAgent)) return name;
  }
  return model && TV_MODEL.test(userAgent) ? 'TV' : undefined;
}

function otherBrowser(browser: NamedBrowser | undefined): Classification {
  if (browser === undefined) return { kind: 'other-browser' };
  const { name, version } = browser;
  return version === undefined ? { kind: 'other-browser', name } : { kind: 'other-browser', name, version };
}

/** Trident 4-7 is the engine of IE 8-11; IE 11 drops "MSIE" and keeps only Trident/7.0. */
function tridentToIe(trident: string | undefined): string | undefined {
  const major = trident === undefined ? Number.NaN : Number.parseInt(trident, 10);
  return major >= 4 && major <= 7 ? `${major + 4}.0` : undefined;
}

/** An Apple WebKit string that names no browser product: an app's embedded web view. */
function isAppleWebView(userAgent: string): boolean {
  if (MAC_WEBVIEW.test(userAgent)) return true;
  if (!APPLE_MOBILE.test(userAgent) || !userAgent.includes('AppleWebKit/')) return false;
  // No "Safari/" at all, or nothing after the engine but the build and Safari (no "Version/").
  return !userAgent.includes('Safari/') || APPLE_TAIL_ONLY.test(userAgent);
}

/**
 * Damaged strings: unbalanced brackets, a cut-off ending, or a Chrome or Firefox shape whose final
 * token is missing or incomplete. These are "cannot tell" (unknown), not a browser to refuse.
 */
function isMalformed(userAgent: string): boolean {
  if (userAgent.trim() !== userAgent || /[/.(;,\-_=:]$/.test(userAgent)) return true;
  // Genuine user agents are printable ASCII and name "Mozilla/" once; a product token's version
  // starts with a digit ("Firefox/firefoxversion" is a template nobody filled in).
  if (/[^\x20-\x7e]/.test(userAgent) || userAgent.indexOf('Mozilla/', 1) !== -1) return true;
  if (/\b(?:Chrome|Firefox|Safari|Gecko|AppleWebKit|Version|Edg)\/(?![\d])/.test(userAgent)) return true;
  // An engine with nothing after it: "... AppleWebKit/537.36" or "... (KHTML, like Gecko)" off Apple.
  if (/ AppleWebKit\/[\d.+]{1,20}$/.test(userAgent)) return true;
  if (userAgent.endsWith('(KHTML, like Gecko)') && !APPLE_DEVICE.test(userAgent)) return true;
  let depth = 0;
  for (const char of userAgent) {
    if (char === '(' || char === '[') depth += 1;
    else if (char === ')' || char === ']') depth -= 1;
    if (depth < 0) return true;
  }
  if (depth !== 0) return true;
  const chrome = userAgent.indexOf(' Chrome/');
  if (chrome !== -1 && !userAgent.includes(' Safari/', chrome)) return true;
  const cutShort = / Gecko\/[\d.]{0,12}$| Firefox\/\d{1,3}$| Chrome\/[\d.]{1,20}$| Safari\/\d{1,4}$/;
  if (cutShort.test(userAgent)) return true;
  // "Safari/537.3" where the engine said 537.36: the last token was cut short.
  const webkit = /AppleWebKit\/([\d.]{1,20})/.exec(userAgent)?.[1];
  const safari = /Safari\/([\d.]{1,20})$/.exec(userAgent)?.[1];
  return webkit !== undefined && safari !== undefined && safari !== webkit && webkit.startsWith(safari);
}

/** A Mozilla-style string with a platform comment and a rendering engine, or a legacy browser product. */
function looksLikeABrowser(userAgent: string): boolean {
  if (userAgent.startsWith('Mozilla/')) {
    return /AppleWebKit\/|Gecko|KHTML|Presto\/|Trident\/|Goanna\/|Servo\/|NetFront|Blink|Chrome\/|Firefox\/|Safari\//.test(
      userAgent,
    );
  }
  return /^(?:Opera|Lynx|Links|w3m|ELinks|Dillo|NetSurf|Konqueror|iCab|OmniWeb|Mosaic|Amaya|Arachne|UCWEB|BlackBerry|Nokia|SonyEricsson|SAMSUNG-|MOT-|LG-|Openwave|Dorothy)|UP\.Browser|NetFront|Obigo|Profile\/MIDP/.test(
    userAgent,
  );
}
