import type { Locale } from '../locales/types.js';
import type { GuideAudience } from './guide.js';
import type { LabelPolicy } from './label-policy.js';

/**
 * The options `buildGuide` and `describeStep` share: the language, the audience, how portal labels
 * appear, and the names to show.
 *
 * @example
 * ```ts
 * import { es } from 'portal-helpdesk/locales/es';
 * const options: GuideWordsOptions = { locale: es, audience: 'patient', labels: 'translated', patientName: 'Ana Rivera' };
 * ```
 */
export interface GuideWordsOptions {
  /**
   * The language: a `Locale` object, such as `es` from `portal-helpdesk/locales/es` (a host's own
   * locale must have every key of the English one). English by default. The string `'en'` is still
   * accepted from callers of 0.1; any other language code is refused.
   */
  readonly locale?: Locale | 'en' | undefined;
  /**
   * Who reads the words: `staff` (the default, with the notes for staff) or `patient` (in the
   * patient's own voice, nothing staff-only).
   */
  readonly audience?: GuideAudience | undefined;
  /**
   * How portal labels appear in another language than the portal's: `portal` (the default) keeps the
   * exact English label and glosses it the first time; `translated` uses the language's own label
   * where the reference gives one. See docs/policies.md, "Wording decisions".
   */
  readonly labels?: LabelPolicy | undefined;
  /**
   * The patient's name as the portal shows it (1 to 200 characters), e.g. `Ana Rivera`. Default: in
   * `describeStep`, the name the session holds; otherwise a neutral placeholder in the chosen
   * language.
   */
  readonly patientName?: string | undefined;
  /**
   * The name of the family member who manages the patient's account (1 to 200 characters). Default:
   * a neutral placeholder in the chosen language.
   */
  readonly familyMemberName?: string | undefined;
}
