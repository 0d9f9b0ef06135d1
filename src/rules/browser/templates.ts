import type { PolicyBrowser } from '../browser-policy.js';

/**
 * The whitelist: the exact user-agent shapes that Chrome, Edge, Firefox and Safari send. A string is
 * one of the four browsers only when it matches one of these from its first character to its last.
 *
 * Every pattern is anchored at both ends and built from fixed text and character classes that cannot
 * overlap, so matching is linear in the length of the input (no nested quantifier can backtrack
 * over the same characters twice). Each pattern captures the browser version as the group `v`.
 */
export interface BrowserTemplate {
  readonly id: string;
  readonly family: PolicyBrowser;
  /** The platform the shape names; the detected operating system must agree with it. */
  readonly platform: TemplatePlatform;
  readonly pattern: RegExp;
}

/** Platform classes named by the templates' first parenthesis. */
export type TemplatePlatform = 'windows' | 'macos' | 'linux' | 'chromeos' | 'android' | 'ios';

// --- platform comments (the text inside the first parenthesis) -----------------------------------
const WINDOWS = String.raw`Windows NT (?:5\.[12]|6\.[0-3]|10\.0)(?:; (?:Win64; x64|WOW64))?`;
const MAC_UNDERSCORE = String.raw`Macintosh; Intel Mac OS X 1\d(?:_\d{1,2}){1,2}`;
const MAC_DOT = String.raw`Macintosh; Intel Mac OS X 1\d\.\d{1,2}`;
const LINUX_ARCH = `(?:x86_64|i686|aarch64|armv7l|armv8l)`;
const LINUX = `X11; Linux ${LINUX_ARCH}`;
const CHROME_OS = String.raw`X11; CrOS (?:x86_64|aarch64|armv7l|i686) \d{1,6}\.\d{1,4}\.\d{1,4}`;
// Android model names are free text ("SM-G991B Build/SP1A.210812.016", "moto g(7) power", "K"); the
// class leaves out ';' and parentheses, so `; wv` and anything after a ';' can never hide in it.
const MODEL_CHAR = String.raw`[A-Za-z0-9_.+\-/,&#' ]`;
const MODEL = String.raw`[A-Za-z0-9]${MODEL_CHAR}{0,80}(?:\(${MODEL_CHAR}{1,20}\)${MODEL_CHAR}{0,40})?`;
// Chrome always names a model ("K" since the reduced user agent); forks such as Brave leave it out.
const ANDROID = String.raw`Linux; Android \d{1,2}(?:\.\d{1,2}){0,2}; ${MODEL}`;
const IOS_VERSION = String.raw`\d{1,2}(?:_\d{1,2}){0,2}`;
const IOS = `(?:iPhone; CPU iPhone OS ${IOS_VERSION}|iPad; CPU OS ${IOS_VERSION}|iPod(?: touch)?; CPU iPhone OS ${IOS_VERSION}) like Mac OS X`;

// --- product tokens -------------------------------------------------------------------------------
const MOZILLA = String.raw`Mozilla/5\.0`;
const BLINK = String.raw`AppleWebKit/537\.36 \(KHTML, like Gecko\)`;
// Chrome 27 or later: 27 was the first to send WebKit 537.36 (frozen there since), older ones sent
// an older build (Android Wear's "Chrome/19.77.34.5" with 537.36 is a watch's web view, not a Chrome).
const CHROMIUM_VERSION = String.raw`(?:2[7-9]|[3-9]\d|[1-9]\d\d)\.\d{1,4}\.\d{1,5}\.\d{1,4}`;
const WEBKIT = String.raw`AppleWebKit/\d{3}(?:\.\d{1,3}){1,3} \(KHTML, like Gecko\)`;
const IOS_TAIL = String.raw`Mobile/[0-9A-Za-z]{3,10} Safari/\d{3}(?:\.\d{1,3}){1,3}`;
const FIREFOX_TAIL = String.raw`Gecko/20100101 Firefox/(?<v>\d{1,3}\.\d{1,2}(?:\.\d{1,2})?)`;
const RV = String.raw`rv:\d{1,3}\.\d{1,2}`;
const SAFARI_VERSION = String.raw`(?<v>\d{1,2}(?:\.\d{1,2}){0,2})`;
const FXIOS_VERSION = String.raw`(?<v>\d{1,3}\.\d{1,2}(?:\.\d{1,2})?(?:b\d{1,5})?)`;
// An iPad asks for desktop sites: its browsers then send a Mac platform comment (Chrome always with
// its fixed "Version/11.1.1"; Firefox with "10.15" in older versions) and keep their iOS token.
const IPAD_AS_MAC = String.raw`${MOZILLA} \(Macintosh; Intel Mac OS X 1\d(?:[._]\d{1,2}){1,2}\) ${WEBKIT}`;

