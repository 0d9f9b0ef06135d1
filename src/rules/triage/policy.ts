import { PortalHelpdeskError } from '../../errors.js';
import { stringUpTo } from '../../internal/field-checks.js';
import {
  type FieldShape,
  objectField,
  optionalField,
  parseFields,
  passThroughField,
} from '../../internal/fields.js';
import { deepFreeze } from '../../internal/freeze.js';
import { NOT_ONE_OF } from '../../internal/validate.js';
import { causeFixes, type PracticeCauseCode, type SymptomId, symptomIds } from './catalog.js';

/**
 * The longest advice a practice may write for one cause.
 *
 * @example
 * ```ts
 * MAX_PRACTICE_ADVICE_LENGTH;
 * //=> 1000
 * ```
 */
export const MAX_PRACTICE_ADVICE_LENGTH = 1000;

/**
 * A practice's triage: which symptoms its staff are offered, in which order, and its own words for
 * the causes where the reference is silent (`PracticeCauseCode`), which replace the locale's
 * general advice in every language.
 *
 * @example
 * ```ts
 * const policy: TriagePolicy = defaultTriagePolicy;
 * ```
 */
export interface TriagePolicy {
  readonly symptoms: readonly SymptomId[];
  readonly practiceAdvice: { readonly [Code in PracticeCauseCode]?: string };
}

/**
 * What a practice may change in a {@link TriagePolicy}; anything left out keeps its default.
 *
 * @example
 * ```ts
 * const overrides: TriagePolicyOverrides = { practiceAdvice: { 'link-expired': 'Call 555-0100 for a new link.' } };
 * ```
 */
export interface TriagePolicyOverrides {
  readonly symptoms?: readonly SymptomId[] | undefined;
  readonly practiceAdvice?: { readonly [Code in PracticeCauseCode]?: string | undefined } | undefined;
}

/**
 * Every symptom of the catalog, and the locale's general advice for every practice cause.
 *
 * @example
 * ```ts
 * defaultTriagePolicy.symptoms.length;
 * //=> 15
 * ```
 */
export const defaultTriagePolicy: TriagePolicy = deepFreeze({
  symptoms: [...symptomIds],
  practiceAdvice: {},
});

/**
 * The causes whose fix is the practice's advice, in catalog order.
 *
 * @example
 * ```ts
 * practiceCauseCodes.includes('link-expired');
 * //=> true
 * ```
 */
export const practiceCauseCodes: readonly PracticeCauseCode[] = Object.freeze(
  (Object.keys(causeFixes) as (keyof typeof causeFixes)[]).filter(
    (code): code is PracticeCauseCode => causeFixes[code].kind === 'practice',
  ),
);

const adviceShape: FieldShape = Object.fromEntries(
  practiceCauseCodes.map((code) => [code, optionalField(stringUpTo(MAX_PRACTICE_ADVICE_LENGTH))]),
);
const policyShape = { symptoms: passThroughField, practiceAdvice: optionalField(objectField(adviceShape)) };
const CONTEXT = 'defineTriagePolicy';

/**
 * Builds a practice's triage policy from the defaults and its overrides, after checking them.
 *
 * @param overrides - `symptoms` (1 to 15 distinct symptom ids, in the order staff see them) and
 *   `practiceAdvice` (per practice cause, the practice's own words, 1 to 1000 characters).
 * @returns A deep-frozen policy.
 * @throws {PortalHelpdeskError} `invalid-input` naming the bad field: an unknown or repeated
 *   symptom, an unknown cause (a cause whose fix is a workflow step cannot be replaced), blank or
 *   over-long advice, an unknown key.
 *
 * @example
 * ```ts
 * defineTriagePolicy({ symptoms: ['code-not-received', 'forgot-password'] }).symptoms;
 * //=> ['code-not-received', 'forgot-password']
 * ```
 */
export function defineTriagePolicy(overrides?: TriagePolicyOverrides): TriagePolicy {
  if (overrides === undefined) return defaultTriagePolicy;
  const parsed = parseFields(policyShape, overrides, CONTEXT);
  const symptoms =
    parsed.symptoms === undefined ? defaultTriagePolicy.symptoms : readSymptoms(parsed.symptoms);
  const practiceAdvice: Partial<Record<PracticeCauseCode, string>> = {};
  for (const code of practiceCauseCodes) {
    const text = parsed.practiceAdvice?.[code];
    if (typeof text !== 'string') continue;
    if (text.trim() === '')
      throw new PortalHelpdeskError(
        'invalid-input',
        [{ path: ['practiceAdvice', code], message: 'Expected advice, not blank text' }],
        CONTEXT,
      );
    practiceAdvice[code] = text;
  }
  return deepFreeze({ symptoms: [...symptoms], practiceAdvice });
}

function readSymptoms(value: unknown): readonly SymptomId[] {
  const fail = (path: (string | number)[], message: string): never => {
    throw new PortalHelpdeskError('invalid-input', [{ path: ['symptoms', ...path], message }], CONTEXT);
  };
  if (!Array.isArray(value)) return fail([], 'Expected array');
  if (value.length === 0 || value.length > symptomIds.length)
    return fail([], `Expected 1 to ${symptomIds.length} symptoms`);
  const seen = new Set<SymptomId>();
  value.forEach((id: unknown, index) => {
    if (!symptomIds.includes(id as SymptomId)) fail([index], NOT_ONE_OF);
    if (seen.has(id as SymptomId)) fail([index], 'Symptom listed twice');
    seen.add(id as SymptomId);
  });
  return [...seen];
}

/**
 * Reads a policy given as an option: a {@link TriagePolicy} (from {@link defineTriagePolicy}) or
 * overrides, checked the same way.
 */
export function parseTriagePolicy(value: unknown): TriagePolicy {
  if (value === undefined || value === defaultTriagePolicy) return defaultTriagePolicy;
  return defineTriagePolicy(value as TriagePolicyOverrides);
}
