import { describe, expect, it } from 'vitest';
import { sampleChildPatient, sampleInputs, sampleManager, workflowPaths } from '../../src/testing/index.js';
import { familyAccessMachine, restoreSession } from '../../src/workflows/index.js';
import { thrown } from '../helpers/thrown.js';
import { runTo, saved } from '../helpers/workflow-session.js';

const child = sampleInputs['family-access'].child;
if (!child) throw new Error('sample input missing');
const form = {
  type: 'CREATE_ACCOUNT',
  emailConfirmed: true,
  passwordEnteredTwice: true,
  termsAccepted: true,
} as const;

describe('family access: staff set it up, the caregiver registers as someone who manages the account', () => {
  it('starts with the staff step and goes on to the invitation email once the caregiver is old enough', () => {
    const actor = runTo(familyAccessMachine, child);
    expect(actor.getSnapshot().value).toBe('settingUpAccess');
    expect(actor.getSnapshot().getMeta()['familyAccess.settingUpAccess']).toMatchObject({
      audience: 'staff',
    });
    actor.send({ type: 'ACCESS_SET_UP', caregiverBirthDate: sampleManager.birthDate });
    expect(actor.getSnapshot().value).toBe('openingInvitation');
    expect(actor.getSnapshot().context.user).toEqual({
      role: 'family-member',
      birthDate: sampleManager.birthDate,
    });
  });

  it('blocks a caregiver under 13 (a 9-year-old patient is fine: the age rule applies to the user)', () => {
    const actor = runTo(familyAccessMachine, child, [
      { type: 'ACCESS_SET_UP', caregiverBirthDate: '2015-01-20' },
    ]);
    expect(actor.getSnapshot().value).toBe('blockedUnderAge');
    expect(actor.getSnapshot().output).toMatchObject({
      status: 'blocked',
      reason: 'under-minimum-age',
      underAge: { who: 'manager', eligibleOn: '2028-01-20' },
    });
  });

  it('keeps the staff step on a date of birth that does not exist or is in the future, flagging it', () => {
    const actor = runTo(familyAccessMachine, child, [
      { type: 'ACCESS_SET_UP', caregiverBirthDate: '2031-01-20' },
    ]);
    expect(actor.getSnapshot().value).toBe('settingUpAccess');
    expect(actor.getSnapshot().context.problem).toBe('invalid-caregiver-details');
  });

  it("verifies the patient's Portal Accounts phone, never the Quickview phone, and registers a manager", () => {
    const actor = runTo(familyAccessMachine, child, [
      { type: 'ACCESS_SET_UP', caregiverBirthDate: sampleManager.birthDate },
      { type: 'OPEN_LINK' },
      form,
      { type: 'CHOOSE_TEXT' },
      // The Quickview phone differs from the Portal Accounts phone: verification follows.
      { type: 'SEND_CODE', phone: sampleChildPatient.phoneOfRecord },
      { type: 'VERIFY', accepted: true },
    ]);
    expect(actor.getSnapshot().context.phoneOfRecord).toBe('+12015550166');
    expect(actor.getSnapshot().value).toEqual({ phoneVerification: 'choosingDelivery' });
    actor.send({ type: 'CHOOSE_CALL' });
    actor.send({ type: 'VERIFY', accepted: true });
    actor.send({ type: 'CONTINUE' });
    expect(actor.getSnapshot().output).toEqual({
      status: 'registered',
      relationship: 'manager',
      securityMethod: 'text',
      phoneVerified: true,
    });
  });

  it('needs no verification when the recovery phone is the Portal Accounts phone', () => {
    const actor = runTo(familyAccessMachine, child, [
      { type: 'ACCESS_SET_UP', caregiverBirthDate: sampleManager.birthDate },
      { type: 'OPEN_LINK' },
      form,
      { type: 'CHOOSE_TEXT' },
      { type: 'SEND_CODE', phone: sampleChildPatient.portalAccountsPhone },
      { type: 'VERIFY', accepted: true },
    ]);
    expect(actor.getSnapshot().value).toBe('confirmation');
  });

  it('stops with "update the phone of record first" when the Portal Accounts entry has no phone', () => {
    const input = sampleInputs['family-access']['no-portal-accounts-phone'];
    if (!input) throw new Error('sample input missing');
    const actor = runTo(familyAccessMachine, input, [
      { type: 'ACCESS_SET_UP', caregiverBirthDate: sampleManager.birthDate },
      { type: 'OPEN_LINK' },
      form,
      { type: 'CHOOSE_QUESTION' },
      { type: 'SAVE_ANSWER', answer: 'Maple Street' },
    ]);
    expect(actor.getSnapshot().value).toBe('blockedNoPhoneOfRecord');
    expect(actor.getSnapshot().output).toMatchObject({ reason: 'no-phone-of-record' });
  });

  it('reaches each final state on some generated path', () => {
    const finals = new Set(
      workflowPaths('family-access', { finalOnly: true }).map((path) => path.finalState),
    );
    expect([...finals].sort()).toEqual(['blockedNoPhoneOfRecord', 'blockedUnderAge', 'home']);
  });

  it('refuses an input without a Portal Accounts phone field, naming the field and not the value', () => {
    const { patient, ...rest } = child;
    const error = thrown(() =>
      runTo(familyAccessMachine, {
        ...rest,
        patient: { displayName: patient.displayName, birthDate: 'x'.repeat(5) },
      } as never),
    );
    expect(error.code).toBe('invalid-input');
    expect(JSON.stringify(error.issues)).not.toContain('xxxxx');
  });
});

describe('family access restore', () => {
  const atInvitation = () =>
    saved(
      runTo(familyAccessMachine, child, [
        { type: 'ACCESS_SET_UP', caregiverBirthDate: sampleManager.birthDate },
      ]),
    );

  it('restores a session saved past the staff step', () => {
    expect(() => restoreSession(familyAccessMachine, atInvitation())).not.toThrow();
  });

  it('refuses a caregiver under 13 past the staff step', () => {
    const session = atInvitation();
    session.snapshot.context.user = { role: 'family-member', birthDate: '2015-01-20' };
    expect(thrown(() => restoreSession(familyAccessMachine, session)).code).toBe('invalid-snapshot');
  });

  it('refuses an unknown caregiver past the staff step, and a known one before it', () => {
    const past = atInvitation();
    past.snapshot.context.user = { role: 'family-member', birthDate: null };
    expect(thrown(() => restoreSession(familyAccessMachine, past)).code).toBe('invalid-snapshot');
    const before = atInvitation();
    before.snapshot.value = 'settingUpAccess';
    expect(thrown(() => restoreSession(familyAccessMachine, before)).code).toBe('invalid-snapshot');
  });

  it('refuses the patient as the user of family access', () => {
    const session = atInvitation();
    session.snapshot.context.user = { role: 'patient' };
    session.snapshot.context.relationship = 'self';
    expect(thrown(() => restoreSession(familyAccessMachine, session)).code).toBe('invalid-snapshot');
  });

  it('refuses a verified phone without a phone of record', () => {
    const session = atInvitation();
    session.snapshot.context.phoneVerified = true;
    session.snapshot.context.phoneOfRecord = null;
    expect(thrown(() => restoreSession(familyAccessMachine, session)).code).toBe('invalid-snapshot');
  });
});
