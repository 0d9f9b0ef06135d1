import { numberAtLeast, oneOf, stringField, stringUpTo } from '../internal/field-checks.js';
import { listField, optionalField, parseFields, parseValue } from '../internal/fields.js';
import { deepFreeze } from '../internal/freeze.js';
import { message as enMessage } from '../locales/en/message.js';
import { localeField, wordsOf } from '../locales/option.js';
import type { Locale } from '../locales/types.js';
import { MAX_CARD_SCAN_LENGTH, scanCardNumbers } from './card-numbers.js';
import { type MessagePolicyOverrides, readMessagePolicy } from './message-policy.js';

/** Where the patient started the message: only the home page's Messages section allows attachments. */
export type MessageStart = 'home-page' | 'messages-page';

/** A file the patient attached. Only the count matters to the rules; the rest is for the host's display. */
export interface MessageAttachment {
  readonly name: string;
  readonly sizeBytes?: number | undefined;
  readonly type?: string | undefined;
}

/** A message as the patient is about to send it. */
export interface MessageDraft {
  /** Text of the Message box. */
  readonly body: string;
  readonly attachments: readonly MessageAttachment[];
  readonly startedFrom: MessageStart;
}

/** Options of {@link validateMessage}. */
export interface ValidateMessageOptions {
  /**
   * Language of issue messages and `advice`: a {@link Locale} with a `message` section, such as `es`
   * from `portal-helpdesk/locales/es`; English when absent.
   */
  readonly locale?: Locale | undefined;
}

/** What can be wrong with a message. */
export type MessageIssueCode =
  | 'card-number-in-message'
  | 'empty-message'
  | 'message-too-long'
  | 'attachments-need-home-page'
  | 'too-many-attachments';

/** One problem, with a value-free `message` for staff and the numbers a host may want to show. */
export type MessageIssue =
  | {
      readonly code: 'card-number-in-message';
      readonly message: string;
      readonly count: number;
      /** Last four digits of each number found, never more. */
      readonly lastFour: readonly string[];
    }
  | { readonly code: 'empty-message'; readonly message: string }
  | {
      readonly code: 'message-too-long';
      readonly message: string;
      readonly maxLength: number;
      /** How many characters must go. */
      readonly over: number;
    }
  | { readonly code: 'attachments-need-home-page'; readonly message: string; readonly attachments: number }
  | {
      readonly code: 'too-many-attachments';
      readonly message: string;
      readonly maxAttachments: number;
      /** How many files must be removed. */
      readonly over: number;
    };

/**
 * `'ready-to-send'`, or the code of the most important issue.
 *
 * @example
 * ```ts
 * validateMessage({ body: '', attachments: [], startedFrom: 'home-page' }).reason;
 * //=> 'empty-message'
 * ```
 */
export type MessageReason = 'ready-to-send' | MessageIssueCode;

/** Result of {@link validateMessage}. */
export interface MessageValidationResult {
  readonly ok: boolean;
  /** Every problem found, most important first (card numbers, then the text, then attachments). */
  readonly issues: readonly MessageIssue[];
  /** Length of the text as the portal counts it. */
  readonly length: number;
  readonly reason: MessageReason;
  /** What staff can tell the patient: the first issue's message, or how to send. */
  readonly advice: string;
}

const MAX_BODY_INPUT = 10_000_000;
const MAX_ATTACHMENTS_INPUT = 100_000;

// Hand-written field checks rather than zod, which would more than double this rule's size bundled
// alone (see docs/decisions.md); test/internal/field-checks.test.ts holds the zod schema they match.
/**
 * The fields of {@link MessageDraft} (internal: {@link validateMessage} reads its draft with them).
 *
 * @example
 * ```ts
 * parseFields(messageDraftShape, { body: 'Hi', attachments: [], startedFrom: 'inbox' }, 'ctx');
 * //=> throws PortalHelpdeskError: ctx: invalid-input (startedFrom: Not one of the allowed values)
 * ```
 */
export const messageDraftShape = {
  body: stringUpTo(MAX_BODY_INPUT),
  attachments: listField(
    {
      name: stringUpTo(1024),
      sizeBytes: optionalField(numberAtLeast(0)),
      type: optionalField(stringUpTo(255)),
    },
    MAX_ATTACHMENTS_INPUT,
  ),
  startedFrom: oneOf<MessageStart>(['home-page', 'messages-page']),
};
const optionsShape = { locale: optionalField(localeField('message', enMessage)) };

