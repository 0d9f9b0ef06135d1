import { wholeNumberField } from '../internal/field-checks.js';
import { type FieldReader, objectField, optionalField, parseFields } from '../internal/fields.js';
import { deepFreeze } from '../internal/freeze.js';

/**
 * The four browsers the Patient Portal supports. Internet Explorer is not a policy entry: it is never
 * supported, whatever the policy says.
 *
 * @example
 * ```ts
 * const family: PolicyBrowser = 'edge';
 * ```
 */
export type PolicyBrowser = 'chrome' | 'edge' | 'firefox' | 'safari';

/**
 * Operating systems a {@link BrowserPolicy} can name. Windows 10 and 11 are separate entries even
 * though a user agent alone cannot tell them apart (client hints can). `other` is any system not
 * listed (FreeBSD, Tizen, webOS, Windows Phone...).
 *
 * @example
 * ```ts
 * const os: OperatingSystemId = 'windows-8.1';
 * ```
 */
export type OperatingSystemId =
  | 'windows-xp'
  | 'windows-vista'
  | 'windows-7'
  | 'windows-8'
  | 'windows-8.1'
  | 'windows-10'
  | 'windows-11'
  | 'macos'
  | 'ios'
  | 'ipados'
  | 'android'
  | 'chromeos'
  | 'linux'
  | 'other';

/**
 * Where one browser is allowed: `'any'` operating system, or only the ones listed (an empty list
 * switches the browser off).
 *
 * @example
 * ```ts
 * const edgeRule: OperatingSystemRule = ['windows-10', 'windows-11'];
 * ```
 */
export type OperatingSystemRule = 'any' | readonly OperatingSystemId[];

/**
 * The supported-browser policy, as data. Pass your own to `checkBrowserSupport` to narrow or widen
 * the default; it is validated on every call.
 *
 * @example
 * ```ts
 * const strict: BrowserPolicy = {
 *   ...defaultBrowserPolicy,
 *   minimumVersions: { chrome: 109, edge: 109, firefox: 115, safari: 15 },
 * };
 * const oldChrome =
 *   'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/100.0.0.0 Safari/537.36';
 * checkBrowserSupport(oldChrome, { policy: strict }).reason;
 * //=> 'outdated-browser'
 * ```
 */
export interface BrowserPolicy {
  /** For each supported browser, the operating systems it may run on. */
  readonly operatingSystems: {
    readonly chrome: OperatingSystemRule;
    readonly edge: OperatingSystemRule;
    readonly firefox: OperatingSystemRule;
    readonly safari: OperatingSystemRule;
  };
  /**
   * Lowest accepted major version per browser (Safari: the `Version/` number). Absent means any
   * version whose user agent has the modern shape. See docs/rules-browser.md.
   */
  readonly minimumVersions?:
    | {
        readonly chrome?: number | undefined;
        readonly edge?: number | undefined;
        readonly firefox?: number | undefined;
        readonly safari?: number | undefined;
      }
    | undefined;
}

/**
 * Every {@link OperatingSystemId}, in display order.
 *
 * @example
 * ```ts
 * operatingSystemIds.includes('chromeos');
 * //=> true
 * ```
 */
export const operatingSystemIds: readonly OperatingSystemId[] = Object.freeze([
  'windows-xp',
  'windows-vista',
  'windows-7',
  'windows-8',
  'windows-8.1',
  'windows-10',
  'windows-11',
  'macos',
  'ios',
  'ipados',
  'android',
  'chromeos',
  'linux',
  'other',
]);

/**
 * The default policy, from the vendor's help page: Chrome and Firefox on any system (Chrome on iOS
 * and Android included), Edge on Windows 7, 8, 8.1, 10 and 11 only, Safari on Apple devices only
 * (macOS, iOS, iPadOS), no minimum versions. Frozen.
 *
 * @example
 * ```ts
 * defaultBrowserPolicy.operatingSystems.edge;
 * //=> ['windows-7', 'windows-8', 'windows-8.1', 'windows-10', 'windows-11']
 * ```
 */
export const defaultBrowserPolicy: BrowserPolicy = deepFreeze({
  operatingSystems: {
    chrome: 'any',
    edge: ['windows-7', 'windows-8', 'windows-8.1', 'windows-10', 'windows-11'],
    firefox: 'any',
    safari: ['macos', 'ios', 'ipados'],
  },
  minimumVersions: {},
});

/**
 * `'any'` or up to 32 system ids. Read by hand so that `z.union` and `z.array` stay out of bundles,
 * with the one issue `z.union([z.literal('any'), z.array(z.enum(ids)).check(z.maxLength(32))])`
 * gives for anything else (zod refuses an over-long array before reading it, so both shapes fail).
 */
const ruleField: FieldReader<OperatingSystemRule> = {
  readField: (value, path, issues) => {
    if (value === 'any') return value;
    if (!Array.isArray(value) || value.length > 32 || !allIds(value)) {
      issues.push({ path: [...path], message: 'Does not match any accepted shape' });
    }
    return value as OperatingSystemId[];
  },
};

/** Every entry, holes of a sparse array included (as `undefined`, as zod reads them), is a system id. */
function allIds(list: readonly unknown[]): boolean {
  for (let index = 0; index < list.length; index++) {
    if (!operatingSystemIds.includes(list[index] as OperatingSystemId)) return false;
  }
  return true;
}
const versionField = optionalField(wholeNumberField(1, 9999));

/**
 * The fields of a {@link BrowserPolicy} (internal: {@link parseBrowserPolicy} reads one with them).
 *
 * @example
 * ```ts
 * parseFields(browserPolicyShape, { operatingSystems: {} }, 'ctx');
 * //=> throws PortalHelpdeskError: ctx: invalid-input (operatingSystems.chrome: Does not match any accepted shape; ...)
 * ```
 */
export const browserPolicyShape = {
  operatingSystems: objectField({
    chrome: ruleField,
    edge: ruleField,
    firefox: ruleField,
    safari: ruleField,
  }),
  minimumVersions: optionalField(
    objectField({ chrome: versionField, edge: versionField, firefox: versionField, safari: versionField }),
  ),
};

/**
 * Validates a caller's policy (internal: the rule functions call it). The return type also proves at
 * compile time that the schema and {@link BrowserPolicy} agree.
 *
 * @throws {PortalHelpdeskError} `invalid-input`, naming the bad field but never its value.
 * @example
 * ```ts
 * parseBrowserPolicy({ operatingSystems: { chrome: 'any', edge: [], firefox: 'any', safari: ['macos'] } }, 'ctx');
 * //=> the same policy, typed
 * ```
 */
export function parseBrowserPolicy(value: unknown, context: string): BrowserPolicy {
  if (value === defaultBrowserPolicy) return defaultBrowserPolicy;
  return parseFields(browserPolicyShape, value, context);
}

/**
 * Whether `policy` lets `browser` run on `os` (internal). An unknown system is only covered by `'any'`.
 *
 * @example
 * ```ts
 * isAllowedOn(defaultBrowserPolicy, 'edge', 'macos');
 * //=> false
 * ```
 */
export function isAllowedOn(
  policy: BrowserPolicy,
  browser: PolicyBrowser,
  os: OperatingSystemId | 'unknown',
): boolean {
  const rule = policy.operatingSystems[browser];
  if (rule === 'any') return true;
  return os !== 'unknown' && rule.includes(os);
}
