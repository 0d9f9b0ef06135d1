import type { OperatingSystemId } from '../browser-policy.js';
import { versionAfter } from './names.js';
import type { TemplatePlatform } from './templates.js';

/**
 * The operating system as detected: the policy id used for decisions, and a display name/version.
 * `windows-10-or-11` is the `Windows NT 10.0` token without client hints to tell the two apart;
 * `windows` is a Windows of unknown version, as staff may name it (`checkBrowserByName`).
 */
export interface DetectedOs {
  readonly id: OperatingSystemId | 'windows-10-or-11' | 'windows' | 'unknown';
  readonly name?: string;
  readonly version?: string;
}

/** The client hints that matter for the operating system (already validated). */
export interface OsHints {
  readonly platform?: string | undefined;
  readonly platformVersion?: string | undefined;
}

const WINDOWS_VERSIONS: Readonly<Record<string, OperatingSystemId>> = {
  XP: 'windows-xp',
  Vista: 'windows-vista',
  '7': 'windows-7',
  '8': 'windows-8',
  '8.1': 'windows-8.1',
};

// Systems that carry another system's token too ("Windows Phone 10.0; Android 6.0"), so they come first.
const OTHER_SYSTEMS: readonly (readonly [RegExp, string])[] = [
  [/Xbox/i, 'Xbox'],
  [/PlayStation/i, 'PlayStation'],
  [/Nintendo/, 'Nintendo'],
  [/Windows (?:Phone|Mobile|CE)|WPDesktop|IEMobile/, 'Windows Phone'],
  [/Haiku/, 'Haiku'],
  [/HarmonyOS|OpenHarmony/, 'HarmonyOS'],
  [/KaiOS/i, 'KaiOS'],
  [/Tizen/, 'Tizen'],
  [/web[0O]S|hpwOS/i, 'webOS'],
  [/CrKey/, 'Chromecast'],
  [/BlackBerry|\bBB10\b|RIM Tablet/i, 'BlackBerry'],
  [/Symbian|SymbOS|Series ?60|\bS60\b/, 'Symbian'],
  [/Series ?40/, 'Series 40'],
  [/watchOS/, 'watchOS'],
  [/\bSailfish\b/, 'Sailfish OS'],
  [/\bbada\b/i, 'Bada'],
  [/Fuchsia/, 'Fuchsia'],
  [/SunOS|Solaris/, 'Solaris'],
];

const WINDOWS_NT = /Windows NT (\d{1,2}\.\d)/i;
const OLD_WINDOWS = /\bWin(?:dows)? ?(9[58]|9x|ME|2000|NT|16|32)\b/;
const MAC_VERSION = /Mac OS X (\d{1,2}(?:[._]\d{1,2}){0,2})/;
const ANDROID_VERSION = /Android[ /-]?(\d{1,2}(?:\.\d{1,2}){0,2})?/i;
const BSD = /(FreeBSD|OpenBSD|NetBSD|DragonFly|GhostBSD)/;
const LINUX_DISTRIBUTION =
  /\b([KXL]?ubuntu|Debian|Fedora|Mint|Gentoo|(?:open)?SUSE|CentOS|Red ?Hat|Arch|Manjaro|Slackware|Mandriva|Mageia|Raspbian|Deepin)\b/i;

/**
 * Names the operating system of a string that matched no template, and maps it to a policy id. Only
 * the refusal's wording and the download links depend on it: it never makes a string supported.
 */
export function detectOs(userAgent: string, hints: OsHints | undefined): DetectedOs {
  for (const [pattern, name] of OTHER_SYSTEMS) {
    const match = pattern.exec(userAgent);
    if (match !== null) return withVersion('other', name, versionAfter(userAgent, match.index));
  }
  const nt = WINDOWS_NT.exec(userAgent)?.[1];
  if (nt !== undefined) return windows(NT_VERSIONS[nt] ?? `NT ${nt}`, hints);
  const oldWindows = OLD_WINDOWS.exec(userAgent)?.[1];
  if (oldWindows !== undefined) {
    return withVersion('other', 'Windows', /^\d\d$|^ME$/.test(oldWindows) ? oldWindows : undefined);
  }
  const android = ANDROID_VERSION.exec(userAgent);
  if (android !== null) return withVersion('android', 'Android', android[1]);
  if (userAgent.includes('CFNetwork/')) return { id: 'ios', name: 'iOS' };
  if (/(?<!like )\b(?:iPhone|iPad|iPod)\b/.test(userAgent)) return templateOs(userAgent, 'ios', hints);
  if (/Macintosh|Mac OS X|Mac_PowerPC/.test(userAgent)) return templateOs(userAgent, 'macos', hints);
  if (userAgent.includes('CrOS ')) return templateOs(userAgent, 'chromeos', hints);
  const bsd = BSD.exec(userAgent)?.[1];
  if (bsd !== undefined) return { id: 'other', name: bsd };
  const distribution = LINUX_DISTRIBUTION.exec(userAgent);
  if (distribution?.[1] !== undefined) {
    return withVersion('linux', distribution[1], versionAfter(userAgent, distribution.index));
  }
  if (/Linux|X11/.test(userAgent)) return { id: 'linux', name: 'Linux' };
  return { id: 'unknown' };
}

