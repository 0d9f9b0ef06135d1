import { describe, expect, it } from 'vitest';
import { en } from '../../../src/locales/en/index.js';
import { es } from '../../../src/locales/es/index.js';
import {
  type DiagnoseOptions,
  diagnose,
  type SymptomId,
  type TriageFacts,
} from '../../../src/rules/index.js';
import { causeWalks, clock } from './walks.js';

// What staff read aloud to the patient is in the patient's voice: never an order to staff ("Ask the
// patient to...", "Read it back to the patient") and never a staff-only screen ("Portal Settings").
const TO_STAFF =
  /\b(ask the patient|ask for a (phone|mobile|direct)|read it back|help them|the patient (picks|answers))\b|Portal Settings/i;
const TO_STAFF_ES =
  /(pídale al paciente|pida un (teléfono|celular|número)|léaselo|ayúdelo|el paciente elige|Portal Settings)/i;

/** Calls where a phone, message or Provider list check finds the cause (its advice speaks to staff). */
const checkFound: readonly { symptom: SymptomId; facts: TriageFacts }[] = [
  { symptom: 'code-not-received', facts: { codeStep: 'security-setup', codeMethod: 'text', phone: '12' } },
  { symptom: 'code-not-received', facts: { codeStep: 'security-setup', phone: '+1 800 555 0100' } },
  { symptom: 'code-not-received', facts: { codeStep: 'security-setup', phone: '+44 909 879 0000' } },
  { symptom: 'cannot-attach-file', facts: { startedFrom: 'messages-page' } },
  { symptom: 'cannot-attach-file', facts: { startedFrom: 'home-page', attachments: 12 } },
  { symptom: 'message-will-not-send', facts: { messageText: 'My card is 4111 1111 1111 1111' } },
  { symptom: 'message-will-not-send', facts: { messageText: 'a'.repeat(1020) } },
  { symptom: 'message-will-not-send', facts: { messageText: ' ' } },
  { symptom: 'provider-not-listed', facts: { seenProviders: 0 } },
  { symptom: 'provider-not-listed', facts: { seenProviders: 0, providerBasedRouting: false } },
];

const languages = [
  ['en', en, TO_STAFF],
  ['es', es, TO_STAFF_ES],
] as const;

describe('what to say is said to the patient, in both languages', () => {
  it.each(languages)(
    '%s: a check that speaks to staff gives its advice apart from the Say line',
    (_, locale, toStaff) => {
      for (const { symptom, facts } of checkFound) {
        const result = diagnose(symptom, facts, { locale });
        expect(result.status).toBe('diagnosed');
        for (const cause of result.causes) {
          expect(cause.say).not.toMatch(toStaff);
          // The catalog's line for the cause, as the troubleshooting page shows it.
          expect(cause.say).toBe(locale.triage.tell[cause.code as keyof typeof locale.triage.tell]);
          expect(cause.advice).toMatch(toStaff);
        }
        expect(result.say).toBe(result.causes[0]?.say);
      }
    },
  );

  it.each(languages)('%s: no walk to any cause has a Say line that speaks to staff', (_, locale, toStaff) => {
    for (const { symptom, facts, options } of causeWalks) {
      if (symptom === 'staff-login-as-patient') continue; // the caller is the staff member
      const result = diagnose(symptom, facts, { ...(options as DiagnoseOptions), locale });
      for (const cause of result.causes) expect(cause.say).not.toMatch(toStaff);
    }
  });

  it('keeps the advice of checks that speak to the patient as the Say line (browser, age, landline)', () => {
    const landline = diagnose('code-not-received', {
      codeStep: 'security-setup',
      codeMethod: 'text',
      phone: '+44 20 7946 0958',
    });
    expect(landline.say).toBe(en.phone.landline);
    const child = diagnose('child-under-13', { birthDate: '2016-03-01' }, clock);
    expect(child.say).toContain('2029');
    for (const result of [landline, child]) expect(result.causes[0]).not.toHaveProperty('advice');
  });
});
