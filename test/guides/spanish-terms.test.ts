import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/guides/index.js';
import { es } from '../../src/locales/es/index.js';
import { OFFICE_STAFF_LABEL } from '../../src/rules/index.js';
import { workflowIds } from '../../src/workflows/index.js';
import { guidesOf } from '../helpers/scenarios.js';

/**
 * One Spanish term per concept (docs/policies.md, "Wording decisions"): the variants below are
 * banned wherever Spanish text is written, rules and guides alike.
 */
const banned: readonly [RegExp, string][] = [
  [/página de inicio/i, 'página principal'],
  [/tarjetas? de pago/i, 'tarjeta de crédito'],
  [/datos de tarjetas?\b(?! de crédito)/i, 'datos de tarjeta de crédito'],
  [/bandeja clínica/i, 'bandeja Clinical Inbox'],
  // In a source file a label is written `${label('...')}`; in a rendered guide, quoted or in bold.
  [/(?<!bandeja (?:["*]|\$\{label\(')?)Clinical Inbox/, 'bandeja Clinical Inbox'],
  [/(?<!\b(?:el|del|las páginas) (?:["*]|\$\{label\(')?)Quickview/, 'el Quickview'],
  [/\bm[aá]nd(?:ar|e|é|ó|a|an|ele|arle|ó)\b/i, 'enviar'],
  [/flechita/i, 'flecha'],
  [/elija a (?:Dr|Dra)\./, 'elija al Dr. / a la Dra.'],
  [/\ba ["*]?Office staff/, 'no personal "a" before Office staff'],
  [/número registrado|teléfono de su expediente/i, 'teléfono registrado'],
  [/información médica/i, 'información de salud y de facturación'],
  [/\bse encarga/i, 'administra'],
  // "sus padres" in usted reads as the caller's parents; the patient's are meant.
  [/uno de sus padres/i, 'uno de los padres del paciente'],
  [/\bbajo ["*]?Switch to View|\bbajo \$\{label\('Switch to View/, 'en "Switch to View"'],
  // "el enrutamiento", "Provider-based message routing": both masculine.
  [/routing["*]? está desactivada/, 'está desactivado'],
  [/(?:abr[ae]|abrir) una cuenta de acceso familiar/i, 'configurar el acceso familiar'],
  [/a un fijo\b/i, 'a un teléfono fijo'],
];

// The search words are how patients and staff put things ("mandar", "quickview"), matched and
// never shown: the one-term rule is for what the library says.
const esSources = [
  ...readdirSync('src/locales/es')
    .filter((file) => file !== 'search.ts')
    .map((file) => join('src/locales/es', file)),
  'src/element/words.ts',
];

/** The Spanish part of the element's words (the English part comes first in that file). */
function spanishText(path: string): string {
  const source = readFileSync(path, 'utf8');
  if (!path.endsWith('element/words.ts')) return source;
  return source.slice(source.indexOf('Continuar') - 2000);
}

describe('Spanish: one term per concept', () => {
  it.each(esSources)('%s uses none of the banned variants', (path) => {
    const source = spanishText(path);
    for (const [pattern, instead] of banned) expect(source, `${pattern} -> ${instead}`).not.toMatch(pattern);
  });

  it.each(workflowIds.filter((id) => id !== 'assist'))('%s: no guide uses a banned variant', (workflowId) => {
    for (const audience of ['staff', 'patient'] as const) {
      for (const guide of guidesOf(workflowId, { locale: es, audience })) {
        const output = renderText(guide);
        for (const [pattern, instead] of banned)
          expect(output, `${pattern} -> ${instead}`).not.toMatch(pattern);
      }
    }
  });

  it('the assist guides use none of them either', () => {
    for (const guide of guidesOf('assist', { locale: es })) {
      const output = renderText(guide);
      for (const [pattern, instead] of banned)
        expect(output, `${pattern} -> ${instead}`).not.toMatch(pattern);
    }
  });

  it('the banned patterns catch the old wording (so their absence means something)', () => {
    const old = [
      'elija a Dr. Ruiz',
      'la página de inicio',
      'Mándele a su proveedor',
      'Nunca mande datos',
      'la flechita',
      'la bandeja clínica',
      'Abra Quickview en Chrome',
      'decide a qué "Clinical Inbox" llega',
      'o a Office staff',
      'los datos de tarjeta)',
    ];
    for (const phrase of old)
      expect(
        banned.some(([pattern]) => pattern.test(phrase)),
        phrase,
      ).toBe(true);
  });
});

describe('Spanish: the personal "a" before a name', () => {
  const params = { patientName: 'Jordan', minimumAge: 13, maxLength: 1000, maxAttachments: 10 };
  const provider = (providerName: string) =>
    es.guide.steps['message.chooseProvider']({ ...params, providerName })
      .map((segment) => segment.text)
      .join('');

  it('contracts before a title: "al Dr.", "a la Dra."', () => {
    expect(provider('Dr. Ana Ruiz')).toContain('elija al Dr. Ana Ruiz');
    expect(provider('Dra. Ana Ruiz')).toContain('elija a la Dra. Ana Ruiz');
    expect(provider('Ana Ruiz')).toContain('elija a Ana Ruiz');
  });

  it('uses no personal "a" before Office staff', () => {
    expect(provider(OFFICE_STAFF_LABEL)).toContain(`elija ${OFFICE_STAFF_LABEL}`);
    expect(provider(OFFICE_STAFF_LABEL)).not.toMatch(new RegExp(`\\ba ${OFFICE_STAFF_LABEL}`));
  });

  it('names a family member with the personal "a"', () => {
    const words = es.guide.steps['profile.menu']({
      ...params,
      chosen: 'profile.family-member',
      familyMemberName: 'Mia Rivera',
    });
    expect(words.map((segment) => segment.text).join('')).toContain('elija a Mia Rivera');
  });
});
