import { describe, expect, it } from 'vitest';
import type { Guide, GuideStep } from '../../src/guides/index.js';
import { buildGuide, renderText } from '../../src/guides/index.js';
import { isPortalHelpdeskError } from '../../src/index.js';
import { en } from '../../src/locales/en/index.js';
import { es } from '../../src/locales/es/index.js';
import { workflowIds } from '../../src/workflows/index.js';
import { guidesOf, scenarioVariants } from '../helpers/scenarios.js';

/** Sentences that speak to staff, never to the patient: a patient guide may be printed or emailed. */
const staffVoice = {
  en: [
    /\bStop here\b/,
    /\bOffer\b/,
    /\bhelp the patient\b/i,
    /\bask the patient\b/i,
    /\bgive the patient\b/i,
    /\bwalk the patient\b/i,
    /\bguide the patient\b/i,
    /\bthe patient (can|finish|needs)\b/i,
    /\bStaff note\b/,
  ],
  es: [
    /Deténgase/,
    /Ofrezca/,
    /ayude al paciente/i,
    /pregúntele al paciente/i,
    /dele al paciente/i,
    /guíe al paciente/i,
    /el paciente (podrá|necesita)/i,
    /Nota para el personal/,
  ],
} as const;

const locales = { en, es } as const;
const patientWorkflows = workflowIds.filter((id) => id !== 'assist');

function allSteps(steps: readonly GuideStep[]): GuideStep[] {
  return steps.flatMap((step) => [step, ...step.options.flatMap((option) => allSteps(option.steps))]);
}

const text = (rich: readonly { text: string }[]) => rich.map((segment) => segment.text).join('');

describe('patient guides speak only to the patient', () => {
  it('the scenario variants cover more than the main scenarios', () => {
    expect(scenarioVariants('registration').length).toBeGreaterThan(20);
  });

  describe.each(Object.entries(locales))('%s', (code, locale) => {
    it.each(patientWorkflows)('%s: no staff-voiced sentence in any scenario', (workflowId) => {
      const guides = guidesOf(workflowId, { locale, audience: 'patient', patientName: 'Jordan Rivera' });
      expect(guides.length).toBeGreaterThan(0);
      for (const guide of guides) {
        const output = renderText(guide);
        for (const pattern of staffVoice[code as keyof typeof staffVoice]) {
          expect(output, `${workflowId}: ${pattern}`).not.toMatch(pattern);
        }
        for (const step of allSteps(guide.steps)) {
          expect(
            step.notes.filter((note) => note.kind === 'staff'),
            step.key,
          ).toEqual([]);
        }
      }
    });

    it('blocked endings have patient-voiced words of their own', () => {
      const guides: Guide[] = [
        buildGuide(
          'registration',
          { channel: 'invitation', patientUnderMinimumAge: true },
          { locale, audience: 'patient' },
        ),
        buildGuide(
          'registration',
          { channel: 'invitation', security: 'question', noPhoneOfRecord: true },
          { locale, audience: 'patient' },
        ),
        buildGuide('phone-verification', { noPhoneOfRecord: true }, { locale, audience: 'patient' }),
        buildGuide(
          'relationship',
          { relationship: 'manager', managerUnderMinimumAge: true },
          { locale, audience: 'patient' },
        ),
      ];
      expect(guides.map((guide) => guide.steps.at(-1)?.key)).toEqual([
        'registration.blockedUnderAgeForPatient',
        'registration.blockedNoPhoneOfRecordForPatient',
        'verification.noPhoneOfRecordForPatient',
        'relationship.blockedUnderAgeForPatient',
      ]);
      // Staff still get their own words for the same endings.
      const staff = buildGuide(
        'registration',
        { channel: 'invitation', patientUnderMinimumAge: true },
        { locale },
      );
      expect(staff.steps.at(-1)?.key).toBe('registration.blockedUnderAge');
    });
  });

  it('the staff-voice patterns do catch the staff words (so their absence means something)', () => {
    const staff = renderText(
      buildGuide('registration', { channel: 'invitation', noPhoneOfRecord: true, security: 'question' }),
    );
    expect(staff).toMatch(/help the patient/);
    const staffEs = renderText(
      buildGuide('registration', { channel: 'invitation', patientUnderMinimumAge: true }, { locale: es }),
    );
    expect(staffEs).toMatch(/Ofrezca/);
  });

  it('refuses a patient guide of the staff-only assist session, naming the option', () => {
    let caught: unknown;
    try {
      buildGuide('assist', {}, { audience: 'patient' });
    } catch (error) {
      caught = error;
    }
    expect(isPortalHelpdeskError(caught) && caught.code).toBe('invalid-input');
    expect(isPortalHelpdeskError(caught) && caught.issues).toEqual([
      { path: ['audience'], message: 'This workflow is for staff only; it has no patient guide' },
    ]);
    expect(buildGuide('assist', {}, { audience: 'staff' }).audience).toBe('staff');
  });
});

