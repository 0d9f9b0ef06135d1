import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GuideStep } from '../../src/guides/index.js';
import { buildGuide, describeStep, renderMarkdown } from '../../src/guides/index.js';
import { applyLabelPolicy } from '../../src/guides/label-policy.js';
import { isPortalHelpdeskError } from '../../src/index.js';
import { en } from '../../src/locales/en/index.js';
import { es } from '../../src/locales/es/index.js';
import { createWorkflowActor, securitySetupMachine } from '../../src/workflows/index.js';
import { run } from '../cli/utils.js';

const count = (text: string, part: string) => text.split(part).length - 1;

function allSteps(steps: readonly GuideStep[]): GuideStep[] {
  return steps.flatMap((step) => [step, ...step.options.flatMap((option) => allSteps(option.steps))]);
}

describe('labels: portal (default)', () => {
  const scenario = { channel: 'lab-result', security: 'text', relationship: 'self' } as const;
  const guide = renderMarkdown(buildGuide('registration', scenario, { locale: es, patientName: 'Ana Ruiz' }));

  it('keeps the English label and glosses it the first time only', () => {
    expect(guide).toContain('**Create account** (Crear cuenta)');
    expect(count(guide, '**Continue** (Continuar)')).toBe(1);
    expect(count(guide, '**Continue**')).toBeGreaterThan(1);
    expect(guide).toContain('**Text me** (Envíenme un mensaje de texto)');
  });

  it('glosses a label with the patient name in it', () => {
    expect(guide).toContain('**I am Ana Ruiz** (Soy Ana Ruiz)');
  });

  it('does not gloss staff screens, which staff see in English', () => {
    const staff = renderMarkdown(buildGuide('security-setup', { security: 'text' }, { locale: es }));
    expect(staff).toContain('**Quickview**');
    expect(staff).not.toMatch(/\*\*Quickview\*\* \(/);
  });

  it('is the default, and changes nothing in English', () => {
    expect(buildGuide('registration', scenario, { locale: es, labels: 'portal' })).toEqual(
      buildGuide('registration', scenario, { locale: es }),
    );
    const english = buildGuide('registration', scenario, { locale: en, labels: 'portal' });
    expect(english).toEqual(buildGuide('registration', scenario, { locale: en, labels: 'translated' }));
    expect(renderMarkdown(english)).toContain('**Continue**.');
  });

  it('keeps the step label lists exact', () => {
    const steps = allSteps(buildGuide('registration', scenario, { locale: es }).steps);
    expect(steps.flatMap((step) => step.labels)).toContain('Create account');
  });
});

describe('labels: translated', () => {
  it('uses Spanish labels only where the reference gives them: it gives none, so English stays, unglossed', () => {
    const guide = renderMarkdown(
      buildGuide(
        'registration',
        { channel: 'invitation', security: 'text' },
        { locale: es, labels: 'translated' },
      ),
    );
    expect(guide).toContain('**Create My Account**');
    expect(guide).not.toContain('(Crear mi cuenta)');
    expect(guide).not.toContain('(Continuar)');
    expect(es.guide.portalLabels).toEqual({});
  });

  it('replaces a label for which a locale gives the portal its own words', () => {
    const custom = { ...es, guide: { ...es.guide, portalLabels: { 'Create account': 'Crear cuenta' } } };
    const guide = buildGuide(
      'registration',
      { channel: 'invitation', security: 'text' },
      { locale: custom, labels: 'translated' },
    );
    const step = allSteps(guide.steps).find((s) => s.key === 'registration.createPassword');
    expect(step?.text).toContainEqual({ kind: 'label', text: 'Crear cuenta' });
    expect(step?.labels).toEqual(['Crear cuenta']);
  });
});

describe('labels: a host locale is data', () => {
  it('ignores a gloss or portal label that is not a string', () => {
    const glosses = { ...es.guide.labelGlosses, 'Create account': {} as never, Continue: 'Continuar' };
    const custom = {
      ...es,
      guide: { ...es.guide, labelGlosses: glosses, portalLabels: { Continue: 7 as never } },
    };
    const scenario = { channel: 'invitation', security: 'text' } as const;
    const portal = renderMarkdown(buildGuide('registration', scenario, { locale: custom }));
    expect(portal).toContain('**Create account**');
    expect(portal).not.toContain('**Create account** (');
    expect(portal).toContain('**Continue** (Continuar)');
    const translated = renderMarkdown(
      buildGuide('registration', scenario, { locale: custom, labels: 'translated' }),
    );
    expect(translated).toContain('**Continue**');
  });
});

describe('labels in the step view and the CLI', () => {
  it('describeStep glosses each label once in its own view, or not at all when translated', () => {
    const actor = createWorkflowActor(securitySetupMachine, {}).start();
    const text = (labels: 'portal' | 'translated') =>
      describeStep(actor, { locale: es, labels })
        .instructions.map((segment) => segment.text)
        .join('');
    expect(text('portal')).toContain('Text me (Envíenme un mensaje de texto)');
    expect(text('translated')).not.toContain('(Envíenme un mensaje de texto)');
    actor.stop();
  });

  it('refuses an unknown policy by its option name', () => {
    let caught: unknown;
    try {
      buildGuide('registration', {}, { labels: 'spanish' as never });
    } catch (error) {
      caught = error;
    }
    expect(isPortalHelpdeskError(caught) && caught.issues[0]?.path).toEqual(['labels']);
  });

  it('takes --labels on the command line', () => {
    const portal = run(['guide', 'registration', '--locale', 'es']);
    expect(portal.out).toContain('(Crear mi cuenta)');
    const translated = run(['guide', 'registration', '--locale', 'es', '--labels', 'translated']);
    expect(translated.code).toBe(0);
    expect(translated.out).not.toContain('(Crear mi cuenta)');
    const bad = run(['guide', 'registration', '--labels', 'spanish']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--labels');
  });
});

describe('labels: properties', () => {
  const known = Object.keys(es.guide.labelGlosses ?? {}).filter((label) => !label.includes('{'));
  const segmentArb = fc.oneof(
    fc.constantFrom(...known).map((text) => ({ kind: 'label' as const, text })),
    fc.string({ maxLength: 12 }).map((text) => ({ kind: 'label' as const, text })),
    fc.string({ minLength: 1, maxLength: 12 }).map((text) => ({ kind: 'text' as const, text })),
  );
  const textsArb = fc.array(fc.array(segmentArb, { maxLength: 8 }), { maxLength: 6 });

  it('glosses each label at most once across the texts of one guide, and changes nothing else', () => {
    fc.assert(
      fc.property(textsArb, (texts) => {
        const seen = new Set<string>();
        const out = texts.map((text) => applyLabelPolicy(text, es.guide, 'portal', seen));
        const labels = out.flat().filter((segment) => segment.kind === 'label');
        // Labels are kept, in order, exactly.
        expect(labels).toEqual(texts.flat().filter((segment) => segment.kind === 'label'));
        // Each known label is glossed once in all, right after the first time it appears (two
        // labels may share a gloss: "My profile" and "My Profile" are both "Mi perfil").
        const joined = out.map((text) => text.map((segment) => segment.text).join('|')).join('\n');
        for (const label of new Set(labels.map((segment) => segment.text))) {
          const gloss = es.guide.labelGlosses?.[label];
          if (gloss !== undefined)
            expect(joined.split(`${label}| (${gloss})`).length - 1).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('translated adds nothing when the locale gives no portal labels', () => {
    fc.assert(
      fc.property(textsArb, (texts) => {
        const seen = new Set<string>();
        for (const text of texts) {
          const plain = (rich: readonly { text: string }[]) => rich.map((segment) => segment.text).join('');
          expect(plain(applyLabelPolicy(text, es.guide, 'translated', seen))).toBe(plain(text));
        }
      }),
    );
  });
});
