import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGuide, renderText } from '../../src/guides/index.js';
import { en } from '../../src/locales/en/index.js';
import { es } from '../../src/locales/es/index.js';
import { checkPortalEligibility } from '../../src/rules/index.js';
import { sampleChildPatient, sampleInputs } from '../../src/testing/index.js';
import {
  type RegistrationInput,
  registrationChannels,
  registrationMachine,
  restoreSession,
} from '../../src/workflows/index.js';
import { thrown } from '../helpers/thrown.js';
import { runTo, saved } from '../helpers/workflow-session.js';

const sample = (name: string): RegistrationInput => {
  const input = sampleInputs.registration[name];
  if (!input) throw new Error(`sample input ${name} missing`);
  return input;
};
const form = {
  type: 'CREATE_ACCOUNT',
  emailConfirmed: true,
  passwordEnteredTwice: true,
  termsAccepted: true,
} as const;

describe('registration: the user is the patient or a family member, on every channel', () => {
  it('a parent invited for a 9-year-old is not blocked: the age rule applies to the user', () => {
    const actor = runTo(registrationMachine, sample('parent-invitation'));
    expect(actor.getSnapshot().value).toBe('openingInvitation');
    expect(actor.getSnapshot().context.relationship).toBe('manager');
  });

  it.each(['invitation', 'appointment-reminder', 'in-office', 'lab-result', 'online-check-in'] as const)(
    'a family member under 13 is blocked at once on the %s channel',
    (channel) => {
      const actor = runTo(registrationMachine, { ...sample('under-age-family-member'), channel });
      expect(actor.getSnapshot().value).toBe('blockedUnderAge');
      expect(actor.getSnapshot().output).toMatchObject({
        underAge: { who: 'manager', eligibleOn: '2028-01-20' },
        recommendation: 'family-access-account',
      });
    },
  );

  it('a family member turning 13 today is old enough (boundary)', () => {
    const input = {
      ...sample('under-age-family-member'),
      user: { role: 'family-member' as const, birthDate: '2013-03-10' },
    };
    expect(runTo(registrationMachine, input).getSnapshot().value).toBe('openingNotification');
    const dayShort = { ...input, user: { role: 'family-member' as const, birthDate: '2013-03-11' } };
    expect(runTo(registrationMachine, dayShort).getSnapshot().value).toBe('blockedUnderAge');
  });

  it("a family member's phone of record is the patient's Portal Accounts phone, a patient's the Quickview phone", () => {
    expect(runTo(registrationMachine, sample('parent-invitation')).getSnapshot().context.phoneOfRecord).toBe(
      '+12015550166',
    );
    expect(runTo(registrationMachine, sample('adult-invitation')).getSnapshot().context.phoneOfRecord).toBe(
      '+12015550123',
    );
  });

  it('the recovery phone is compared with the right phone of record', () => {
    const toCode = (phone: string) => [
      { type: 'OPEN_LINK' } as const,
      form,
      { type: 'CHOOSE_TEXT' } as const,
      { type: 'SEND_CODE', phone } as const,
      { type: 'VERIFY', accepted: true } as const,
    ];
    // The Quickview phone typed by a parent differs from their phone of record: verify it.
    const parent = runTo(
      registrationMachine,
      sample('parent-invitation'),
      toCode(sampleChildPatient.phoneOfRecord),
    );
    expect(parent.getSnapshot().value).toEqual({ phoneVerification: 'choosingDelivery' });
    const same = runTo(
      registrationMachine,
      sample('parent-invitation'),
      toCode(sampleChildPatient.portalAccountsPhone),
    );
    expect(same.getSnapshot().value).toBe('confirmation');
  });

  it('"no phone on file" stops a family member whose Portal Accounts entry has none, though Quickview has one', () => {
    const input = sample('parent-invitation');
    const actor = runTo(
      registrationMachine,
      { ...input, patient: { ...input.patient, portalAccountsPhone: null } },
      [
        { type: 'OPEN_LINK' },
        form,
        { type: 'CHOOSE_QUESTION' },
        { type: 'SAVE_ANSWER', answer: 'Maple Street' },
      ],
    );
    expect(actor.getSnapshot().value).toBe('blockedNoPhoneOfRecord');
  });

  it("refuses a family member's date of birth that does not exist, naming the field without the value", () => {
    const error = thrown(() =>
      runTo(registrationMachine, {
        ...sample('adult-invitation'),
        user: { role: 'family-member', birthDate: '2001-02-30' },
      }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]?.path).toEqual(['user', 'birthDate']);
    expect(error.message).not.toContain('2001-02-30');
  });

  it('caps the date of birth before any pattern', () => {
    const error = thrown(() =>
      runTo(registrationMachine, {
        ...sample('adult-invitation'),
        user: { role: 'family-member', birthDate: '9'.repeat(1_000_000) },
      }),
    );
    expect(error.code).toBe('invalid-input');
  });
});

