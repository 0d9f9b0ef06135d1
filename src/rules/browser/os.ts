import UAParser from 'ua-parser-js';
import type { OperatingSystemId } from '../browser-policy.js';
import type { TemplatePlatform } from './templates.js';

/**
 * The operating system as detected: the policy id used for decisions, and a display name/version.
 * `windows-10-or-11` is the `Windows NT 10.0` token without client hints to tell the two apart.
 */
export interface DetectedOs {
  readonly id: OperatingSystemId | 'windows-10-or-11' | 'unknown';
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

const LINUX_NAMES =
  /^(?:linux|[kxl]?ubuntu|debian|fedora|mint|arch|gentoo|suse|opensuse|centos|red ?hat|manjaro|elementary os|deepin|raspbian|slackware|mandriva|mageia|zenwalk|linpus|sabayon|linspire|pclinuxos|vectorlinux)$/i;

/**
 * Names the operating system with ua-parser-js and maps it to a policy id. ua-parser-js only names
 * things here; it never decides whether a browser is supported.
 */
export function detectOs(userAgent: string, hints: OsHints | undefined): DetectedOs {
  const os = new UAParser(userAgent).getOS();
  const name = os.name;
  const version = os.version || undefined;
  if (name === undefined || name === '') return { id: 'unknown' };
  if (name === 'Windows') return windows(version, hints);
  if (name === 'Mac OS') return withVersion('macos', 'macOS', version);
  if (name === 'iOS') {
    // iPads moved to "iPadOS" at 13; before that they ran iOS like iPhones.
    const ipados = userAgent.includes('(iPad;') && Number.parseInt(version ?? '', 10) >= 13;
    return ipados ? withVersion('ipados', 'iPadOS', version) : withVersion('ios', 'iOS', version);
  }
  if (name === 'Android') return withVersion('android', 'Android', version);
  if (name === 'Chromium OS') return withVersion('chromeos', 'ChromeOS', version);
  // ua-parser-js reports the CPU architecture as a Linux "version"; only keep real numbers.
  if (LINUX_NAMES.test(name))
    return withVersion('linux', name, version && /^\d/.test(version) ? version : undefined);
  // ua-parser-js keeps the casing of the matched text for some systems ("KAIOS").
  return withVersion('other', name.toLowerCase() === 'kaios' ? 'KaiOS' : name, version);
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
      return windows(NT_VERSIONS[/Windows NT (\d{1,2}\.\d)/.exec(userAgent)?.[1] ?? ''], hints);
    case 'macos': {
      const version = /Mac OS X (\d{1,2}(?:[._]\d{1,2}){0,2})/.exec(userAgent)?.[1]?.replaceAll('_', '.');
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
