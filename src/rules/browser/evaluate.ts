import { stringField, stringUpTo, trueOrFalse } from '../../internal/field-checks.js';
import {
  type FieldReader,
  listField,
  type ObjectField,
  objectField,
  optionalField,
  type ParsedFields,
  parseFields,
  parseValue,
} from '../../internal/fields.js';
import type { LocaleOption } from '../../locales/option.js';
import type { BrowserPolicy, PolicyBrowser } from '../browser-policy.js';
import type { DetectedBrowser } from '../browser-support.js';
import { MAX_USER_AGENT_LENGTH } from '../input-limits.js';
import { browserLabels } from './advice.js';
import { type Classification, classify, isNotWhitelisted } from './classify.js';
import { parseBrowserOptions } from './options.js';
import { type DetectedOs, detectOs, platformHintAgrees, templateOs } from './os.js';
import { matchTemplate, type TemplatePlatform } from './templates.js';
import { allowedOn, refusalOnOs, refused, supported, unknown, type Verdict } from './verdict.js';

export { MAX_USER_AGENT_LENGTH };

// Hand-written field checks rather than zod (see docs/decisions.md). The user agent's length is
// capped by `decide` (a verdict, not an error) before any regular expression reads it.
const shortText = stringUpTo(256);
const hintsShape = {
  platform: optionalField(shortText),
  platformVersion: optionalField(shortText),
  brands: optionalField(listField({ brand: shortText, version: shortText }, 32)),
  mobile: optionalField(trueOrFalse),
};
/**
 * The fields of `{ userAgent, clientHints }` (internal: the browser checks read it with them).
 *
 * @example
 * ```ts
 * parseFields(browserInputShape, { userAgent: 'Mozilla/5.0', clientHints: { mobile: 'no' } }, 'ctx');
 * //=> throws PortalHelpdeskError: ctx: invalid-input (clientHints.mobile: Expected boolean)
 * ```
 */
export const browserInputShape = {
  userAgent: stringField,
  clientHints: optionalField(knownFieldsOf(objectField(hintsShape))),
};

/**
 * What `getHighEntropyValues` returns holds more than the hints read (`architecture`,
 * `fullVersionList`...): only the shape's own keys are handed on, the rest is never read
 * (docs/rules-browser.md). A getter that throws is handed on as one, to be reported at its field.
 */
function knownFieldsOf<Field extends ObjectField>(field: Field): Field {
  return {
    ...field,
    readField: (value, path, issues) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return field.readField(value, path, issues);
      const known: Record<string, unknown> = {};
      for (const key of Object.keys(field.shape)) {
        if (!Object.hasOwn(value, key)) continue;
        try {
          known[key] = (value as Record<string, unknown>)[key];
        } catch (error) {
          Object.defineProperty(known, key, {
            enumerable: true,
            get: () => {
              throw error;
            },
          });
        }
      }
      return field.readField(known, path, issues);
    },
  };
}

type Hints = ParsedFields<typeof hintsShape>;

export type { Verdict } from './verdict.js';

/** Validates the arguments and decides. Throws `PortalHelpdeskError` only for wrong types or shapes. */
export function evaluate(
  input: unknown,
  options: unknown,
  fn: string,
  localeCheck: FieldReader<LocaleOption>,
): { verdict: Verdict; locale: LocaleOption | undefined } {
  const { policy, locale } = parseBrowserOptions(options, fn, localeCheck);
  let userAgent: string;
  let hints: Hints | undefined;
  if (typeof input === 'object' && input !== null) {
    const parsed = parseFields(browserInputShape, input, `${fn}(input)`);
    userAgent = parsed.userAgent;
    hints = parsed.clientHints;
  } else {
    userAgent = parseValue(stringField, input, `${fn}(input)`);
  }
  return { verdict: decide(userAgent, hints, policy), locale };
}

function decide(userAgent: string, hints: Hints | undefined, policy: BrowserPolicy): Verdict {
  const nowhere: DetectedOs = { id: 'unknown' };
  if (userAgent.length > MAX_USER_AGENT_LENGTH) return unknown('user-agent-too-long', nowhere, policy);
  if (userAgent.trim() === '') return unknown('empty-user-agent', nowhere, policy);
  const match = matchTemplate(userAgent);
  const android = match?.template.platform === 'android';
  if (match !== undefined && !isNotWhitelisted(userAgent, android)) {
    const { family, platform } = match.template;
    const os = templateOs(userAgent, platform, hints);
    return decideWhitelisted({ family, platform, version: match.version, os, hints, policy });
  }
  const os = detectOs(userAgent, hints);
  return fromClassification(
    classify(userAgent, allowedOn(policy, 'edge', os) === 'yes', android),
    os,
    policy,
  );
}

