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
 * Separators that may sit, one at a time, between digit groups: the space, the tab and a line break
 * (`\r\n` counts as one), the typographic spaces (no-break, figure, thin, ideographic), the full
 * stop and its full-width form, the ASCII hyphen and the hyphens, dashes and minus signs that word
 * processors and phones substitute for it.
 */
function isSeparator(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0x2d ||
    code === 0x2e ||
    code === 0xa0 ||
    code === 0x202f ||
    code === 0x2212 ||
    code === 0x3000 ||
    code === 0xff0d ||
    code === 0xff0e ||
    (code >= 0x2000 && code <= 0x200a) ||
    (code >= 0x2010 && code <= 0x2015)
  );
}

/**
 * Characters that show nothing (soft hyphen, combining grapheme joiner, zero-width space and
 * joiners, direction marks, embeddings, overrides and isolates, word joiner and invisible
 * operators, variation selectors, byte order mark, Mongolian and Khmer format characters): inside
 * a run they are skipped as if absent, so they can neither hide a card nor split it
 * ("4111\u200b1111..." reads as 4111 1111... on screen).
 */
function isInvisible(code: number): boolean {
  return (
    code === 0xad ||
    code === 0x34f ||
    code === 0x61c ||
    code === 0x17b4 ||
    code === 0x17b5 ||
    code === 0xfeff ||
    (code >= 0x180b && code <= 0x180f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x206f) ||
    (code >= 0xfe00 && code <= 0xfe0f)
  );
}

/**
 * How many UTF-16 code units of an invisible character start at `index`: 1 for those of
 * {@link isInvisible}, 2 for the tag characters and the supplementary variation selectors
 * (U+E0000-E01EF, a surrogate pair), 0 for anything else.
 */