function template(
  id: string,
  family: PolicyBrowser,
  platform: TemplatePlatform,
  source: string,
): BrowserTemplate {
  return { id, family, platform, pattern: new RegExp(`^${source}$`) };
}

function chromeDesktop(id: string, platform: TemplatePlatform, comment: string): BrowserTemplate {
  return template(
    id,
    'chrome',
    platform,
    String.raw`${MOZILLA} \(${comment}\) ${BLINK} Chrome/(?<v>${CHROMIUM_VERSION}) Safari/537\.36`,
  );
}

function edgeDesktop(id: string, platform: TemplatePlatform, comment: string): BrowserTemplate {
  return template(
    id,
    'edge',
    platform,
    String.raw`${MOZILLA} \(${comment}\) ${BLINK} Chrome/${CHROMIUM_VERSION} Safari/537\.36 Edg/(?<v>${CHROMIUM_VERSION})`,
  );
}

function firefoxDesktop(id: string, platform: TemplatePlatform, comment: string): BrowserTemplate {
  return template(id, 'firefox', platform, String.raw`${MOZILLA} \(${comment}; ${RV}\) ${FIREFOX_TAIL}`);
}

/** Built on first use: a module that only imports types from here does no work at load time. */
let cache: readonly BrowserTemplate[] | undefined;

