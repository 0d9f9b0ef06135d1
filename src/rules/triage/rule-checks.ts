import type { Locale } from '../../locales/types.js';
import type { BrowserByNameInput } from '../browser-by-name.js';
import type { MessageDraft } from '../message.js';

/** A rule's verdict as the triage reads it: its status or validity, reason code and advice. */
export interface TriageBrowserVerdict {
  readonly status: string;
  readonly reason: string;
  readonly advice: string | undefined;
}

/**
 * The rule checks behind a triage that bring heavy code (libphonenumber-js, the user-agent
 * classifier): `diagnose` runs the real rules; a guide walk states the verdicts its own answers
 * get, so a printed guide bundles neither (docs/decisions.md, "Workflow checks").
 *
 * @example
 * ```ts
 * const phone: TriageRuleChecks['phone'] = () => ({ valid: true, reason: 'mobile', advice: undefined });
 * phone('(201) 555-0123', undefined).valid;
 * //=> true
 * ```
 */
export interface TriageRuleChecks {
  /** The phone rule on a number the caller read out (read as a US number without a country code). */
  readonly phone: (
    phone: string,
    locale: Locale | undefined,
  ) => { readonly valid: boolean; readonly reason: string; readonly advice: string | undefined };
  /** The browser rule on a patient's user agent. */
  readonly browser: (userAgent: string, locale: Locale | undefined) => TriageBrowserVerdict;
  /** The staff browser rule on a staff member's user agent. */
  readonly staffBrowser: (userAgent: string, locale: Locale | undefined) => TriageBrowserVerdict;
  /** The browser rule on a browser named on the phone. */
  readonly browserByName: (input: BrowserByNameInput, locale: Locale | undefined) => TriageBrowserVerdict;
  /** Whether the portal would take `answer` for the saved `savedAnswer` (`securityAnswersMatch`). */
  readonly securityAnswer: (answer: string, savedAnswer: string) => boolean;
  /** The message rule on a draft under the default policy: its reason and issues (code, advice). */
  readonly message: (
    draft: MessageDraft,
    locale: Locale | undefined,
  ) => {
    readonly reason: string;
    readonly issues: readonly { readonly code: string; readonly message: string | undefined }[];
  };
}
