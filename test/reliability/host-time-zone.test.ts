import { afterAll, describe, expect, it } from 'vitest';
import { buildGuide, mainScenarios, renderMarkdown } from '../../src/guides/index.js';
import { en } from '../../src/locales/en/index.js';
import { es } from '../../src/locales/es/index.js';
import { checkPortalEligibility } from '../../src/rules/index.js';
import { workflowPaths } from '../../src/testing/index.js';
import { type WorkflowId, workflowIds } from '../../src/workflows/index.js';

// The TZ matrix (scripts/test-time-zones.sh) runs every test under four host zones, but a test
// only sees what it asserts. This one compares whole outputs: every workflow path (with its
// outputs), every main guide in both languages, and eligibility verdicts at the edges of the
// practice's day, computed under several host zones in one process (Node re-reads
// `process.env.TZ` when it is assigned), must be identical to the answers under UTC.

const hostZones = [
  'UTC',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'America/St_Johns',
];

const originalZone = process.env.TZ;
afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

function underHostZone<T>(zone: string, compute: () => T): T {
  process.env.TZ = zone;
  return compute();
}

/** The local hour of one fixed instant: proves the host zone really changed. */
function localHourOfFixedInstant(): number {
  return new Date('2026-06-01T12:00:00Z').getHours();
}

function everyPath(): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const id of workflowIds) result[id] = workflowPaths(id);
  return result;
}

function everyMainGuide(): Record<string, string> {
  const result: Record<string, string> = {};
  for (const id of Object.keys(mainScenarios) as WorkflowId[]) {
    for (const [name, scenario] of Object.entries(mainScenarios[id])) {
      for (const locale of [en, es]) {
        const guide = buildGuide(id, scenario as never, { locale });
        result[`${id}/${name}/${locale.code}`] = renderMarkdown(guide);
      }
    }
  }
  return result;
}

/** A patient whose 13th birthday is the practice's "today" at instants around the practice's midnight. */
function eligibilityAtMidnightEdges(): unknown[] {
  const cases: Array<{ birthDate: string; now: string; timeZone: string }> = [
    { birthDate: '2013-12-04', now: '2026-12-04T07:59:59Z', timeZone: 'America/Los_Angeles' },
    { birthDate: '2013-12-04', now: '2026-12-04T08:00:00Z', timeZone: 'America/Los_Angeles' },
    { birthDate: '2013-12-05', now: '2026-12-04T09:59:59Z', timeZone: 'Pacific/Kiritimati' },
    { birthDate: '2013-12-05', now: '2026-12-04T10:00:00Z', timeZone: 'Pacific/Kiritimati' },
    { birthDate: '2013-12-04', now: '2026-12-04T10:59:59Z', timeZone: 'Pacific/Pago_Pago' },
    { birthDate: '2013-12-04', now: '2026-12-04T11:00:00Z', timeZone: 'Pacific/Pago_Pago' },
    { birthDate: '2012-02-29', now: '2025-03-01T05:00:00Z', timeZone: 'America/New_York' },
    { birthDate: '2012-02-29', now: '2025-03-01T04:59:59Z', timeZone: 'America/New_York' },
  ];
  return cases.map(({ birthDate, now, timeZone }) =>
    checkPortalEligibility({ birthDate, now: new Date(now), timeZone }),
  );
}

describe('no output depends on the host time zone', () => {
  it('really changes the host zone in this process (so the comparisons below can fail)', () => {
    const hours = hostZones.map((zone) => underHostZone(zone, localHourOfFixedInstant));
    expect(new Set(hours).size).toBeGreaterThan(1);
  });

  it('eligibility at the edges of the practice day is the same under every host zone', () => {
    const baseline = underHostZone('UTC', eligibilityAtMidnightEdges);
    // The edges are real edges: both verdicts occur.
    expect(new Set(baseline.map((result) => (result as { eligible: boolean }).eligible)).size).toBe(2);
    for (const zone of hostZones) {
      expect(underHostZone(zone, eligibilityAtMidnightEdges), zone).toEqual(baseline);
    }
  });

  // Generating every path takes about a second; the widest offsets either way are enough here.
  it('every workflow path, with its outputs, is the same under the extreme host zones', {
    timeout: 120_000,
  }, () => {
    const baseline = underHostZone('UTC', everyPath);
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/St_Johns']) {
      expect(underHostZone(zone, everyPath), zone).toEqual(baseline);
    }
  });

  it('every main guide, in both languages, is the same under every host zone', { timeout: 120_000 }, () => {
    const baseline = underHostZone('UTC', everyMainGuide);
    for (const zone of hostZones.slice(1)) {
      expect(underHostZone(zone, everyMainGuide), zone).toEqual(baseline);
    }
  });
});