interface Whitelisted {
  readonly family: PolicyBrowser;
  readonly platform: TemplatePlatform;
  readonly version: string;
  readonly os: DetectedOs;
  readonly hints: Hints | undefined;
  readonly policy: BrowserPolicy;
}

function decideWhitelisted({ family, platform, version, os, hints, policy }: Whitelisted): Verdict {
  const browser: DetectedBrowser = { family, name: browserLabels[family], version };
  const veto = hintsVeto(family, platform, os, hints);
  if (veto?.kind === 'conflict') return unknown('conflicting-client-hints', os, policy);
  if (veto?.kind === 'brand') {
    const reason = /webview/i.test(veto.brand) ? 'webview' : 'other-browser';
    return refused(reason, { family: 'other', name: veto.brand }, os, policy);
  }
  const refusal = refusalOnOs(family, browser, os, policy);
  if (refusal !== undefined) return refusal;
  const minimum = policy.minimumVersions?.[family];
  if (minimum !== undefined && Number.parseInt(version, 10) < minimum) {
    return refused('outdated-browser', browser, os, policy);
  }
  return supported(browser, os);
}

const GREASE_BRAND = /^[^a-z0-9]*not[^a-z0-9]*a[^a-z0-9]*brand[^a-z0-9]*$/i;
const EXPECTED_BRAND: Partial<Record<PolicyBrowser, string>> = {
  chrome: 'Google Chrome',
  edge: 'Microsoft Edge',
};

type Veto = { readonly kind: 'conflict' } | { readonly kind: 'brand'; readonly brand: string };

/**
 * Client hints can only take a verdict away. A brand other than the expected one names a fork
 * (Brave, Opera...) that sends Chrome's exact user agent. Hints that contradict the user agent (a
 * platform that disagrees, brands from a browser that sends none) are a conflict.
 */
function hintsVeto(
  family: PolicyBrowser,
  platform: TemplatePlatform,
  os: DetectedOs,
  hints: Hints | undefined,
): Veto | undefined {
  if (hints === undefined) return undefined;
  if (hints.platform !== undefined && !platformHintAgrees(os, hints.platform)) return { kind: 'conflict' };
  const brands = hints.brands;
  if (brands === undefined || brands.length === 0) return undefined;
  const expected = EXPECTED_BRAND[family];
  // Only Chromium on Windows, macOS, Linux, ChromeOS and Android sends brands; never Firefox, Safari or iOS.
  if (expected === undefined || platform === 'ios') return { kind: 'conflict' };
  const named = brands.map((entry) => entry.brand.trim()).filter((brand) => !GREASE_BRAND.test(brand));
  const other = named.find((brand) => brand !== expected && brand !== 'Chromium');
  if (other !== undefined) return { kind: 'brand', brand: other };
  return named.includes(expected) ? undefined : { kind: 'brand', brand: 'Chromium' };
}

function fromClassification(found: Classification, os: DetectedOs, policy: BrowserPolicy): Verdict {
  switch (found.kind) {
    case 'not-a-browser':
      return unknown('not-a-browser', os, policy);
    case 'malformed':
      return unknown('malformed-user-agent', os, policy);
    case 'unrecognised':
      return unknown('unrecognised-user-agent', os, policy);
    case 'internet-explorer':
      return refused('internet-explorer', withVersion('ie', 'Internet Explorer', found.version), os, policy);
    case 'edge-elsewhere':
      return refused(
        'edge-requires-windows',
        withVersion('edge', browserLabels.edge, found.version),
        os,
        policy,
      );
    case 'outdated':
      return refused(
        'outdated-browser',
        withVersion(found.family, browserLabels[found.family], found.version),
        os,
        policy,
      );
    case 'in-app-browser':
      return { ...refused('in-app-browser', withName(found.name), os, policy), appName: found.name };
    case 'other-browser':
      return refused('other-browser', withVersion('other', found.name, found.version), os, policy);
    default:
      return refused(found.kind, withName(found.name), os, policy);
  }
}

function withName(name: string | undefined): DetectedBrowser {
  return name === undefined ? { family: 'other' } : { family: 'other', name };
}

function withVersion(
  family: DetectedBrowser['family'],
  name: string | undefined,
  version: string | undefined,
) {
  const browser: { family: DetectedBrowser['family']; name?: string; version?: string } = { family };
  if (name !== undefined) browser.name = name;
  if (name !== undefined && version !== undefined) browser.version = version;
  return browser;
}
