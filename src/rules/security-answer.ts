import { stringUpTo } from '../internal/field-checks.js';
import { parseValue } from '../internal/fields.js';

/**
 * Most characters in a security answer {@link securityAnswersMatch} compares.
 *
 * @example
 * ```ts
 * MAX_SECURITY_ANSWER_LENGTH;
 * //=> 10000
 * ```
 */
export const MAX_SECURITY_ANSWER_LENGTH = 10_000;

const answerField = stringUpTo(MAX_SECURITY_ANSWER_LENGTH);

/**
 * Tells whether two answers to a security question would be accepted as the same answer by the
 * portal: letter case is ignored, but every space, punctuation mark and underscore must match.
 *
 * Answers are compared by Unicode's canonical caseless matching: full case folding between two
 * canonical decompositions (NFD), so "STRASSE" matches "straße", "ΟΔΟΣ" matches "οδος", "É" matches
 * "é" typed as `e` + U+0301, while the Turkish dotless "ı" matches only itself. Nothing is trimmed,
 * because the portal does not trim either. Time grows linearly with the answers' length (see
 * docs/rules.md, "Security answers").
 *
 * @param answer - The answer the person types now.
 * @param savedAnswer - The answer they saved at setup.
 * @returns `true` when the portal would accept `answer`.
 * @throws {PortalHelpdeskError} `invalid-input` when either argument is not a string of at most 10,000 characters.
 *
 * @example
 * ```ts
 * securityAnswersMatch('Main Street', 'main street');
 * //=> true
 * securityAnswersMatch('STRASSE', 'straße');
 * //=> true
 * securityAnswersMatch('Main Street', 'Main_Street');
 * //=> false
 * ```
 */
export function securityAnswersMatch(answer: string, savedAnswer: string): boolean {
  const a = parseValue(answerField, answer, 'securityAnswersMatch(answer)');
  const b = parseValue(answerField, savedAnswer, 'securityAnswersMatch(savedAnswer)');
  return a === b || foldAnswer(a) === foldAnswer(b);
}

/**
 * Unicode's Stream-Safe Text Format: after 30 combining marks in a row, a U+034F COMBINING GRAPHEME
 * JOINER, so normalisation (which sorts each run of marks) never sorts a run longer than about 30.
 * Without it a run of thousands of marks costs quadratic time. Fixed count, one look-ahead: linear.
 */
const LONG_MARK_RUN = /\p{M}{30}(?=\p{M})/gu;

/**
 * The key two answers are compared by: NFD(fold(NFD(text))), fold being full case folding.
 *
 * Full case folding per code point as `toLowerCase().toUpperCase().toLowerCase()` of that code
 * point alone (so no context rule such as the final sigma applies), except U+0131 "ı", which full
 * case folding leaves alone. Checked against Python's `str.casefold` over every code point of
 * Unicode 14: the same characters fall together (Cherokee folds to its small letters here and to
 * its capitals there, the same pairs).
 */
function foldAnswer(text: string): string {
  let folded = '';
  for (const char of text.replace(LONG_MARK_RUN, '$&\u034f').normalize('NFD')) {
    folded +=
      char < '\u0080'
        ? char.toLowerCase()
        : char === '\u0131'
          ? char
          : char.toLowerCase().toUpperCase().toLowerCase();
  }
  return folded.normalize('NFD');
}
