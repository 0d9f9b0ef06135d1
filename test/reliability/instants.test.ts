import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { PortalHelpdeskError } from '../../src/index.js';
import { readInstant } from '../../src/internal/instant.js';
import {
  createWorkflowActor,
  type RelationshipInput,
  relationshipMachine,
} from '../../src/workflows/index.js';

// Issue 12, instants: `now` is a real Date or an ISO 8601 string that says its offset, so a
// workflow's "today" never depends on the host's time zone.

// Born 2013-03-10: 13 from 2026-03-10 in New York (on daylight time since 8 March: 00:00 is 04:00Z).
const input = (now: unknown): RelationshipInput => ({
  patient: { displayName: 'Ana Rivera', birthDate: '2013-03-10' },
  practice: { timeZone: 'America/New_York' },
  now: now as RelationshipInput['now'],
});

function failure(now: unknown): { code: string; paths: unknown[] } | 'no error' {
  try {
    createWorkflowActor(relationshipMachine, input(now));
  } catch (error) {
    if (!(error instanceof PortalHelpdeskError)) return { code: `raw ${String(error)}`, paths: [] };
    return { code: error.code, paths: error.issues.map((issue) => issue.path) };
  }
  return 'no error';
}

class ThrowingDate extends Date {
  override getTime(): number {
    throw new RangeError('no time here');
  }
}
class LyingDate extends Date {
  override getTime(): number {
    return 0;
  }
}

describe('now: refused unless it names one instant', () => {
  it.each([
    ['a string without an offset', '2026-03-10T00:30:00'],
    ['a date alone', '2026-03-10'],
    ['an offset without a colon', '2026-03-10T00:30:00+0500'],
    ['an impossible date', '2026-02-30T00:00:00Z'],
    ['hour 24', '2026-03-10T24:00:00Z'],
    ['an offset of 24 hours', '2026-03-10T00:00:00+24:00'],
    ['free text', 'next Tuesday'],
    ['a megabyte string', `2026-03-10T00:00:00Z${' '.repeat(1 << 20)}`],
    ['a fake Date', Object.create(Date.prototype)],
    ['a Date subclass whose getTime throws', new ThrowingDate('2026-03-10T15:00:00Z')],
    ['a Date subclass whose getTime lies', new LyingDate('2026-03-10T15:00:00Z')],
    ['an invalid Date', new Date(Number.NaN)],
    ['a number', 1_773_154_800_000],
    ['a plain object', { toISOString: () => '2026-03-10T15:00:00.000Z' }],
  ])('%s: invalid-input at now', (_, now) => {
    expect(failure(now)).toEqual({ code: 'invalid-input', paths: [['now']] });
  });

  it('accepts a Date and offset-bearing strings, kept as UTC', () => {
    const cases: [unknown, string][] = [
      [new Date('2026-03-10T15:00:00Z'), '2026-03-10T15:00:00.000Z'],
      ['2026-03-10T15:00:00Z', '2026-03-10T15:00:00.000Z'],
      ['2026-03-10T15:00Z', '2026-03-10T15:00:00.000Z'],
      ['2026-03-10T10:00:00-05:00', '2026-03-10T15:00:00.000Z'],
      ['2026-03-10T20:45:00.123456789+05:45', '2026-03-10T15:00:00.123Z'],
      ['0099-12-31T23:00:00-01:00', '0100-01-01T00:00:00.000Z'],
    ];
    for (const [value, iso] of cases) expect(readInstant(value)).toBe(iso);
    const actor = createWorkflowActor(relationshipMachine, input('2026-03-10T10:00:00-05:00'));
    expect(actor.getSnapshot().context.now).toBe('2026-03-10T15:00:00.000Z');
  });
});

describe('the same offset-bearing now gives the same eligibility under every host TZ', () => {
  const zones = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kathmandu'];
  const instants = [
    '2026-03-09T23:30:00-04:00', // 23:30 on the 9th in New York: still 12
    '2026-03-10T03:30:00Z', // the same instant
    '2026-03-10T00:30:00-04:00', // 00:30 on the 10th: 13
    '2026-03-10T18:15:00+14:00', // 00:15 on the 10th in New York
  ];
  const dir = mkdtempSync(join(tmpdir(), 'portal-helpdesk-tz-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('in a fresh process per zone', () => {
    const root = resolve(__dirname, '../..');
    const probe = join(dir, 'probe.mjs');
    buildSync({
      stdin: {
        contents: `
          import { createWorkflowActor } from './src/workflows/create-workflow-actor.js';
          import { relationshipMachine } from './src/workflows/relationship/machine.js';
          const answers = ${JSON.stringify(instants)}.map((now) => {
            const actor = createWorkflowActor(relationshipMachine, {
              patient: { displayName: 'Ana Rivera', birthDate: '2013-03-10' },
              practice: { timeZone: 'America/New_York' },
              now,
            }).start();
            actor.send({ type: 'I_AM_PATIENT' });
            return actor.getSnapshot().value;
          });
          let offsetless;
          try {
            createWorkflowActor(relationshipMachine, {
              patient: { displayName: 'Ana Rivera', birthDate: '2013-03-10' },
              practice: { timeZone: 'America/New_York' },
              now: '2026-03-10T00:30:00',
            });
            offsetless = 'accepted';
          } catch (error) {
            offsetless = error.code;
          }
          process.stdout.write(JSON.stringify({ answers, offsetless }));
        `,
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: probe,
      logLevel: 'silent',
    });
    const results = zones.map((TZ) => {
      const out = execFileSync(process.execPath, [probe], { env: { ...process.env, TZ }, encoding: 'utf8' });
      return { TZ, ...JSON.parse(out) };
    });
    for (const result of results) {
      expect(result).toEqual({
        TZ: result.TZ,
        answers: ['blockedUnderAge', 'blockedUnderAge', 'confirmation', 'confirmation'],
        offsetless: 'invalid-input',
      });
    }
  });
});
