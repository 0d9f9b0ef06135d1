/** Edit distance (insertions, deletions, substitutions) between two short strings. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidate closest to what was typed, when it is close enough to be a typo: at most one edit
 * for up to 4 letters, two for up to 8, three beyond, and always fewer than half the letters. Only candidates are ever returned, never
 * the input, so a suggestion cannot echo what the user typed.
 *
 * @example
 * ```ts
 * closest('chanel', ['channel', 'security']);
 * //=> 'channel'
 * ```
 */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  const typed = input.toLowerCase();
  let best: { candidate: string; edits: number } | undefined;
  for (const candidate of candidates) {
    const edits = distance(typed, candidate.toLowerCase());
    const allowed = candidate.length <= 4 ? 1 : candidate.length <= 8 ? 2 : 3;
    if (edits <= allowed && edits * 2 < candidate.length && (!best || edits < best.edits))
      best = { candidate, edits };
  }
  return best?.candidate;
}

/** `; did you mean "x"?` when a candidate is close to the input, otherwise `''`. */
export function didYouMean(input: string, candidates: readonly string[]): string {
  const candidate = closest(input, candidates);
  return candidate === undefined ? '' : `; did you mean "${candidate}"?`;
}
