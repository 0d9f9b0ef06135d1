import type { Locale } from '../../locales/types.js';
import type { BrowserByNameInput } from '../browser-by-name.js';
import type { MessageDraft } from '../message.js';

/**
 * How two security answers compare (the triage's `answers` check).
 *
 * @example
 * ```ts
 * const comparison: SecurityAnswerComparison = 'answers-differ-in-characters';
 * ```
 */
export type SecurityAnswerComparison = 'answers-match' | 'answers-differ-in-characters' | 'answers-differ';

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
  /**
   * The browser rule on a browser named on the phone; with `staff`, for a staff member's own
   * browser (its advice speaks to the staff member, as `checkStaffBrowser`'s does).
   */
  readonly browserByName: (
    input: BrowserByNameInput,
    locale: Locale | undefined,
    staff: boolean,
  ) => TriageBrowserVerdict;
  /**
   * How `answer` compares with the saved `savedAnswer`: `answers-match` when the portal would take
   * it (`securityAnswersMatch`), `answers-differ-in-characters` when only spaces or special
   * characters set them apart, `answers-differ` otherwise.
   */
  readonly securityAnswer: (answer: string, savedAnswer: string) => SecurityAnswerComparison;
  /** The message rule on a draft under the default policy: its reason and issues (code, advice). */
  readonly message: (
    draft: MessageDraft,
    locale: Locale | undefined,
  ) => {
    readonly reason: string;
    readonly issues: readonly { readonly code: string; readonly message: string | undefined }[];
  };
}