describe("a patient guide gives the practice's portal address it was given", () => {
  const url = 'https://portal.example.org/';
  it.each(['en', 'es'] as const)('%s: where the patient logs in (message form, later logins)', (code) => {
    const locale = code === 'en' ? en : es;
    for (const [workflowId, scenario] of [
      ['registration', { channel: 'invitation', security: 'text' }],
      ['family-access', { security: 'text' }],
      ['secure-message', { startedFrom: 'home-page' }],
    ] as const) {
      const options = { locale, audience: 'patient', portalUrl: url } as const;
      expect(renderText(buildGuide(workflowId, scenario, options))).toContain(url);
      // Without an address, no link and no dangling words.
      const plain = renderText(buildGuide(workflowId, scenario, { locale, audience: 'patient' }));
      expect(plain).not.toMatch(/https?:|portal at |portal en /);
    }
  });
});

describe('guides say what the reference says, and no more', () => {
  it.each(Object.entries(locales))(
    '%s: announces the phone-of-record step and when it applies',
    (code, locale) => {
      const guide = buildGuide('registration', { channel: 'invitation', security: 'question' }, { locale });
      const step = allSteps(guide.steps).find((s) => s.key === 'verification.chooseDelivery');
      const words = text(step?.text ?? []);
      expect(words).toContain(
        code === 'en' ? 'If you chose a security question' : 'Si eligió una pregunta de seguridad',
      );
      expect(words).toContain(code === 'en' ? 'recovery phone number' : 'teléfono de recuperación');
    },
  );

  it.each(Object.entries(locales))(
    '%s: security setup on its own says the phone-of-record step comes next',
    (code, locale) => {
      const lastNotes = (guide: Guide) => guide.steps.at(-1)?.notes.map((note) => note.key) ?? [];
      expect(lastNotes(buildGuide('security-setup', { security: 'question' }, { locale }))).toEqual([
        'patient.phoneCheckFollowsQuestion',
      ]);
      const text_ = buildGuide('security-setup', { security: 'text' }, { locale, audience: 'patient' });
      expect(lastNotes(text_)).toEqual(['patient.phoneCheckMayFollow']);
      expect(renderText(text_)).toContain(
        code === 'en' ? 'confirm the number on file' : 'confirmar el teléfono registrado',
      );
    },
  );

  it.each(Object.entries(locales))(
    '%s: an out-of-date phone of record reads once, in the patient voice',
    (code, locale) => {
      const scenario = { channel: 'invitation', security: 'question', phoneOutOfDate: true } as const;
      const patient = buildGuide('registration', scenario, { locale, audience: 'patient' });
      const keys = patient.steps.map((step) => step.key);
      const update = keys.indexOf('verification.updatePhoneOfRecordForPatient');
      expect(update).toBeGreaterThan(-1);
      expect(keys[update - 1]).toBe('verification.chooseDelivery');
      expect(keys[update + 1]).toBe('verification.chooseDelivery');
      const again = text(patient.steps[update + 1]?.text ?? []);
      expect(again).toContain(code === 'en' ? 'again' : 'otra vez');
      expect(text(patient.steps[update - 1]?.text ?? [])).not.toBe(again);
      // Staff read their own instruction at the same place.
      const staff = buildGuide('registration', scenario, { locale });
      expect(staff.steps.map((step) => step.key)).toContain('verification.updatePhoneOfRecord');
    },
  );

  it.each(Object.entries(locales))('%s: no guide says the same step twice in a row', (_, locale) => {
    for (const workflowId of workflowIds) {
      for (const audience of ['staff', 'patient'] as const) {
        for (const guide of guidesOf(workflowId, { locale, audience, patientName: 'Jordan Rivera' })) {
          const words = guide.steps.map((step) => text(step.text));
          words.forEach((current, index) => {
            expect(current, `${workflowId} (${audience}) step ${index + 1}`).not.toBe(words[index - 1]);
          });
        }
      }
    }
  });

  it.each(Object.entries(locales))(
    '%s: in-office registration starts with the practice, in the voice of each reader',
    (code, locale) => {
      const scenario = { channel: 'in-office', security: 'text' } as const;
      const patient = buildGuide('registration', scenario, { locale, audience: 'patient' });
      expect(patient.steps[0]?.key).toBe('registration.registerInOfficeForPatient');
      expect(text(patient.steps[0]?.text ?? [])).toContain(
        code === 'en' ? 'athenahealth account' : 'cuenta de athenahealth',
      );
      const staff = buildGuide('registration', scenario, { locale });
      expect(staff.steps[0]?.key).toBe('registration.registerInOffice');
    },
  );

  it.each(Object.entries(locales))(
    '%s: a relationship the scenario chose names only that answer',
    (_, locale) => {
      const chooseLabels = (relationship: 'self' | 'manager' | undefined) => {
        const guide = buildGuide('relationship', relationship ? { relationship } : {}, { locale });
        return (guide.steps[0]?.text ?? []).filter((s) => s.kind === 'label').map((s) => s.text);
      };
      const named = (labels: string[]) => [
        labels.some((label) => label.startsWith('I am ')),
        labels.some((label) => label.startsWith('I manage ')),
      ];
      expect(named(chooseLabels('self'))).toEqual([true, false]);
      expect(named(chooseLabels('manager'))).toEqual([false, true]);
      expect(named(chooseLabels(undefined))).toEqual([true, true]);
    },
  );

  it.each(Object.entries(locales))(
    '%s: Continue follows the manager details, not the choice',
    (_, locale) => {
      const guide = buildGuide('relationship', { relationship: 'manager' }, { locale });
      const [choose, details] = guide.steps;
      const labels = (step: GuideStep | undefined) =>
        (step?.text ?? []).filter((segment) => segment.kind === 'label').map((segment) => segment.text);
      const chooseLabels = labels(choose);
      // In the choice, Continue goes with "I am", before "I manage" is named.
      const manage = chooseLabels.findIndex((label) => label.startsWith('I manage '));
      expect(manage).toBeGreaterThan(-1);
      expect(chooseLabels.indexOf('Continue')).toBeLessThan(manage);
      expect(details?.key).toBe('relationship.managerDetails');
      expect(labels(details).at(-1)).toBe('Continue');
    },
  );

  it.each(Object.entries(locales))('%s: the relationship page "may" appear', (code, locale) => {
    const guide = buildGuide('relationship', {}, { locale });
    expect(text(guide.intro)).toContain(code === 'en' ? 'may ask' : 'Es posible que');
    expect(text(guide.steps[0]?.text ?? [])).toContain(
      code === 'en' ? 'If the portal shows' : 'Si el portal le muestra',
    );
  });

  it('attaches the Prospective note only to a patient new to the practice', () => {
    const keys = (guide: Guide) => [
      ...guide.notes.map((note) => note.key),
      ...allSteps(guide.steps).flatMap((step) => step.notes.map((note) => note.key)),
    ];
    const existing = buildGuide('registration', { channel: 'invitation', security: 'text' });
    expect(keys(existing)).not.toContain('staff.prospectiveStatus');
    const newcomer = buildGuide('registration', {
      channel: 'invitation',
      security: 'text',
      newToPractice: true,
    });
    expect(keys(newcomer)).toContain('staff.prospectiveStatus');
    expect(text(newcomer.notes.find((n) => n.key === 'staff.prospectiveStatus')?.text ?? [])).toContain(
      'first registers with the practice on the portal',
    );
    // Staff notes never reach a patient guide, this one included.
    const patient = buildGuide(
      'registration',
      { channel: 'invitation', newToPractice: true },
      { audience: 'patient' },
    );
    expect(keys(patient)).not.toContain('staff.prospectiveStatus');
  });

  it.each(Object.entries(locales))(
    '%s: the landline advice is conditional advice, neither a portal screen nor a staff check',
    (code, locale) => {
      for (const audience of ['staff', 'patient'] as const) {
        const guide = buildGuide(
          'security-setup',
          { security: 'text', landline: true },
          { locale, audience },
        );
        const step = allSteps(guide.steps).find((s) => s.key === 'security.landlineAdvice');
        const words = text(step?.text ?? []);
        expect(words).toContain(
          code === 'en'
            ? 'If the number you typed is a landline'
            : 'Si el número que escribió es de un teléfono fijo',
        );
        // Printed for the patient: no check run by staff or by this library is presented as a fact.
        expect(words).not.toMatch(/helpdesk|check says|personal|revisión/i);
        expect(renderText(guide)).not.toMatch(
          /portal (cannot|can't) tell|That number is a landline|Ese número es de un teléfono fijo/,
        );
      }
    },
  );

  it.each(Object.entries(locales))(
    '%s: says why security setup exists, and that the account is athenahealth',
    (code, locale) => {
      const guide = renderText(
        buildGuide('registration', { channel: 'invitation' }, { locale, audience: 'patient' }),
      );
      expect(guide).toContain(code === 'en' ? 'forget your password' : 'olvida su contraseña');
      expect(guide).toContain(code === 'en' ? 'athenahealth account' : 'cuenta de athenahealth');
    },
  );

  it.each(Object.entries(locales))(
    '%s: the Provider list includes providers the patient has seen before',
    (code, locale) => {
      const guide = renderText(
        buildGuide('secure-message', { startedFrom: 'home-page' }, { locale, audience: 'patient' }),
      );
      expect(guide).toContain(
        code === 'en'
          ? 'The list includes the providers you have seen before'
          : 'La lista incluye los proveedores que lo han atendido antes',
      );
    },
  );
});
