import { textUpTo } from '../internal/checks.js';
import { parseInput } from '../internal/validate.js';

const answerSchema = textUpTo(10_000);

/**
 * Tells whether two answers to a security question would be accepted as the same answer by the
 * portal: letter case is ignored, but every space, punctuation mark and underscore must match.
 *
 * Letters are compared with Unicode case folding (`toLowerCase()` after NFC normalisation), so "É"
 * and "é" match; nothing is trimmed, because the portal does not trim either.
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
 * securityAnswersMatch('Main Street', 'Main_Street');
 * //=> false
 * ```
 */
export function securityAnswersMatch(answer: string, savedAnswer: string): boolean {
  const a = parseInput(answerSchema, answer, 'securityAnswersMatch(answer)');
  const b = parseInput(answerSchema, savedAnswer, 'securityAnswersMatch(savedAnswer)');
  return fold(a) === fold(b);
}

function fold(value: string): string {
  return value.normalize('NFC').toLowerCase();
}
