import { describe, expect, it } from 'vitest';
import { en } from '../../../src/locales/en/index.js';
import { es } from '../../../src/locales/es/index.js';
import { triageCatalog } from '../../../src/rules/index.js';

/** Every line staff read aloud: what to tell, and the practice's default advice. */
const sayLines = (locale: typeof en) => [
  ...Object.entries(locale.triage.tell),
  ...Object.entries(locale.triage.practiceAdvice),
];

describe('the triage words staff read aloud', () => {
  it.each([
    ['en', en, /\bcall (us|the office|the practice)\b/i],
    ['es', es, /llámenos|llame al consultorio/i],
  ] as const)('%s: never ask someone already on the phone to call', (_, locale, callUs) => {
    for (const [code, line] of sayLines(locale)) expect(line, code).not.toMatch(callUs);
  });

  it.each([
    ['en', en, /\byour browser is fine\b/i],
    ['es', es, /su navegador está bien/i],
  ] as const)('%s: a supported browser is not promised to be "fine"', (_, locale, promise) => {
    for (const [code, line] of sayLines(locale)) expect(line, code).not.toMatch(promise);
  });

  it.each([
    ['en', en],
    ['es', es],
  ] as const)(
    '%s: a staff member is told where to go, the Quickview, in a supported browser',
    (_, locale) => {
      expect(locale.triage.tell['staff-browser-not-supported']).toContain('Quickview');
      expect(locale.triage.tell['staff-browser-not-supported']).toContain('Log in to Portal as Patient');
    },
  );

  it('the security answer is not the first thing asked: special characters come first', () => {
    expect(triageCatalog['security-answer-refused'].questions[0]).toBe('answer-special-characters');
  });

  it.each([
    ['en', en, /\bthe patient clicks\b/i],
    ['es', es, /el paciente hace clic/i],
  ] as const)(
    '%s: the Switch to View question asks about the caller, who may not be the patient',
    (_, locale, patient) => {
      expect(locale.triage.questions['name-under-switch-to-view']).not.toMatch(patient);
    },
  );
});
