import { describe, expect, it } from 'vitest';
import { PortalHelpdeskError } from '../../src/errors.js';
import { checkBrowserSupport } from '../../src/rules/browser-support.js';
import { validateMessage } from '../../src/rules/message.js';
import { samplePractice } from '../../src/testing/samples/practice.js';
import { createWorkflowActor } from '../../src/workflows/create-workflow-actor.js';
import { secureMessageMachine } from '../../src/workflows/index.js';
import { persistSession, restoreSession } from '../../src/workflows/persistence.js';

// Inputs far beyond anything real get a clear answer quickly. The timeouts only catch a hang
// (a backtracking expression, a quadratic loop); docs/performance.md has the measured times.
const MB = 1 << 20;
const HANG = 5_000;

const cardWords = 'Please check my refill 4111 1111 1111 1111 and call 201-555-0123 tomorrow morning. ';

describe('large inputs', () => {
  it(
    'a 1 MB user agent is refused as too long, whatever it holds',
    () => {
      const agents = [
        'x'.repeat(MB),
        `Mozilla/5.0 (Windows NT 10.0; Win64; x64) ${'AppleWebKit/537.36 (KHTML, like Gecko) '.repeat(MB / 40)}`,
        `Mozilla/5.0 (${'('.repeat(MB)}`,
      ];
      for (const userAgent of agents) {
        const result = checkBrowserSupport(userAgent);
        expect(result).toMatchObject({ status: 'unknown', reason: 'user-agent-too-long' });
        expect(checkBrowserSupport({ userAgent, clientHints: { platform: 'Windows' } }).reason).toBe(
          'user-agent-too-long',
        );
      }
    },
    HANG,
  );

  it(
    'a 1 MB message is checked: too long, and every card number found',
    () => {
      const body = cardWords.repeat(Math.ceil(MB / cardWords.length)).slice(0, MB);
      const result = validateMessage({ body, attachments: [], startedFrom: 'home-page' });
      expect(result.ok).toBe(false);
      expect(result.reason).toBe('card-number-in-message');
      expect(result.issues.map((issue) => issue.code)).toEqual([
        'card-number-in-message',
        'message-too-long',
      ]);
      const cards = result.issues[0];
      expect(cards?.code === 'card-number-in-message' && cards.count).toBe(Math.floor(MB / cardWords.length));

      const digits = '4'.repeat(MB);
      expect(validateMessage({ body: digits, attachments: [], startedFrom: 'home-page' }).reason).toBe(
        'message-too-long',
      );
    },
    HANG,
  );

  it(
    '10,000 attachments are counted against the limit',
    () => {
      const attachments = Array.from({ length: 10_000 }, (_, index) => ({
        name: `scan-${index}.pdf`,
        sizeBytes: 200_000,
        type: 'application/pdf',
      }));
      const result = validateMessage({ body: 'See the scans.', attachments, startedFrom: 'home-page' });
      expect(result.reason).toBe('too-many-attachments');
      expect(result.issues[0]).toMatchObject({
        code: 'too-many-attachments',
        maxAttachments: 10,
        over: 9_990,
      });

      const broken = attachments.map((attachment, index) => (index === 9_999 ? { name: 42 } : attachment));
      expect(() =>
        validateMessage({ body: 'x', attachments: broken, startedFrom: 'home-page' } as never),
      ).toThrow(PortalHelpdeskError);
    },
    HANG,
  );

  it(
    'a 1 MB snapshot is restored, and a corrupt one refused',
    () => {
      const provider = samplePractice.providers[0];
      const actor = createWorkflowActor(secureMessageMachine, {
        startedFrom: 'home-page',
        providerBasedRouting: true,
        providers: samplePractice.providers.map((p) => ({ ...p, departments: [...p.departments] })),
      }).start();
      actor.send({ type: 'SHOW_FORM' });
      actor.send({ type: 'SELECT_PROVIDER', providerId: provider?.id ?? '' });
      actor.send({ type: 'SELECT_LOCATION', departmentId: provider?.departments[0]?.id ?? '' });
      actor.send({ type: 'SELECT_SUBJECT', subject: 'Medical question' });
      actor.send({ type: 'ENTER_MESSAGE', body: 'a'.repeat(MB) });
      const saved = JSON.stringify(persistSession(actor));
      actor.stop();
      expect(saved.length).toBeGreaterThan(MB);

      const restored = restoreSession(secureMessageMachine, JSON.parse(saved)).start();
      expect(restored.getSnapshot().value).toBe('writing');
      restored.send({ type: 'SEND' });
      expect(restored.getSnapshot().context.sendIssues).toEqual(['message-too-long']);
      restored.stop();

      const corrupt = JSON.parse(saved) as { snapshot: { context: { attachments: unknown } } };
      corrupt.snapshot.context.attachments = 'x'.repeat(MB);
      expect(() => restoreSession(secureMessageMachine, corrupt)).toThrow(PortalHelpdeskError);
    },
    HANG,
  );
});