/** The whitelist, in the order it is tried. */
export function browserTemplates(): readonly BrowserTemplate[] {
  cache ??= Object.freeze([
    chromeDesktop('chrome-windows', 'windows', WINDOWS),
    chromeDesktop('chrome-macos', 'macos', MAC_UNDERSCORE),
    chromeDesktop('chrome-linux', 'linux', LINUX),
    chromeDesktop('chrome-chromeos', 'chromeos', CHROME_OS),
    template(
      'chrome-android',
      'chrome',
      'android',
      String.raw`${MOZILLA} \(${ANDROID}\) ${BLINK} Chrome/(?<v>${CHROMIUM_VERSION})(?: Mobile)? Safari/537\.36`,
    ),
    template(
      'chrome-ios',
      'chrome',
      'ios',
      String.raw`${MOZILLA} \(${IOS}\) ${WEBKIT} CriOS/(?<v>${CHROMIUM_VERSION}) ${IOS_TAIL}`,
    ),
    // Chrome on an iPad in desktop mode: reads as macOS, as Safari there does (`safari-macos`).
    template(
      'chrome-ipad-desktop',
      'chrome',
      'macos',
      String.raw`${IPAD_AS_MAC} CriOS/(?<v>\d{2,3}(?:\.\d{1,4}\.\d{1,5}\.\d{1,4})?) Version/\d{1,2}(?:\.\d{1,2}){0,2} Safari/\d{3}(?:\.\d{1,3}){1,3}`,
    ),
    edgeDesktop('edge-windows', 'windows', WINDOWS),
    edgeDesktop('edge-macos', 'macos', MAC_UNDERSCORE),
    edgeDesktop('edge-linux', 'linux', LINUX),
    // EdgeHTML ("legacy") Edge, which only ever shipped on Windows 10.
    template(
      'edge-legacy-windows',
      'edge',
      'windows',
      String.raw`${MOZILLA} \(Windows NT 10\.0(?:; (?:Win64; x64|WOW64))?\) ${BLINK} Chrome/${CHROMIUM_VERSION} Safari/537\.36 Edge/(?<v>1[2-8]\.\d{5})`,
    ),
    template(
      'edge-android',
      'edge',
      'android',
      String.raw`${MOZILLA} \(${ANDROID}\) ${BLINK} Chrome/${CHROMIUM_VERSION}(?: Mobile)? Safari/537\.36 EdgA/(?<v>${CHROMIUM_VERSION})`,
    ),
    template(
      'edge-ios',
      'edge',
      'ios',
      String.raw`${MOZILLA} \(${IOS}\) ${WEBKIT}(?: Version/\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)? EdgiOS/(?<v>\d{2,3}\.\d{1,4}\.\d{1,5}(?:\.\d{1,4})?) ${IOS_TAIL}`,
    ),
    firefoxDesktop('firefox-windows', 'windows', WINDOWS),
    firefoxDesktop('firefox-macos', 'macos', MAC_DOT),
    firefoxDesktop('firefox-linux', 'linux', `X11; (?:Ubuntu; |Fedora; )?Linux ${LINUX_ARCH}(?: on x86_64)?`),
    firefoxDesktop('firefox-bsd', 'linux', `X11; (?:FreeBSD|OpenBSD|NetBSD) (?:amd64|i386|aarch64|arm64)`),
    template(
      'firefox-android',
      'firefox',
      'android',
      // Some builds name the device too ("Android 14; Mobile; Lenovo TB-X505F; rv:131.0"): no '/' in it.
      String.raw`${MOZILLA} \(Android(?: \d{1,2}(?:\.\d{1,2}){0,2})?; (?:Mobile|Tablet)(?:; [A-Za-z0-9][\w.+\- ]{0,40})?; ${RV}\) Gecko/\d{1,3}\.\d{1,2} Firefox/(?<v>\d{1,3}\.\d{1,2}(?:\.\d{1,2})?)`,
    ),
    // Firefox for iOS writes two spaces before "Mobile/" (since version 102), and "CPU iPhone OS"
    // on an iPad too when it asks for mobile sites.
    template(
      'firefox-ios',
      'firefox',
      'ios',
      String.raw`${MOZILLA} \((?:${IOS}|iPad; CPU iPhone OS ${IOS_VERSION} like Mac OS X)\) ${WEBKIT} FxiOS/${FXIOS_VERSION}  ?${IOS_TAIL}`,
    ),
    // Firefox on an iPad in desktop mode (newer versions send Safari's Mac text): macOS, as above.
    template(
      'firefox-ipad-desktop',
      'firefox',
      'macos',
      String.raw`${IPAD_AS_MAC} FxiOS/${FXIOS_VERSION} Safari/\d{3}(?:\.\d{1,3}){1,3}`,
    ),
    template(
      'safari-macos',
      'safari',
      'macos',
      String.raw`${MOZILLA} \(${MAC_UNDERSCORE}\) ${WEBKIT} Version/${SAFARI_VERSION} Safari/\d{3}(?:\.\d{1,3}){1,3}`,
    ),
    template(
      'safari-ios',
      'safari',
      'ios',
      String.raw`${MOZILLA} \(${IOS}\) ${WEBKIT} Version/${SAFARI_VERSION} ${IOS_TAIL}`,
    ),
    // Safari's shape on systems Apple never shipped it for (old Safari for Windows, lookalikes). It is
    // whitelisted only so the policy, not this table, refuses it with `safari-requires-apple-os`.
    template(
      'safari-windows',
      'safari',
      'windows',
      String.raw`${MOZILLA} \((?:Windows; U; )?${WINDOWS}(?:; [a-z]{2}(?:-[A-Za-z]{2})?)?\) AppleWebKit/\d{3}(?:\.\d{1,3}){1,3}\+? \(KHTML, like Gecko\) Version/${SAFARI_VERSION} Safari/\d{3}(?:\.\d{1,3}){1,3}`,
    ),
    template(
      'safari-linux',
      'safari',
      'linux',
      String.raw`${MOZILLA} \(X11; (?:Ubuntu; |Fedora; )?Linux ${LINUX_ARCH}\) ${WEBKIT} Version/${SAFARI_VERSION} Safari/\d{3}(?:\.\d{1,3}){1,3}`,
    ),
  ]);
  return cache;
}

/** A string that matched a template: which one, and the captured version. */
export interface TemplateMatch {
  readonly template: BrowserTemplate;
  readonly version: string;
}

/** Tries every template; the first full match wins. */
export function matchTemplate(userAgent: string): TemplateMatch | undefined {
  // Cheap gate: every template starts with this; most junk and bots are rejected here.
  if (!userAgent.startsWith('Mozilla/5.0 (')) return undefined;
  for (const entry of browserTemplates()) {
    const version = entry.pattern.exec(userAgent)?.groups?.v;
    if (version !== undefined) return { template: entry, version };
  }
  return undefined;
}
