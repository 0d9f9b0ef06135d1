import type { NamedBrowser, NamedOperatingSystem, WindowsVersion } from '../browser-by-name.js';
import { operatingSystemIds } from '../browser-policy.js';

// The values `checkBrowserByName` accepts, apart from the rule: the triage facts read them too,
// without bundling the rule and its words.

/** Browsers accepted in `browser`, in display order (also read by the triage facts). */
export const NAMED_BROWSERS: readonly NamedBrowser[] = [
  'chrome',
  'edge',
  'firefox',
  'safari',
  'internet-explorer',
  'other',
  'unknown',
];
export const WINDOWS_VERSIONS: readonly WindowsVersion[] = ['7', '8', '8.1', '10', '11'];
export const NAMED_SYSTEMS: readonly NamedOperatingSystem[] = [...operatingSystemIds, 'windows', 'unknown'];