describe('in-office registration', () => {
  it('starts with the staff step, never the invitation email, then continues at "Create your new password"', () => {
    const actor = runTo(registrationMachine, sample('adult-in-office'));
    expect(actor.getSnapshot().value).toBe('registeringInOffice');
    expect(actor.getSnapshot().getMeta()['registration.registeringInOffice']).toMatchObject({
      audience: 'staff',
    });
    actor.send({ type: 'OPEN_LINK' });
    expect(actor.getSnapshot().value).toBe('registeringInOffice');
    actor.send({ type: 'REGISTERED_IN_OFFICE' });
    expect(actor.getSnapshot().value).toBe('createPassword');
  });

  it.each(['en', 'es'] as const)('its %s guide never sends the patient to an email link', (language) => {
    const locale = language === 'en' ? en : es;
    for (const audience of ['patient', 'staff'] as const) {
      const text = renderText(buildGuide('registration', { channel: 'in-office' }, { audience, locale }));
      expect(text).not.toMatch(/link in the email|enlace del correo|Create My Account|View Results/i);
      if (audience === 'patient') expect(text).not.toMatch(/invitation|invitación/i);
    }
  });

  it('the invitation channel does not take the in-office step', () => {
    const actor = runTo(registrationMachine, sample('adult-invitation'));
    actor.send({ type: 'REGISTERED_IN_OFFICE' });
    expect(actor.getSnapshot().value).toBe('openingInvitation');
  });
});

describe("a registration guide for a named user shows that user's answer on the relationship page", () => {
  const relationshipStep = (scenario: Parameters<typeof buildGuide<'registration'>>[1]) =>
    buildGuide('registration', scenario, { patientName: 'Jordan Rivera', audience: 'patient' }).steps.find(
      (step) => step.key === 'relationship.choose',
    );

  it.each(['lab-result', 'online-check-in'] as const)(
    'on %s, a family member is shown only "I manage", the patient only "I am"',
    (channel) => {
      const manager = relationshipStep({ channel, user: 'family-member', security: 'text' });
      expect(manager?.options).toEqual([]);
      expect(manager?.labels).toContain("I manage Jordan Rivera's account");
      expect(manager?.text.map((part) => part.text).join('')).not.toContain('I am Jordan Rivera');
      const self = relationshipStep({ channel, user: 'patient', security: 'text' });
      expect(self?.options).toEqual([]);
      expect(self?.text.map((part) => part.text).join('')).not.toContain("I manage Jordan Rivera's account");
      // Without a named user, the guide still shows both answers.
      expect(relationshipStep({ channel, security: 'text' })?.options.map((option) => option.key)).toEqual([
        'relationship.self',
        'relationship.manager',
      ]);
    },
  );

  it('a family member under the minimum age is blocked, not offered "I am"', () => {
    const guide = buildGuide(
      'registration',
      { channel: 'online-check-in', user: 'family-member', security: 'text', patientUnderMinimumAge: true },
      { audience: 'patient' },
    );
    expect(guide.outcome.status).toBe('completed');
    expect(guide.steps.find((step) => step.key === 'relationship.choose')?.options).toEqual([]);
  });

  it.each([
    { user: 'family-member', relationship: 'self' },
    { user: 'patient', relationship: 'manager' },
  ] as const)('refuses $relationship for a $user user, naming the key', (choice) => {
    const error = thrown(() =>
      buildGuide('registration', { channel: 'lab-result', security: 'text', ...choice }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => issue.path)).toEqual([['relationship']]);
  });
});

describe('registration restore checks the user', () => {
  const parentAtPassword = () =>
    saved(runTo(registrationMachine, sample('parent-invitation'), [{ type: 'OPEN_LINK' }]));

  it('restores a parent past the link', () => {
    expect(() => restoreSession(registrationMachine, parentAtPassword())).not.toThrow();
  });

  it('refuses a family member under 13 outside the blocked state', () => {
    const session = parentAtPassword();
    session.snapshot.context.user = { role: 'family-member', birthDate: '2015-01-20' };
    expect(thrown(() => restoreSession(registrationMachine, session)).code).toBe('invalid-snapshot');
  });

  it('refuses a relationship that does not fit the user off the relationship page', () => {
    const session = parentAtPassword();
    session.snapshot.context.relationship = 'self';
    expect(thrown(() => restoreSession(registrationMachine, session)).code).toBe('invalid-snapshot');
  });

  it("refuses another channel's entry state", () => {
    const session = saved(runTo(registrationMachine, sample('adult-in-office')));
    session.snapshot.context.channel = 'invitation';
    expect(thrown(() => restoreSession(registrationMachine, session)).code).toBe('invalid-snapshot');
  });
});

describe('the age rule on the user (property)', () => {
  const day = fc
    .integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2026, 2, 10) })
    .map((ms) => new Date(ms).toISOString().slice(0, 10));

  it('blocks a family member at the start exactly when the age rule says they are under the minimum age', () => {
    fc.assert(
      fc.property(
        day,
        fc.constantFrom(...registrationChannels),
        fc.integer({ min: 13, max: 21 }),
        (birthDate, channel, minimumAge) => {
          const input = sample('parent-invitation');
          const actor = runTo(registrationMachine, {
            ...input,
            channel,
            user: { role: 'family-member', birthDate },
            practice: { ...input.practice, minimumAge },
          });
          const verdict = checkPortalEligibility({
            birthDate,
            now: new Date(String(input.now)),
            timeZone: input.practice.timeZone,
            minimumAge,
          });
          expect(actor.getSnapshot().value === 'blockedUnderAge').toBe(!verdict.eligible);
          actor.stop();
        },
      ),
      { numRuns: 200 },
    );
  });
});
