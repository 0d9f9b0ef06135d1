import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/index.js';
import { PortalHelpdeskError } from '../../src/index.js';
import { es } from '../../src/locales/es/index.js';
import {
  defaultMessagePolicy,
  defineMessagePolicy,
  type MessageDraft,
  messageLength,
  validateMessage,
} from '../../src/rules/index.js';

const files = (count: number) => Array.from({ length: count }, (_, index) => ({ name: `scan-${index}.pdf` }));
const draft = (change: Partial<MessageDraft> = {}): MessageDraft => ({
  body: 'Could you refill my prescription?',
  attachments: [],
  startedFrom: 'home-page',
  ...change,
});
const codes = (
  d: MessageDraft,
  ...rest: Parameters<typeof validateMessage> extends [unknown, ...infer R] ? R : never
) => validateMessage(d, ...rest).issues.map((issue) => issue.code);

describe('message policy', () => {
  it('defaults to 1000 characters and 10 files, frozen', () => {
    expect(defaultMessagePolicy).toEqual({ maxLength: 1000, maxAttachments: 10 });
    expect(Object.isFrozen(defaultMessagePolicy)).toBe(true);
  });

  it('can be overridden and is validated', () => {
    expect(defineMessagePolicy({ maxAttachments: 5 })).toEqual({ maxLength: 1000, maxAttachments: 5 });
    expect(defineMessagePolicy({ maxLength: undefined })).toEqual(defaultMessagePolicy);
    expect(() => defineMessagePolicy({ maxLength: 0 })).toThrow(PortalHelpdeskError);
    expect(() => defineMessagePolicy({ maxAttachments: 1.5 })).toThrow(PortalHelpdeskError);
  });

  it('names validateMessage(policy), not the helper behind it, when validateMessage gets a bad policy', () => {
    const draft = { body: 'Hi', attachments: [], startedFrom: 'home-page' } as const;
    for (const policy of [null, 5, { maxLength: 0 }]) {
      const error = (() => {
        try {
          validateMessage(draft, policy as never);
        } catch (caught) {
          return caught;
        }
        throw new Error('expected a PortalHelpdeskError');
      })();
      expect(error).toBeInstanceOf(PortalHelpdeskError);
      expect((error as PortalHelpdeskError).message).toMatch(/^validateMessage\(policy\): /);
    }
    expect(() => defineMessagePolicy(null as never)).toThrow(/^defineMessagePolicy: /);
  });
});

