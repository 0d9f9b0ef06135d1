import { describe, expect, it } from 'vitest';
import { PortalHelpdeskError } from '../../src/index.js';
import { findCardNumbers, MAX_CARD_SCAN_LENGTH, validateMessage } from '../../src/rules/index.js';

// Issue 12, bounded work: findCardNumbers reads at most MAX_CARD_SCAN_LENGTH characters; above it
// findCardNumbers refuses the text (a value-free invalid-input error) and validateMessage still
// answers with a verdict. Speed is printed by `npm run bench` ("1 MB inputs"), never asserted here.

const CAP = 2_000_000;
const card = '4111 1111 1111 1111';

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('the card scan cap', () => {
  it('is exported and leaves room for the longest message a policy allows', () => {
    expect(MAX_CARD_SCAN_LENGTH).toBe(CAP);
    // maxLength may be up to 1,000,000 characters, each up to two code units (\r\n).
    expect(MAX_CARD_SCAN_LENGTH).toBeGreaterThanOrEqual(2 * 1_000_000);
  });

  it('findCardNumbers refuses a longer text with invalid-input, naming the argument, never the value', () => {
    const text = `${card} ${'7'.repeat(CAP)}`;
    const error = thrown(() => findCardNumbers(text));
    expect(error).toBeInstanceOf(PortalHelpdeskError);
    const { code, issues, message } = error as PortalHelpdeskError;
    expect(code).toBe('invalid-input');
    expect(issues).toEqual([{ path: [], message: `Too big: at most ${CAP} characters` }]);
    expect(message).toContain('findCardNumbers(text)');
    expect(message).not.toMatch(/4111|7777/);
    expect(findCardNumbers(`${card}${' '.repeat(CAP - card.length)}`)).toHaveLength(1);
  });

  it('validateMessage answers a longer body with a verdict: too long, cards in its scanned part reported', () => {
    const body = `${card}\n${'x'.repeat(CAP)}`;
    const result = validateMessage({ body, attachments: [], startedFrom: 'home-page' });
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => issue.code)).toEqual(['card-number-in-message', 'message-too-long']);
    const crlf = '\r\n'.repeat(CAP / 2 + 1);
    expect(
      validateMessage({ body: crlf, attachments: [], startedFrom: 'home-page' }, { maxLength: 1_000_000 })
        .reason,
    ).toBe('empty-message');
  });

  it('1 MB of card-dense text: every card found, the verdict deep-frozen', () => {
    const unit = '4111111111111111\n';
    const body = unit.repeat(Math.floor((1 << 20) / unit.length));
    const count = body.length / unit.length;
    expect(findCardNumbers(body)).toHaveLength(count);
    const result = validateMessage({ body, attachments: [], startedFrom: 'home-page' });
    const issue = result.issues[0];
    expect(issue?.code === 'card-number-in-message' && issue.count).toBe(count);
    expect(issue?.code === 'card-number-in-message' && Object.isFrozen(issue.lastFour)).toBe(true);
    expect(Object.isFrozen(result.issues)).toBe(true);
  });
});
