import * as z from 'zod/mini';
import { parseInput } from '../internal/validate.js';

/**
 * Fewest digits in a payment card number (some older Visa numbers).
 *
 * @example
 * ```ts
 * MIN_CARD_DIGITS;
 * //=> 13
 * ```
 */
export const MIN_CARD_DIGITS = 13;
/**
 * Most digits in a payment card number; a longer run of digits is not a card.
 *
 * @example
 * ```ts
 * MAX_CARD_DIGITS;
 * //=> 19
 * ```
 */
export const MAX_CARD_DIGITS = 19;

/** Where a typed card number sits in a text, and the little about it that is safe to show. */
export interface CardNumberMatch {
  /** Index (UTF-16 code units) of the first digit. */
  readonly start: number;
  /** Index just after the last digit. */
  readonly end: number;
  /** The last four digits, as staff and receipts may show them. */
  readonly lastFour: string;
  /** How many digits the number has (13-19). */
  readonly digits: number;
}

/**
 * Separators that may sit, one at a time, between digit groups: space, no-break spaces, the ASCII
 * hyphen and the Unicode hyphens and dashes that word processors and phones substitute for it.
 */
function isSeparator(code: number): boolean {
  return (
    code === 0x20 || code === 0x2d || code === 0xa0 || code === 0x202f || (code >= 0x2010 && code <= 0x2013)
  );
}

const NEXT_DIGIT = /[0-9]/g;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Group layouts in which cards are printed, longest first: 4-4-4-4-3, 4-4-4-4, Amex 4-6-5, Diners 4-6-4. */
const LAYOUTS: readonly (readonly number[])[] = [
  [4, 4, 4, 4, 3],
  [4, 4, 4, 4],
  [4, 6, 5],
  [4, 6, 4],
];

/**
 * Finds payment card numbers typed into a text: runs of 13 to 19 digits, in groups separated by
 * single spaces or dashes, that pass the Luhn check (the checksum every card number carries).
 *
 * A run is as long as the digits and single separators go: "4111 1111 1111 1111" is one run of 16.
 * A run of more than 19 digits is not a card, and nothing inside it is reported. A run of 13-19
 * digits that fails the check as a whole may still hold a card next to an expiry date or a security
 * code ("4111 1111 1111 1111 12/26"): then its leading or trailing groups in a printed card layout
 * (4-4-4-4, 4-4-4-4-3, 4-6-5, 4-6-4), or a group of 13 or more digits written without separators,
 * are checked on their own. Phone numbers (10-11 digits), dates and numbers that fail the Luhn check
 * are not reported. One pass over the text: time grows linearly with its length.
 *
 * @param text - Any text, such as a message body.
 * @returns The matches in text order, frozen. They never hold the full number.
 * @throws {PortalHelpdeskError} `invalid-input` when `text` is not a string.
 *
 * @example
 * ```ts
 * findCardNumbers('my card is 4111-1111-1111-1111, call me at 201-555-0123');
 * //=> [{ start: 11, end: 30, lastFour: '1111', digits: 16 }]
 * ```
 */
export function findCardNumbers(text: string): readonly CardNumberMatch[] {
  const value = parseInput(z.string(), text, 'findCardNumbers(text)');
  const found: CardNumberMatch[] = [];
  const run = new DigitRun();
  const length = value.length;
  for (let index = 0; index <= length; index++) {
    const code = index < length ? value.charCodeAt(index) : -1;
    if (isDigit(code)) {
      run.push(index, code - 0x30);
      continue;
    }
    if (run.count === 0) {
      // Outside a run only the next digit matters: let the regular expression engine find it.
      NEXT_DIGIT.lastIndex = index;
      const next = NEXT_DIGIT.exec(value);
      if (next === null) break;
      index = next.index - 1;
      continue;
    }
    run.closeGroup();
    // A single separator continues the run only when a digit follows it.
    if (isSeparator(code) && index + 1 < length && isDigit(value.charCodeAt(index + 1))) continue;
    run.collect(found);
    run.reset();
  }
  // Matches hold only numbers and strings: freezing each as it is made deep-freezes the result.
  return Object.freeze(found);
}

interface Group {
  readonly start: number;
  readonly end: number;
  /** Index of the group's first digit within the run. */
  readonly offset: number;
  readonly count: number;
}

/** The run being read. Past 19 digits it stops keeping digits and groups: the run cannot be a card. */
class DigitRun {
  count = 0;
  private groupStart = -1;
  private groupCount = 0;
  private end = -1;
  private readonly digits = new Uint8Array(MAX_CARD_DIGITS);
  private groups: Group[] = [];

  push(index: number, digit: number): void {
    if (this.groupCount === 0) this.groupStart = index;
    if (this.count < MAX_CARD_DIGITS) this.digits[this.count] = digit;
    this.count++;
    this.groupCount++;
    this.end = index + 1;
  }

  closeGroup(): void {
    if (this.count <= MAX_CARD_DIGITS) {
      const offset = this.count - this.groupCount;
      this.groups.push({ start: this.groupStart, end: this.end, offset, count: this.groupCount });
    }
    this.groupCount = 0;
  }

  reset(): void {
    this.count = 0;
    this.groupCount = 0;
    this.groups = [];
  }

  collect(found: CardNumberMatch[]): void {
    const { count, groups } = this;
    if (count < MIN_CARD_DIGITS || count > MAX_CARD_DIGITS) return;
    const whole = this.card(groups, 0, groups.length);
    if (whole) {
      found.push(whole);
      return;
    }
    const prefix = this.layout(true);
    if (prefix) found.push(prefix);
    for (let index = 0; index < groups.length && groups.length > 1; index++) {
      const card =
        (groups[index]?.count ?? 0) >= MIN_CARD_DIGITS ? this.card(groups, index, index + 1) : undefined;
      if (card) found.push(card);
    }
    const suffix = this.layout(false);
    if (suffix && (!prefix || suffix.start >= prefix.end)) found.push(suffix);
  }

  /** The leading (or trailing) groups as a card, when they follow a card layout and pass Luhn. */
  private layout(leading: boolean): CardNumberMatch | undefined {
    const { groups } = this;
    for (const layout of LAYOUTS) {
      if (groups.length <= layout.length) continue;
      const from = leading ? 0 : groups.length - layout.length;
      if (!layout.every((size, index) => groups[from + index]?.count === size)) continue;
      const card = this.card(groups, from, from + layout.length);
      if (card) return card;
    }
    return undefined;
  }

  /** Groups `from` to `to` (exclusive) as a match, when they hold 13-19 digits that pass Luhn. */
  private card(groups: readonly Group[], from: number, to: number): CardNumberMatch | undefined {
    const first = groups[from];
    const last = groups[to - 1];
    if (!first || !last) return undefined;
    const begin = first.offset;
    const count = last.offset + last.count - begin;
    if (count < MIN_CARD_DIGITS || count > MAX_CARD_DIGITS) return undefined;
    // Luhn: from the right, double every second digit; the total must end in 0.
    let sum = 0;
    for (let position = 0; position < count; position++) {
      let digit = this.digits[begin + count - 1 - position] ?? 0;
      if (position % 2 === 1) {
        digit *= 2;
        if (digit > 9) digit -= 9;
      }
      sum += digit;
    }
    if (sum % 10 !== 0) return undefined;
    const end = begin + count;
    const { digits } = this;
    const lastFour = `${digits[end - 4]}${digits[end - 3]}${digits[end - 2]}${digits[end - 1]}`;
    return Object.freeze({ start: first.start, end: last.end, lastFour, digits: count });
  }
}