function windows(version: string | undefined, hints: OsHints | undefined): DetectedOs {
  const id = version === undefined ? undefined : WINDOWS_VERSIONS[version];
  if (id !== undefined) return { id, name: 'Windows', version: version as string };
  if (version !== '10') return withVersion('other', 'Windows', version);
  const fromHints = windows10Or11(hints);
  if (fromHints === 'windows-11') return { id: 'windows-11', name: 'Windows', version: '11' };
  if (fromHints === 'windows-10') return { id: 'windows-10', name: 'Windows', version: '10' };
  return { id: 'windows-10-or-11', name: 'Windows', version: '10/11' };
}

/**
 * `Sec-CH-UA-Platform-Version` on Windows: major 13 and above is Windows 11, 1 to 12 is Windows 10
 * (0 is Windows 7/8/8.1, which contradicts `Windows NT 10.0`, so it is ignored).
 */
function windows10Or11(hints: OsHints | undefined): 'windows-10' | 'windows-11' | undefined {
  if (hints?.platformVersion === undefined) return undefined;
  if (hints.platform !== undefined && hints.platform.toLowerCase() !== 'windows') return undefined;
  const match = /^(\d{1,4})(?:\.\d{1,6}){0,3}$/.exec(hints.platformVersion);
  const major = match?.[1] === undefined ? Number.NaN : Number(match[1]);
  if (major >= 13) return 'windows-11';
  if (major >= 1) return 'windows-10';
  return undefined;
}

function withVersion(id: DetectedOs['id'], name: string, version: string | undefined): DetectedOs {
  return version === undefined ? { id, name } : { id, name, version };
}

const NT_VERSIONS: Readonly<Record<string, string>> = {
  '5.0': '2000',
  '5.1': 'XP',
  '5.2': 'XP',
  '6.0': 'Vista',
  '6.1': '7',
  '6.2': '8',
  '6.3': '8.1',
  '10.0': '10',
};

/**
 * The operating system of a whitelisted string, read from the platform comment the template has
 * already validated. ua-parser-js is not asked here: its loose patterns can misread a free-text
 * Android model ("winnovo_K56HL" reads as Windows).
 */
export function templateOs(
  userAgent: string,
  platform: TemplatePlatform,
  hints: OsHints | undefined,
): DetectedOs {
  switch (platform) {
    case 'windows':
      return windows(NT_VERSIONS[WINDOWS_NT.exec(userAgent)?.[1] ?? ''], hints);
    case 'macos': {
      const version = MAC_VERSION.exec(userAgent)?.[1]?.replaceAll('_', '.');
      return withVersion('macos', 'macOS', version);
    }
    case 'ios': {
      const version = /OS (\d{1,2}(?:_\d{1,2}){0,2}) like Mac OS X/
        .exec(userAgent)?.[1]
        ?.replaceAll('_', '.');
      const ipados = userAgent.includes('(iPad;') && Number.parseInt(version ?? '', 10) >= 13;
      return ipados ? withVersion('ipados', 'iPadOS', version) : withVersion('ios', 'iOS', version);
    }
    case 'android':
      return withVersion('android', 'Android', /Android (\d{1,2}(?:\.\d{1,2}){0,2})/.exec(userAgent)?.[1]);
    case 'chromeos':
      return withVersion('chromeos', 'ChromeOS', /CrOS \w{1,10} (\d[\d.]{0,20})/.exec(userAgent)?.[1]);
    default: {
      const bsd = /(FreeBSD|OpenBSD|NetBSD)/.exec(userAgent)?.[1];
      return bsd === undefined ? { id: 'linux', name: 'Linux' } : { id: 'other', name: bsd };
    }
  }
}

/** The `Sec-CH-UA-Platform` values that agree with each detected OS id. */
export function platformHintAgrees(os: DetectedOs, platformHint: string): boolean {
  const hint = platformHint.toLowerCase();
  if (hint === '' || hint === 'unknown') return true;
  if (os.id.startsWith('windows-')) return hint === 'windows';
  switch (os.id) {
    case 'macos':
      return hint === 'macos';
    case 'chromeos':
      return hint === 'chrome os' || hint === 'chromium os' || hint === 'linux';
    case 'android':
      return hint === 'android';
    // Chrome on Android in "desktop site" mode sends a Linux user agent.
    case 'linux':
      return hint === 'linux' || hint === 'android';
    case 'ios':
    case 'ipados':
      return hint === 'ios';
    default:
      return true;
  }
}
