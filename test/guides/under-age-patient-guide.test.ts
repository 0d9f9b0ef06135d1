import { describe, expect, it } from 'vitest';
import { buildGuide, renderText } from '../../src/guides/index.js';
import { es } from '../../src/locales/es/index.js';

// Issue 13: the under-13 verdict offers family access to staff, in staff words; a patient's guide
// (safe to print or email) says what can be done in the patient's own voice.

describe('the under-13 outcome', () => {
  const scenarios = [
    ['registration', { channel: 'invitation', patientUnderMinimumAge: true }],
    ['relationship', { relationship: 'self', patientUnderMinimumAge: true }],
  ] as const;

  it.each(scenarios)(
    '%s: a patient guide holds no staff-voiced sentence, and names family access',
    (id, scenario) => {
      const patient = renderText(buildGuide(id, scenario as never, { audience: 'patient' }));
      expect(patient).not.toContain('Offer a family access account instead');
      expect(patient).not.toContain('Stop here');
      expect(patient).toContain('family access account');
      const paciente = renderText(buildGuide(id, scenario as never, { audience: 'patient', locale: es }));
      expect(paciente).not.toContain('Ofrezca');
      expect(paciente).not.toContain('Deténgase');
      expect(paciente).toContain('acceso familiar');
    },
  );

  it('a blocked registration guide does not open with "follow these steps to create"', () => {
    for (const [locale, steps] of [
      [undefined, 'Follow these steps'],
      [es, 'Siga estos pasos'],
    ] as const) {
      const options = { audience: 'patient', ...(locale ? { locale } : {}) } as const;
      const blocked = buildGuide(
        'registration',
        { channel: 'invitation', patientUnderMinimumAge: true },
        options,
      );
      expect(blocked.outcome.status).toBe('blocked');
      expect(blocked.intro.map((s) => s.text).join('')).not.toContain(steps);
      const open = buildGuide('registration', { channel: 'invitation' }, options);
      expect(open.intro.map((s) => s.text).join('')).toContain(steps);
    }
  });

  it('family access: a caregiver under 13 reads what they can do, not the staff stop', () => {
    const scenario = { caregiverUnderMinimumAge: true };
    const caregiver = renderText(buildGuide('family-access', scenario, { audience: 'patient' }));
    expect(caregiver).not.toContain('Stop here');
    expect(caregiver).toContain('can ask the practice for a family access account');
    expect(renderText(buildGuide('family-access', scenario))).toContain('Stop here');
  });

  it.each(scenarios)('%s: the staff guide offers family access to a caregiver old enough', (id, scenario) => {
    const staff = renderText(buildGuide(id, scenario as never));
    // Who is under age may be a caregiver (relationship: the manager), so the offer names the
    // patient's caregivers of the minimum age, never "a parent or other caregiver" at large.
    expect(staff).toContain(
      'Offer family access instead, to a parent or other caregiver of <patient name> who is at least 13.',
    );
  });
});
