import { describe, expect, it } from 'vitest';
import type { GuideStep } from '../../src/guides/index.js';
import { buildGuide } from '../../src/guides/index.js';
import { en } from '../../src/locales/en/index.js';
import { es } from '../../src/locales/es/index.js';
import { workflowIds } from '../../src/workflows/index.js';
import { guidesOf } from '../helpers/scenarios.js';

/**
 * Every path a reader can follow through a guide, top to bottom: the main steps, and at a branch
 * point each option's steps in place of the others.
 */
function readingPaths(steps: readonly GuideStep[]): GuideStep[][] {
  let paths: GuideStep[][] = [[]];
  for (const step of steps) {
    const branches =
      step.options.length === 0 ? [[]] : step.options.flatMap((option) => readingPaths(option.steps));
    paths = paths.flatMap((path) => branches.map((branch) => [...path, step, ...branch]));
  }
  return paths;
}

describe('a note is given once on every reading path', () => {
  it.each(workflowIds)('%s: no note repeats on any path, in either language or audience', (workflowId) => {
    for (const locale of [en, es]) {
      for (const audience of workflowId === 'assist'
        ? (['staff'] as const)
        : (['staff', 'patient'] as const)) {
        for (const guide of guidesOf(workflowId, { locale, audience })) {
          for (const path of readingPaths(guide.steps)) {
            const keys = path.flatMap((step) => step.notes.map((note) => note.key));
            expect(keys, `${workflowId} ${audience}`).toEqual([...new Set(keys)]);
          }
        }
      }
    }
  });

  it('each option still carries its own tips (options are read one at a time)', () => {
    const guide = buildGuide('security-setup', {});
    const [choose] = guide.steps;
    const text = choose?.options.find((option) => option.key === 'security.text');
    const call = choose?.options.find((option) => option.key === 'security.call');
    const tips = (steps: readonly GuideStep[] = []) => steps.flatMap((step) => step.notes.map((n) => n.key));
    expect(tips(text?.steps)).toContain('patient.codeNotReceived');
    expect(tips(call?.steps)).toContain('patient.codeNotReceived');
  });

  it('the COPPA note of a caregiver under age is given once, on the first step', () => {
    const guide = buildGuide('family-access', { caregiverUnderMinimumAge: true });
    expect(guide.steps.map((step) => step.notes.filter((n) => n.key === 'staff.under13').length)).toEqual([
      1, 0,
    ]);
  });
});

describe('the phone-of-record step of an open guide', () => {
  it.each(['registration', 'family-access'] as const)(
    '%s: with the security option open, it follows all three options once, as a main step',
    (workflowId) => {
      for (const audience of ['staff', 'patient'] as const) {
        const guide = buildGuide(workflowId, {}, { audience });
        const keys = guide.steps.map((step) => step.key);
        const choose = keys.indexOf('security.chooseOption');
        expect(keys.indexOf('verification.chooseDelivery')).toBe(choose + 1);
        const options = guide.steps[choose]?.options ?? [];
        expect(options).toHaveLength(3);
        for (const option of options)
          expect(option.steps.map((step) => step.key)).not.toContain('verification.chooseDelivery');
      }
    },
  );

  it('a scenario that chose "Text me" with the phone of record has no phone-of-record step', () => {
    const guide = buildGuide('registration', { channel: 'invitation', security: 'text' });
    expect(guide.steps.map((step) => step.key)).not.toContain('verification.chooseDelivery');
  });
});