/**
 * Counts the characters of a text as a browser's text area does: `\r\n` and a lone `\r` are one line
 * break each, and characters are UTF-16 code units (an emoji may count as two).
 *
 * @example
 * ```ts
 * messageLength('line one\r\nline two');
 * //=> 17
 * ```
 */
export function messageLength(body: string): number {
  const text = parseValue(stringField, body, 'messageLength');
  let pairs = 0;
  let from = text.indexOf('\r\n');
  while (from !== -1) {
    pairs++;
    from = text.indexOf('\r\n', from + 2);
  }
  return text.length - pairs;
}

/**
 * Checks a portal message before the patient presses "Send message": not empty, not over the length
 * limit, no typed card number, attachments only when started from the home page, and no more
 * attachments than the limit.
 *
 * @param draft - The message text, its attachments and where it was started.
 * @param policy - Limits to apply instead of the defaults (1000 characters, 10 files).
 * @param options - The locale of the messages.
 * @returns A frozen result; `ok` is `true` when there is no issue.
 * @throws {PortalHelpdeskError} `invalid-input` when the draft, policy or options have the wrong
 *   shape (the body may hold up to 10,000,000 characters and up to 100,000 attachments).
 *
 * @example
 * ```ts
 * validateMessage({ body: 'Card 4111 1111 1111 1111', attachments: [], startedFrom: 'home-page' });
 * //=> { ok: false, issues: [{ code: 'card-number-in-message', count: 1, lastFour: ['1111'], message: '...' }],
 * //     length: 24, reason: 'card-number-in-message', advice: '...' }
 * ```
 */
export function validateMessage(
  draft: MessageDraft,
  policy?: MessagePolicyOverrides,
  options?: ValidateMessageOptions,
): MessageValidationResult {
  const { body, attachments, startedFrom } = parseFields(messageDraftShape, draft, 'validateMessage(draft)');
  const limits = readMessagePolicy(policy, 'validateMessage(policy)');
  const locale =
    options === undefined ? undefined : parseFields(optionsShape, options, 'validateMessage(options)').locale;
  const words = wordsOf(locale, 'message', enMessage);
  const length = messageLength(body);
  const issues: MessageIssue[] = [];

  // A body past the scan cap is too long for any policy (maxLength <= 1,000,000, and a character
  // is at most two code units): its first MAX_CARD_SCAN_LENGTH are scanned, the rest waits until
  // the patient shortens it. Only the last four digits are kept: no match objects.
  const lastFour: string[] = [];
  scanCardNumbers(body, MAX_CARD_SCAN_LENGTH, (_start, _end, four) => {
    lastFour.push(four);
  });
  if (lastFour.length > 0) {
    // Frozen here: a frozen array of strings is deep-frozen, so deepFreeze need not walk it.
    Object.freeze(lastFour);
    const count = lastFour.length;
    issues.push({
      code: 'card-number-in-message',
      message: words['card-number-in-message']({ count }),
      count,
      lastFour,
    });
  }
  // \S matches exactly what String#trim removes, without copying a large body.
  if (!/\S/.test(body)) issues.push({ code: 'empty-message', message: words['empty-message'] });
  if (length > limits.maxLength) {
    const over = length - limits.maxLength;
    issues.push({
      code: 'message-too-long',
      message: words['message-too-long']({ maxLength: limits.maxLength, over }),
      maxLength: limits.maxLength,
      over,
    });
  }
  if (attachments.length > 0 && startedFrom === 'messages-page') {
    issues.push({
      code: 'attachments-need-home-page',
      message: words['attachments-need-home-page'],
      attachments: attachments.length,
    });
  }
  if (attachments.length > limits.maxAttachments) {
    const over = attachments.length - limits.maxAttachments;
    const message = words['too-many-attachments']({ maxAttachments: limits.maxAttachments, over });
    issues.push({ code: 'too-many-attachments', message, maxAttachments: limits.maxAttachments, over });
  }

  const first = issues[0];
  const advice = first
    ? first.message
    : words[attachments.length > 0 ? 'ready-to-send-with-attachments' : 'ready-to-send'];
  return deepFreeze({ ok: !first, issues, length, reason: first ? first.code : 'ready-to-send', advice });
}
