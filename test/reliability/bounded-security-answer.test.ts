import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_SECURITY_ANSWER_LENGTH, securityAnswersMatch } from '../../src/rules/index.js';

// Issue 12, bounded work: normalising a run of n combining marks sorts it, which costs n^2 steps.
// securityAnswersMatch must hand normalize() only short runs, whatever the answer holds; checked
// by what reaches String#normalize, never by timing.

/** The longest run of combining marks in any string passed to normalize() while `run` ran. */
function longestMarkRunNormalised(run: () => void): number {
  let longest = 0;
  const normalize = String.prototype.normalize;
  vi.spyOn(String.prototype, 'normalize').mockImplementation(function (this: string, form?: string) {
    // U+034F is a mark of combining class 0: normalisation never moves a mark across it.
    for (const [run] of this.matchAll(/(?:(?!\u034f)\p{M})+/gu)) longest = Math.max(longest, run.length);
    return normalize.call(this, form);
  });
  try {
    run();
  } finally {
    vi.restoreAllMocks();
  }
  return longest;
}

afterEach(() => {
  vi.restoreAllMocks();
});

const CAP = 10_000;

describe('securityAnswersMatch at its 10,000-character cap', () => {
  const marks = '\u0301\u0316'.repeat(CAP / 2);

  it('the cap is exported', () => {
    expect(MAX_SECURITY_ANSWER_LENGTH).toBe(CAP);
  });

  it('never normalises a long run of combining marks (linear time)', () => {
    for (const answer of [marks, `a${marks.slice(1)}`, `Σ${'\u0345'.repeat(CAP - 1)}`]) {
      const longest = longestMarkRunNormalised(() => securityAnswersMatch(answer, `${answer.slice(1)}x`));
      expect(longest).toBeLessThanOrEqual(64);
    }
  });

  it('still compares such answers', () => {
    expect(securityAnswersMatch(marks, marks)).toBe(true);
    expect(securityAnswersMatch(`A${marks.slice(1)}`, `a${marks.slice(1)}`)).toBe(true);
    expect(securityAnswersMatch(marks, `${marks.slice(1)}x`)).toBe(false);
  });

  it('full case folding: STRASSE matches straße', () => {
    expect(securityAnswersMatch('STRASSE', 'straße')).toBe(true);
    expect(securityAnswersMatch('ı', 'i')).toBe(false);
  });
});
