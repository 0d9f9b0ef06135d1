import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isPlausibleEmail, MAX_EMAIL_LENGTH } from '../../src/internal/email.js';
import { sampleInputs, sampleManager } from '../../src/testing/index.js';
import { createWorkflowActor, relationshipMachine } from '../../src/workflows/index.js';

// Issue 12, bounded work: a manager's email and name are capped before any pattern or trim reads
// them. Checked structurally (which strings reach RegExp and trim), never by timing.

const KB64 = 64 * 1024;

/** The longest string any regular expression or `trim` was asked to read while `run` ran. */
function longestRead(run: () => void): { regex: number; trim: number } {
  const seen = { regex: 0, trim: 0 };
  const test = RegExp.prototype.test;
  const exec = RegExp.prototype.exec;
  const trim = String.prototype.trim;
  vi.spyOn(RegExp.prototype, 'test').mockImplementation(function (this: RegExp, input: string) {
    seen.regex = Math.max(seen.regex, String(input).length);
    return test.call(this, input);
  });
  vi.spyOn(RegExp.prototype, 'exec').mockImplementation(function (this: RegExp, input: string) {
    seen.regex = Math.max(seen.regex, String(input).length);
    return exec.call(this, input);
  });
  vi.spyOn(String.prototype, 'trim').mockImplementation(function (this: string) {
    seen.trim = Math.max(seen.trim, this.length);
    return trim.call(this);
  });
  try {
    run();
  } finally {
    vi.restoreAllMocks();
  }
  return seen;
}

function submitManager(details: { name: string; email: string; birthDate: string }) {
  const input = sampleInputs.relationship.child;
  if (!input) throw new Error('sample input missing');
  const actor = createWorkflowActor(relationshipMachine, input).start();
  actor.send({ type: 'I_MANAGE_ACCOUNT' });
  const seen = longestRead(() => actor.send({ type: 'SUBMIT_MANAGER_DETAILS', ...details }));
  const snapshot = actor.getSnapshot();
  actor.stop();
  return { seen, problem: snapshot.context.problem, value: snapshot.value };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('manager details: caps before patterns', () => {
  it('a 64 KB email is refused without any regular expression reading it', () => {
    const hostile = `a@${'a.'.repeat(KB64 / 2)}`;
    for (const email of [hostile, `${'a'.repeat(KB64)}@example.com`, `x@${'.'.repeat(KB64)}`]) {
      const { seen, value } = submitManager({ ...sampleManager, email });
      // Refused at the event boundary (over the event's cap) or by the guard: never accepted.
      expect(value).toBe('enteringManagerDetails');
      expect(seen.regex).toBeLessThanOrEqual(MAX_EMAIL_LENGTH);
    }
  });

  it('a 64 KB name is refused without being trimmed', () => {
    const { seen, value } = submitManager({ ...sampleManager, name: ' '.repeat(KB64) });
    expect(value).toBe('enteringManagerDetails');
    expect(seen.trim).toBeLessThanOrEqual(200);
  });

  it('a blank name within the cap is flagged by the guard', () => {
    const { problem, value } = submitManager({ ...sampleManager, name: '   ' });
    expect(problem).toBe('invalid-manager-details');
    expect(value).toBe('enteringManagerDetails');
  });

  it('valid details still pass', () => {
    const { problem, value } = submitManager({ ...sampleManager });
    expect(problem).toBeNull();
    expect(value).toBe('confirmation');
  });
});

describe('isPlausibleEmail', () => {
  const pattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

  it('accepts what the old pattern accepted, up to the cap', () => {
    const samples = [
      'a@b.c',
      'sam.rivera@example.com',
      'a@.bc',
      'a@b.',
      'a@bc',
      '@b.c',
      'a@@b.c',
      'a@b@c.d',
      'a b@c.d',
      'a@b.c\u00a0',
      'a@b..c',
      'a@b.c.',
      '.a@b.c',
      '',
      'a@b\n.c',
    ];
    for (const sample of samples) expect(isPlausibleEmail(sample), sample).toBe(pattern.test(sample));
  });

  it('property: agrees with the old pattern on strings up to the cap', () => {
    const alphabet = fc.constantFrom('a', 'B', '.', '@', ' ', '\t', '\u00a0', '-', 'é');
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 12 }), (sample) => {
        expect(isPlausibleEmail(sample)).toBe(pattern.test(sample));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses non-strings and anything over the cap', () => {
    expect(isPlausibleEmail(42)).toBe(false);
    expect(isPlausibleEmail(undefined)).toBe(false);
    const longest = `${'a'.repeat(MAX_EMAIL_LENGTH - 6)}@b.com`;
    expect(isPlausibleEmail(longest)).toBe(true);
    expect(isPlausibleEmail(`a${longest}`)).toBe(false);
  });
});