function invisibleAt(value: string, index: number): number {
  const code = value.charCodeAt(index);
  if (isInvisible(code)) return 1;
  if (code !== 0xdb40) return 0;
  const low = value.charCodeAt(index + 1);
  return low >= 0xdc00 && low <= 0xddef ? 2 : 0;
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

/** The most groups a card layout has. */
const RING = 5;

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
 * Finds payment card numbers typed into a text: 13 to 19 digits that pass the Luhn check (the
 * checksum every card number carries), written plain or in groups joined by single separators.
 *
 * A run is as long as the digits and single separators (a space, tab, line break, full stop, hyphen
 * or dash) go; invisible characters inside it are skipped. Within a run, any groups printed in a
 * card layout (4-4-4-4, 4-4-4-4-3, 4-6-5, 4-6-4) and any group of 13-19 digits without separators
 * are checked, wherever they sit, so a card next to its expiry date or security code, a phone
 * number or another card is found; the part of a run up to a line break holding none is checked as
 * a whole when it has 13-19 digits (docs/policies.md). Phone numbers (10-11 digits), dates and numbers
 * that fail the Luhn check are not reported. One pass over the text with fixed-size buffers: time
 * grows linearly with its length, and the text is capped at {@link MAX_CARD_SCAN_LENGTH} characters.
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
  // The run being read, in fixed-size buffers and locals (no allocation per run): the first 19
  // digits of its current segment (the run up to a line break or tab, which may be a card as a
  // whole), and its last five groups in a ring (text start and end, size, and up to 19 digits
  // each), enough for any card layout ending at the group just read, however long the run.
  const segmentDigits = new Uint8Array(MAX_CARD_DIGITS);
  const ringStarts = new Int32Array(RING);
  const ringEnds = new Int32Array(RING);
  const ringSizes = new Int32Array(RING);
  const ringEven = new Int32Array(RING);
  const ringOdd = new Int32Array(RING);
  const ringDigits = new Uint8Array(RING * MAX_CARD_DIGITS);
  const candidate = new Uint8Array(MAX_CARD_DIGITS);
  let count = 0;
  let groups = 0;
  let segmentCount = 0;
  let segmentStart = 0;
  let groupStart = -1;
  let groupBase = 0;
  let groupCount = 0;
  let end = -1;
  // Where the last card reported in this run ends: a card never overlaps the one before it.
  let claimed = -1;
  // Whether a card ended in the current segment (then the segment is no card as a whole).
  let segmentFound = false;
  // The card found but not yet reported: a 4-4-4-4 card may still grow into a 4-4-4-4-3 one.
  let pendingStart = -1;
  let pendingEnd = 0;
  let pendingCount = 0;
  let pendingFour = '';

  /** Whether `total` digits in `candidate` pass Luhn: from the right, every second one doubled. */
  const luhn = (total: number): boolean => {
    let sum = 0;
    for (let position = 0; position < total; position++) {
      let digit = candidate[total - 1 - position] ?? 0;
      if (position % 2 === 1) {
        digit *= 2;
        if (digit > 9) digit -= 9;
      }
      sum += digit;
    }
    return sum % 10 === 0;
  };

  /** The last four of `total` digits in `candidate`, in one call (many matches add up). */
  const lastFourOf = (total: number): string =>
    String.fromCharCode(
      48 + (candidate[total - 4] ?? 0),
      48 + (candidate[total - 3] ?? 0),
      48 + (candidate[total - 2] ?? 0),
      48 + (candidate[total - 1] ?? 0),
    );

  const report = (): void => {
    if (pendingStart < 0) return;
    sink(pendingStart, pendingEnd, pendingFour, pendingCount);
    claimed = pendingEnd;
    pendingStart = -1;
  };

  /**
   * Whether the last `sizesOf.length` groups read (`sizesOf` null: the last group alone, of 13-19
   * digits) hold a card after the last one reported; then it becomes the pending card, or replaces
   * it when it starts at the same digit (4-4-4-4-3 over 4-4-4-4).
   */
  const window = (sizesOf: readonly number[] | null): boolean => {
    const length = sizesOf === null ? 1 : sizesOf.length;
    if (length > groups) return false;
    const first = groups - length;
    let total = 0;
    // From the last group back: a layout that does not end here fails on the first comparison.
    for (let index = length - 1; index >= 0; index--) {
      const size = ringSizes[(first + index) % RING] ?? 0;
      if (sizesOf !== null && size !== sizesOf[index]) return false;
      total += size;
    }
    const start = ringStarts[first % RING] ?? 0;
    if (total < MIN_CARD_DIGITS || total > MAX_CARD_DIGITS || start < claimed) return false;
    // Luhn from each group's two sums: which one counts depends on how many digits follow it.
    let sum = 0;
    let after = 0;
    for (let index = length - 1; index >= 0; index--) {
      const slot = (first + index) % RING;
      sum += (after % 2 === 0 ? ringEven[slot] : ringOdd[slot]) ?? 0;
      after += ringSizes[slot] ?? 0;
    }
    if (sum % 10 !== 0) return false;
    let offset = 0;
    for (let index = 0; index < length; index++) {
      const slot = (first + index) % RING;
      const size = ringSizes[slot] ?? 0;
      for (let digit = 0; digit < size; digit++)
        candidate[offset++] = ringDigits[slot * MAX_CARD_DIGITS + digit] ?? 0;
    }
    if (pendingStart >= 0 && pendingStart !== start) {
      // An earlier card overlapping this one is the one reported.
      if (start < pendingEnd) return true;
      report();
    }
    pendingStart = start;
    pendingEnd = ringEnds[(groups - 1) % RING] ?? 0;
    pendingCount = total;
    pendingFour = lastFourOf(total);
    segmentFound = true;
    return true;
  };

  /** A group ends: keep it in the ring, then look for a card printed in a layout ending with it. */
  const closeGroup = (): void => {
    const slot = groups % RING;
    ringStarts[slot] = groupStart;
    ringEnds[slot] = end;
    ringSizes[slot] = groupCount;
    groups++;
    if (groupCount > MAX_CARD_DIGITS) return;
    // The group's Luhn sums: with its last digit counted as is (even) or doubled (odd).
    let even = 0;
    let odd = 0;
    for (let position = 0; position < groupCount; position++) {
      const digit = ringDigits[groupBase + groupCount - 1 - position] ?? 0;
      const doubled = digit > 4 ? digit * 2 - 9 : digit * 2;
      even += position % 2 === 0 ? digit : doubled;
      odd += position % 2 === 0 ? doubled : digit;
    }
    ringEven[slot] = even;
    ringOdd[slot] = odd;
    // Card layouts end with a group of 3-5 digits; a card alone is a group of 13-19.
    if (groupCount >= MIN_CARD_DIGITS) window(null);
    else if (groupCount >= 3 && groupCount <= 5) for (const sizesOf of LAYOUTS) if (window(sizesOf)) return;
  };

  /**
   * A segment ends (a line break, a tab, or the end of the run): when no card ended in it, it is a
   * card as a whole if it has 13-19 digits that pass Luhn. A numbered list, one number per line,
   * is so never read as one number; a card alone on its line is.
   */
  const closeSegment = (): void => {
    if (!segmentFound && segmentCount >= MIN_CARD_DIGITS && segmentCount <= MAX_CARD_DIGITS) {
      candidate.set(segmentDigits);
      // Never over a card already found (reported, or pending from an earlier segment).
      if (luhn(segmentCount) && segmentStart >= (pendingStart >= 0 ? pendingEnd : claimed)) {
        report();
        pendingStart = segmentStart;
        pendingEnd = end;
        pendingCount = segmentCount;
        pendingFour = lastFourOf(segmentCount);
        report();
      }
    }
    segmentCount = 0;
    segmentFound = false;
  };

  /** A run ends: its last segment, then the pending card. */
  const closeRun = (): void => {
    closeSegment();
    report();
    count = 0;
    groups = 0;
    claimed = -1;
  };

  const length = Math.min(value.length, limit);
  for (let index = 0; index <= length; index++) {
    const code = index < length ? value.charCodeAt(index) : -1;
    if (isDigit(code)) {
      if (segmentCount === 0) segmentStart = index;
      if (groupCount === 0) {
        groupStart = index;
        groupBase = (groups % RING) * MAX_CARD_DIGITS;
      }
      const digit = code & 0xf;
      if (segmentCount < MAX_CARD_DIGITS) segmentDigits[segmentCount] = digit;
      if (groupCount < MAX_CARD_DIGITS) ringDigits[groupBase + groupCount] = digit;
      segmentCount++;
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
    const invisible = invisibleAt(value, index);
    if (invisible > 0) {
      index += invisible - 1;
      continue;
    }
    if (groupCount > 0) closeGroup();
    groupCount = 0;
    // A single separator (`\r\n` is one) continues the run only when a digit follows it, after
    // any invisible characters.
    if (isSeparator(code)) {
      let next = index + 1;
      if (code === 0x0d && value.charCodeAt(next) === 0x0a) next++;
      for (let skip = invisibleAt(value, next); skip > 0 && next < length; skip = invisibleAt(value, next))
        next += skip;
      if (next < length && isDigit(value.charCodeAt(next))) {
        if (code < 0x20) closeSegment();
        index = next - 1;
        continue;
      }
    }
    closeRun();
  }
}
