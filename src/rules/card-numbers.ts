import { stringUpTo } from '../internal/field-checks.js';
import { parseValue } from '../internal/fields.js';

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

/**
 * Most characters (UTF-16 code units) {@link findCardNumbers} reads: 2,000,000, twice the largest
 * message length a policy may allow (1,000,000), since the portal counts a `\r\n` line break as one
 * character. A longer text is refused with `invalid-input`, never echoed.
 *
 * @example
 * ```ts
 * MAX_CARD_SCAN_LENGTH;
 * //=> 2000000
 * ```
 */
export const MAX_CARD_SCAN_LENGTH = 2_000_000;

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
 * Separators that may sit, one at a time, between digit groups: the space and the typographic
 * spaces (no-break, figure, thin, ideographic), the full stop, the ASCII hyphen and the hyphens,
 * dashes and minus signs that word processors and phones substitute for it.
 */
function isSeparator(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x2d ||
    code === 0x2e ||
    code === 0xa0 ||
    code === 0x202f ||
    code === 0x2212 ||
    code === 0x3000 ||
    code === 0xff0d ||
    (code >= 0x2000 && code <= 0x200a) ||
    (code >= 0x2010 && code <= 0x2015)
  );
}

/** Digits: ASCII, full-width, Arabic-Indic and Eastern Arabic-Indic (each family's low four bits are its value). */
const NEXT_DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g;

function isDigit(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0xff10 && code <= 0xff19) ||
    (code >= 0x660 && code <= 0x669) ||
    (code >= 0x6f0 && code <= 0x6f9)
  );
}

/** Group layouts in which cards are printed, longest first: 4-4-4-4-3, 4-4-4-4, Amex 4-6-5, Diners 4-6-4. */
const LAYOUTS: readonly (readonly number[])[] = [
  [4, 4, 4, 4, 3],
  [4, 4, 4, 4],
  [4, 6, 5],
  [4, 6, 4],
];

// Pure: a bundle that only scans (validateMessage) leaves the schema out.
const textField = /* @__PURE__ */ stringUpTo(MAX_CARD_SCAN_LENGTH);

/**
 * Finds payment card numbers typed into a text: runs of 13 to 19 digits, in groups separated by
 * single spaces or dashes, that pass the Luhn check (the checksum every card number carries).
 *
 * A run is as long as the digits and single separators go: "4111 1111 1111 1111" is one run of 16.
 * A run may hold a card next to its expiry date or security code ("4111 1111 1111 1111 12/26",
 * "4111 1111 1111 1111 1226"): its leading groups in a printed card layout (4-4-4-4, 4-4-4-4-3,
 * 4-6-5, 4-6-4), the whole run (13-19 digits), a group of 13 or more digits written without
 * separators and its trailing layout are checked in that order. Past 19 digits only the leading
 * layout and the separator-free groups among the first 19 digits are (docs/policies.md). Phone numbers (10-11 digits), dates and numbers that fail the Luhn check
 * are not reported. One pass over the text with fixed-size buffers: time grows linearly with its
 * length, and the text is capped at {@link MAX_CARD_SCAN_LENGTH} characters.
 *
 * @param text - Any text of at most {@link MAX_CARD_SCAN_LENGTH} characters, such as a message body.
 * @returns The matches in text order, frozen. They never hold the full number.
 * @throws {PortalHelpdeskError} `invalid-input` when `text` is not a string or is longer than
 *   {@link MAX_CARD_SCAN_LENGTH}; the error names the argument, never its value.
 *
 * @example
 * ```ts
 * findCardNumbers('my card is 4111-1111-1111-1111, call me at 201-555-0123');
 * //=> [{ start: 11, end: 30, lastFour: '1111', digits: 16 }]
 * ```
 */
export function findCardNumbers(text: string): readonly CardNumberMatch[] {
  const value = parseValue(textField, text, 'findCardNumbers(text)');
  const found: CardNumberMatch[] = [];
  scanCardNumbers(value, MAX_CARD_SCAN_LENGTH, (start, end, lastFour, digits) => {
    found.push(Object.freeze({ start, end, lastFour, digits }));
  });
  // Matches hold only numbers and strings: freezing each as it is made deep-freezes the result.
  return Object.freeze(found);
}

/** Receives each card number found: where it is, its last four digits and how many digits it has. */
export type CardNumberSink = (start: number, end: number, lastFour: string, digits: number) => void;

/**
 * Reports to `sink`, in text order, the card numbers among the first `limit` characters of an
 * already validated string; {@link findCardNumbers} without the checks and without building match
 * objects, for callers that need less (validateMessage keeps only the last four digits).
 *
 * @example
 * ```ts
 * const lastFour: string[] = [];
 * scanCardNumbers('4111 1111 1111 1111', 1000, (_start, _end, four) => lastFour.push(four));
 * lastFour;
 * //=> ['1111']
 * ```
 */