describe('validateMessage', () => {
  it('accepts an ordinary message', () => {
    const result = validateMessage(draft());
    expect(result).toEqual({
      ok: true,
      issues: [],
      length: 33,
      reason: 'ready-to-send',
      advice: expect.any(String),
    });
    expect(Object.isFrozen(result)).toBe(true);
    expect(result.advice).toContain('"Send message"');
  });

  it('reminds staff about card pictures when files are attached', () => {
    expect(validateMessage(draft({ attachments: files(1) })).advice).toContain('pictures');
  });

  it('rejects a blank message', () => {
    for (const body of ['', '   ', '\r\n\t', '\u00a0\u2003']) {
      expect(codes(draft({ body }))).toEqual(['empty-message']);
    }
  });

  it('allows 1000 characters and rejects 1001, saying how many are over', () => {
    expect(validateMessage(draft({ body: 'a'.repeat(1000) })).ok).toBe(true);
    const result = validateMessage(draft({ body: 'a'.repeat(1001) }));
    expect(result.reason).toBe('message-too-long');
    expect(result.issues).toEqual([
      { code: 'message-too-long', message: expect.any(String), maxLength: 1000, over: 1 },
    ]);
  });

  it('counts \\r\\n and \\r as one character each, and UTF-16 code units', () => {
    expect(messageLength('a\r\nb')).toBe(3);
    expect(messageLength('a\rb\nc')).toBe(5);
    expect(messageLength('\r\n\r\n')).toBe(2);
    expect(messageLength('😀')).toBe(2);
    expect(validateMessage(draft({ body: `${'a'.repeat(998)}\r\n` })).length).toBe(999);
    expect(validateMessage(draft({ body: `${'a'.repeat(999)}\r\n` })).ok).toBe(true);
    expect(validateMessage(draft({ body: `${'a'.repeat(1000)}\r\n` })).issues[0]).toMatchObject({ over: 1 });
  });

  it('allows 10 attachments and rejects 11', () => {
    expect(validateMessage(draft({ attachments: files(10) })).ok).toBe(true);
    expect(validateMessage(draft({ attachments: files(11) })).issues).toEqual([
      { code: 'too-many-attachments', message: expect.any(String), maxAttachments: 10, over: 1 },
    ]);
  });

  it('needs the home page for attachments', () => {
    expect(codes(draft({ startedFrom: 'messages-page' }))).toEqual([]);
    expect(validateMessage(draft({ startedFrom: 'messages-page', attachments: files(2) })).issues).toEqual([
      { code: 'attachments-need-home-page', message: expect.any(String), attachments: 2 },
    ]);
  });

  it('flags typed card numbers without repeating them', () => {
    const body = 'Please charge 4111 1111 1111 1111 and 3782-822463-10005.';
    const result = validateMessage(draft({ body }));
    expect(result.reason).toBe('card-number-in-message');
    expect(result.issues).toEqual([
      { code: 'card-number-in-message', message: expect.any(String), count: 2, lastFour: ['1111', '0005'] },
    ]);
    expect(JSON.stringify(result)).not.toContain('4111 1111');
    expect(JSON.stringify(result)).not.toContain('822463');
  });

  it('lists every issue, most important first', () => {
    const result = validateMessage(
      draft({
        body: `4111111111111111 ${'x'.repeat(1000)}`,
        startedFrom: 'messages-page',
        attachments: files(12),
      }),
    );
    expect(result.issues.map((issue) => issue.code)).toEqual([
      'card-number-in-message',
      'message-too-long',
      'attachments-need-home-page',
      'too-many-attachments',
    ]);
    expect(result.advice).toBe(result.issues[0]?.message);
  });

  it('applies a policy override', () => {
    expect(codes(draft({ attachments: files(3) }), { maxAttachments: 2 })).toEqual(['too-many-attachments']);
    expect(codes(draft({ body: 'abcdef' }), { maxLength: 5 })).toEqual(['message-too-long']);
  });

  it('writes value-free messages, in Spanish on request', () => {
    const result = validateMessage(draft({ body: 'secret 4111111111111111' }), undefined, { locale: es });
    expect(result.advice).toContain('tarjeta');
    expect(result.advice).not.toContain('4111');
    expect(result.advice).not.toContain('secret');
  });

  it('says in the advice how many characters, files and card numbers, in the singular for one', () => {
    const advice = (d: Partial<MessageDraft>, policy?: Parameters<typeof validateMessage>[1]) =>
      [
        validateMessage(draft(d), policy).advice,
        validateMessage(draft(d), policy, { locale: es }).advice,
      ] as const;
    expect(advice({ body: 'x'.repeat(1001) })).toEqual([
      expect.stringContaining('allows up to 1000 characters, and this message is 1 over.'),
      expect.stringContaining('permite hasta 1000 caracteres, y este mensaje tiene 1 de más.'),
    ]);
    expect(advice({ body: 'x'.repeat(1020) })).toEqual([
      expect.stringContaining('this message is 20 over.'),
      expect.stringContaining('este mensaje tiene 20 de más.'),
    ]);
    expect(advice({ attachments: files(11) })).toEqual([
      expect.stringContaining(
        'at most 10 files. Ask the patient to remove 1 file with the X beside the file name and send it in another message.',
      ),
      expect.stringContaining(
        'como máximo 10 archivos. Pídale al paciente que quite 1 archivo con la X junto al nombre del archivo y lo envíe en otro mensaje.',
      ),
    ]);
    expect(advice({ attachments: files(13) })).toEqual([
      expect.stringContaining('remove 3 files with the X beside the file name and send them'),
      expect.stringContaining('quite 3 archivos con la X junto al nombre del archivo y los envíe'),
    ]);
    expect(advice({ attachments: files(2) }, { maxAttachments: 1 })).toEqual([
      expect.stringContaining('at most 1 file. '),
      expect.stringContaining('como máximo 1 archivo. '),
    ]);
    expect(advice({ body: 'xy' }, { maxLength: 1 })).toEqual([
      expect.stringContaining('allows up to 1 character, and this message is 1 over.'),
      expect.stringContaining('permite hasta 1 carácter, y este mensaje tiene 1 de más.'),
    ]);
    // The patient is the one who does not see the fields, not the staff member.
    expect(advice({ attachments: files(1), startedFrom: 'messages-page' })[1]).toContain(
      '(con "Send a message" si los campos no aparecen)',
    );
    // A practice that allows no files: nothing to send them in.
    expect(advice({ attachments: files(1) }, { maxAttachments: 0 })).toEqual([
      expect.stringMatching(
        /at most 0 files\. Ask the patient to remove 1 file with the X beside the file name\.$/,
      ),
      expect.stringMatching(/como máximo 0 archivos\. .* junto al nombre del archivo\.$/),
    ]);
    expect(advice({ body: 'Card 4111 1111 1111 1111' })).toEqual([
      expect.stringMatching(/contain a credit card number\. Ask the patient to delete it:/),
      expect.stringMatching(/incluye un número de tarjeta de crédito\. Pídale al paciente que lo borre:/),
    ]);
    expect(advice({ body: '4111 1111 1111 1111 and 5500 0000 0000 0004' })).toEqual([
      expect.stringMatching(/contain 2 credit card numbers\. Ask the patient to delete them:/),
      expect.stringMatching(/incluye 2 números de tarjeta de crédito\. Pídale al paciente que los borre:/),
    ]);
  });

  it('handles a 1 MB body and 10,000 attachments quickly', () => {
    const started = performance.now();
    const result = validateMessage(draft({ body: 'word '.repeat(200_000), attachments: files(10_000) }));
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(result.issues.map((issue) => issue.code)).toEqual(['message-too-long', 'too-many-attachments']);
    expect(result.issues[0]).toMatchObject({ over: 999_000 });
  });

  it('rejects malformed drafts with PortalHelpdeskError', () => {
    const bad: unknown[] = [
      null,
      { body: 1, attachments: [], startedFrom: 'home-page' },
      { body: '', attachments: [{}], startedFrom: 'home-page' },
      { body: '', attachments: [], startedFrom: 'portal' },
      { body: '', attachments: [{ name: 'a', sizeBytes: -1 }], startedFrom: 'home-page' },
    ];
    for (const input of bad) {
      expect(() => validateMessage(input as MessageDraft)).toThrow(PortalHelpdeskError);
    }
    expect(() => validateMessage(draft(), undefined, { locale: 'de' as unknown as Locale })).toThrow(
      PortalHelpdeskError,
    );
  });
});

describe('validateMessage: properties', () => {
  it('length is the textarea length and over is exact', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 1200 }), (body) => {
        const result = validateMessage(draft({ body }));
        const normalised = body.replace(/\r\n?/g, '\n');
        expect(result.length).toBe(normalised.length);
        const tooLong = result.issues.find((issue) => issue.code === 'message-too-long');
        if (normalised.length > 1000) expect(tooLong).toMatchObject({ over: normalised.length - 1000 });
        else expect(tooLong).toBeUndefined();
        expect(result.ok).toBe(result.issues.length === 0);
      }),
    );
  });

  it('attachment issues depend only on the count and where the message started', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.constantFrom('home-page', 'messages-page'),
        (count, start) => {
          const found = codes(
            draft({ attachments: files(count), startedFrom: start as MessageDraft['startedFrom'] }),
          );
          expect(found.includes('too-many-attachments')).toBe(count > 10);
          expect(found.includes('attachments-need-home-page')).toBe(count > 0 && start === 'messages-page');
        },
      ),
    );
  });
});
