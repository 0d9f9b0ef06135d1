import { PortalHelpdeskError } from '../../errors.js';
import { optionalField, parseFields, passThroughField } from '../../internal/fields.js';
import { NOT_ONE_OF } from '../../internal/validate.js';
import type { Locale } from '../../locales/types.js';
import { eligibilityInputShape } from '../eligibility.js';
import type { SymptomId } from './catalog.js';
import { type Evaluation, evaluators, type TriageCheckResult } from './evaluate.js';
import { parseFacts, type TriageFacts } from './facts.js';
import { parseTriagePolicy, type TriagePolicy } from './policy.js';
import type { TriageRuleChecks } from './rule-checks.js';

// The word-free part of `diagnose`: which causes the facts point to, or which questions remain.
// An assist session keeps codes only, so it runs this part alone, with its own rule checks (the
// live rules, or a guide walk's stated verdicts): no triage words, no phone metadata in a guide.

/**
 * The fields of `diagnose`'s options besides `locale`: the clock, zone and minimum age are checked
 * up front, as the age check checks them (a minimum age from 13 to 120), whether or not a birth
 * date comes with them.
 */
export const triageOptionsShape = {
  policy: passThroughField,
  now: optionalField(eligibilityInputShape.now),
  timeZone: optionalField(eligibilityInputShape.timeZone),
  minimumAge: eligibilityInputShape.minimumAge,
};

/** Options as the evaluation reads them. */
export interface TriageRunOptions {
  /** A locale object for the rules' advice; `undefined` for English. */
  readonly locale: Locale | undefined;
  readonly policy: TriagePolicy;
  readonly now: Date | undefined;
  readonly timeZone: string | undefined;
  readonly minimumAge: number | undefined;
}

/**
 * Reads options without a locale (an assist session's), as `diagnose` reads its own.
 *
 * @throws {PortalHelpdeskError} `invalid-input` naming the option.
 */
export function readTriageOptions(options: unknown, fn: string): TriageRunOptions {
  const context = `${fn}(options)`;
  const parsed = options === undefined ? undefined : parseFields(triageOptionsShape, options, context);
  return {
    locale: undefined,
    policy: parseTriagePolicy(parsed?.policy),
    now: parsed?.now,
    timeZone: parsed?.timeZone,
    minimumAge: parsed?.minimumAge,
  };
}

/** The symptom, when the policy offers it. */
export function readSymptom(symptom: unknown, policy: TriagePolicy, context: string): SymptomId {
  if (typeof symptom === 'string' && (policy.symptoms as readonly string[]).includes(symptom))
    return symptom as SymptomId;
  throw new PortalHelpdeskError(
    'invalid-input',
    [{ path: ['symptom'], message: typeof symptom === 'string' ? NOT_ONE_OF : 'Expected string' }],
    context,
  );
}

/** What the facts of one symptom point to, with the rule checks that ran. */
export interface CausesFound {
  readonly symptom: SymptomId;
  readonly evaluation: Evaluation;
  readonly checks: readonly TriageCheckResult[];
}

/**
 * Evaluates a symptom on its facts with the given rule checks: the causes found, or the questions
 * still to ask. `diagnose` words the result; an assist session keeps its codes.
 *
 * @throws {PortalHelpdeskError} `invalid-input` for a symptom the policy does not offer, a fact of
 *   the wrong type, or a birth date without `now` and `timeZone`.
 */
export function findCauses(
  symptom: unknown,
  facts: unknown,
  read: TriageRunOptions,
  checks: TriageRuleChecks,
  fn: string,
): CausesFound {
  const id = readSymptom(symptom, read.policy, `${fn}(symptom)`);
  const known: TriageFacts = parseFacts(facts, `${fn}(facts)`);
  if (known.birthDate !== undefined) {
    const missing = (['now', 'timeZone'] as const).filter((key) => read[key] === undefined);
    if (missing.length > 0)
      throw new PortalHelpdeskError(
        'invalid-input',
        missing.map((key) => ({ path: [key], message: 'Required with a birthDate fact' })),
        `${fn}(options)`,
      );
  }
  const results: TriageCheckResult[] = [];
  const evaluation = evaluators[id](known, {
    locale: read.locale,
    now: read.now,
    timeZone: read.timeZone,
    minimumAge: read.minimumAge,
    checks,
    record: (check, reason) => {
      results.push({ check, reason });
    },
  });
  return { symptom: id, evaluation, checks: results };
}