export function scanCardNumbers(value: string, limit: number, sink: CardNumberSink): void {
  // The run being read, in fixed-size buffers and locals (no allocation per run). Past 19 digits
  // it stops keeping digits and groups: the run cannot be a card.
  const digits = new Uint8Array(MAX_CARD_DIGITS);
  // Per group: first index, index after its last digit, offset of its first digit in the run, size.
  const starts = new Int32Array(MAX_CARD_DIGITS);
  const ends = new Int32Array(MAX_CARD_DIGITS);
  const offsets = new Int32Array(MAX_CARD_DIGITS);
  const sizes = new Int32Array(MAX_CARD_DIGITS);
  let count = 0;
  let groups = 0;
  let groupStart = -1;
  let groupCount = 0;
  let end = -1;
  // The last card `card` accepted: text indexes, and its digits' offset and count in the run.
  let matchStart = 0;
  let matchEnd = 0;
  let matchBegin = 0;
  let matchCount = 0;

  /** Whether groups `from` to `to` (exclusive) hold 13-19 digits that pass Luhn (then kept as the match). */
  const card = (from: number, to: number): boolean => {
    const begin = offsets[from] ?? 0;
    const total = (offsets[to - 1] ?? 0) + (sizes[to - 1] ?? 0) - begin;
    if (total < MIN_CARD_DIGITS || total > MAX_CARD_DIGITS) return false;
    // Luhn: from the right, double every second digit; the total must end in 0.
    let sum = 0;
    for (let position = 0; position < total; position++) {
      let digit = digits[begin + total - 1 - position] ?? 0;
      if (position % 2 === 1) {
        digit *= 2;
        if (digit > 9) digit -= 9;
      }
      sum += digit;
    }
    if (sum % 10 !== 0) return false;
    matchStart = starts[from] ?? 0;
    matchEnd = ends[to - 1] ?? 0;
    matchBegin = begin;
    matchCount = total;
    return true;
  };

  /** Whether the groups `from` to `from + sizesOf.length` are printed in the layout `sizesOf`. */
  const inLayout = (sizesOf: readonly number[], from: number): boolean =>
    sizesOf.every((size, index) => sizes[from + index] === size);

  /**
   * Whether the leading (or trailing) groups follow a card layout, with more groups after (or
   * before) them, and pass Luhn (then kept as the match). In a run longer than the buffers keep,
   * the groups kept may be the layout alone: more digits follow.
   */
  const layout = (leading: boolean, long: boolean): boolean =>
    LAYOUTS.some((sizesOf) => {
      const from = leading ? 0 : groups - sizesOf.length;
      return (
        (long ? groups >= sizesOf.length : groups > sizesOf.length) &&
        inLayout(sizesOf, from) &&
        card(from, from + sizesOf.length)
      );
    });

  const emit = (): void => {
    const last = matchBegin + matchCount;
    // One call instead of four number-to-string conversions: many matches in a long text add up.
    sink(
      matchStart,
      matchEnd,
      String.fromCharCode(
        48 + (digits[last - 4] ?? 0),
        48 + (digits[last - 3] ?? 0),
        48 + (digits[last - 2] ?? 0),
        48 + (digits[last - 1] ?? 0),
      ),
      matchCount,
    );
  };

  const collect = (): void => {
    if (count < MIN_CARD_DIGITS) return;
    // Past 19 digits the run is no card, but it may start with one typed next to its expiry date
    // or security code ("4111 1111 1111 1111 1226"): its leading layout and its separator-free
    // groups among the digits kept are checked, never the rest.
    const long = count > MAX_CARD_DIGITS;
    // The whole run, when it is printed as one group or in a card layout.
    const printed =
      groups === 1 || LAYOUTS.some((sizesOf) => sizesOf.length === groups && inLayout(sizesOf, 0));
    if (!long && printed && card(0, groups)) {
      emit();
      return;
    }
    // A card layout at the start wins over a run that passes only with a digit or two more
    // ("5555 5555 5555 4444 0" is the card ending 4444).
    let prefixEnd = -1;
    if (layout(true, long)) {
      emit();
      prefixEnd = matchEnd;
    } else if (!long && card(0, groups)) {
      emit();
      return;
    }
    for (let index = 0; index < groups && (long || groups > 1); index++) {
      if ((sizes[index] ?? 0) >= MIN_CARD_DIGITS && card(index, index + 1)) emit();
    }
    if (!long && layout(false, false) && (prefixEnd === -1 || matchStart >= prefixEnd)) emit();
  };

  const length = Math.min(value.length, limit);
  for (let index = 0; index <= length; index++) {
    const code = index < length ? value.charCodeAt(index) : -1;
    if (isDigit(code)) {
      if (groupCount === 0) groupStart = index;
      if (count < MAX_CARD_DIGITS) digits[count] = code & 0xf;
      count++;
      groupCount++;
      end = index + 1;
      continue;
    }
    if (count === 0) {
      // Outside a run only the next digit matters: let the regular expression engine find it
      // (`test`, unlike `exec`, allocates nothing).
      NEXT_DIGIT.lastIndex = index;
      if (!NEXT_DIGIT.test(value) || NEXT_DIGIT.lastIndex > length) break;
      index = NEXT_DIGIT.lastIndex - 2;
      continue;
    }
    if (count <= MAX_CARD_DIGITS) {
      starts[groups] = groupStart;
      ends[groups] = end;
      offsets[groups] = count - groupCount;
      sizes[groups] = groupCount;
      groups++;
    }
    groupCount = 0;
    // A single separator continues the run only when a digit follows it.
    if (isSeparator(code) && index + 1 < length && isDigit(value.charCodeAt(index + 1))) continue;
    collect();
    count = 0;
    groups = 0;
  }
}
