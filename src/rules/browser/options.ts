import { type FieldReader, optionalField, parseFields, passThroughField } from '../../internal/fields.js';
import type { LocaleOption } from '../../locales/option.js';
import { type BrowserPolicy, defaultBrowserPolicy, parseBrowserPolicy } from '../browser-policy.js';

/** The options every browser check takes, once validated. */
export interface BrowserOptions {
  readonly policy: BrowserPolicy;
  readonly locale: LocaleOption | undefined;
}

/**
 * Validates `{ policy?, locale? }`; `localeCheck` is the rule's own check of the locale section it
 * reads. Throws `PortalHelpdeskError` for a wrong type or shape.
 */
export function parseBrowserOptions(
  options: unknown,
  fn: string,
  localeCheck: FieldReader<LocaleOption>,
): BrowserOptions {
  if (options === undefined) return { policy: defaultBrowserPolicy, locale: undefined };
  const { locale, policy: custom } = parseFields(
    { locale: optionalField(localeCheck), policy: passThroughField },
    options,
    `${fn}(options)`,
  );
  const policy =
    custom === undefined ? defaultBrowserPolicy : parseBrowserPolicy(custom, `${fn}(options.policy)`);
  return { policy, locale };
}
