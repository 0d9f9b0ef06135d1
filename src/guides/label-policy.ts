import * as z from 'zod/mini';
import type { GuideWords } from '../locales/guide-words.js';
import type { RichText, TextSegment } from '../locales/text.js';

/**
 * How portal labels appear in a guide written in another language than the portal's:
 * `portal` (default) keeps the exact English label and adds the language's gloss the first time
 * each label appears; `translated` shows the portal's own label in that language where the
 * reference gives one, and otherwise the English label (without a gloss).
 *
 * @example
 * ```ts
 * labelPolicies;
 * //=> ['portal', 'translated']
 * ```
 */
export const labelPolicies = Object.freeze(['portal', 'translated'] as const);

/**
 * A label policy: `portal` (the exact English label, glossed the first time) or `translated`.
 *
 * @example
 * ```ts
 * const labels: LabelPolicy = 'translated';
 * buildGuide('registration', {}, { locale: es, labels });
 * ```
 */
export type LabelPolicy = (typeof labelPolicies)[number];

/** The `labels` option of `buildGuide` and `describeStep`. */
export const labelPolicySchema = z.enum(labelPolicies);

/** Labels one guide or step view has already glossed: a gloss comes the first time only. */
export type GlossState = Set<string>;

type Table = Readonly<Record<string, string>>;

/**
 * Finds a label's entry: exact, or through a `{patientName}` placeholder
 * ("I am {patientName}" matches "I am Jordan Rivera").
 */
function lookup(table: Table | undefined, label: string): string | undefined {
  // A host's own locale is data: anything but an object of strings is no table at all.
  if (typeof table !== 'object' || table === null) return undefined;
  if (Object.hasOwn(table, label)) {
    const entry: unknown = table[label];
    return typeof entry === 'string' ? entry : undefined;
  }
  for (const [key, entry] of Object.entries(table) as [string, unknown][]) {
    const at = key.indexOf('{patientName}');
    if (at < 0 || typeof entry !== 'string') continue;
    const before = key.slice(0, at);
    const after = key.slice(at + '{patientName}'.length);
    if (label.length > before.length + after.length && label.startsWith(before) && label.endsWith(after)) {
      // A function: a `$` in the name is text, not a replacement pattern.
      return entry.replaceAll('{patientName}', () => label.slice(before.length, label.length - after.length));
    }
  }
  return undefined;
}

/** A label as the policy shows it: the portal's own words in the guide's language, when known. */
export function policyLabel(label: string, words: GuideWords, policy: LabelPolicy): string {
  return policy === 'translated' ? (lookup(words.portalLabels, label) ?? label) : label;
}

/**
 * Applies the label policy to one text: under `portal`, each label's gloss follows it the first
 * time it appears (`seen` remembers across the texts of one guide); under `translated`, labels the
 * reference gives in the guide's language are replaced.
 */
export function applyLabelPolicy(
  text: RichText,
  words: GuideWords,
  policy: LabelPolicy,
  seen: GlossState,
): RichText {
  if (policy === 'portal' && words.labelGlosses === undefined) return text;
  const result: TextSegment[] = [];
  for (const segment of text) {
    if (segment.kind !== 'label') {
      result.push(segment);
      continue;
    }
    if (policy === 'translated') {
      result.push({ kind: 'label', text: policyLabel(segment.text, words, policy) });
      continue;
    }
    result.push(segment);
    const gloss = lookup(words.labelGlosses, segment.text);
    if (gloss !== undefined && !seen.has(segment.text)) {
      seen.add(segment.text);
      result.push({ kind: 'text', text: ` (${gloss})` });
    }
  }
  return mergeText(result);
}

/** Joins neighbouring text segments, as the `t` tag does. */
function mergeText(segments: readonly TextSegment[]): TextSegment[] {
  const merged: TextSegment[] = [];
  for (const segment of segments) {
    const last = merged.at(-1);
    if (segment.kind === 'text' && last?.kind === 'text') {
      merged[merged.length - 1] = { kind: 'text', text: last.text + segment.text };
    } else merged.push(segment);
  }
  return merged;
}
