import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleAdultPatient, sampleInputs, sampleOtherMobile } from '../../src/testing/index.js';
import {
  phoneVerificationMachine,
  registrationMachine,
  restoreSession,
  securitySetupMachine,
} from '../../src/workflows/index.js';
import { thrown } from '../helpers/thrown.js';
import { runTo, saved } from '../helpers/workflow-session.js';

const withRecord = sampleInputs['phone-verification']['with-phone-of-record'];
if (!withRecord) throw new Error('sample input missing');

describe('"the code never came" while setting up a recovery phone', () => {
  const waitingForText = () =>
    runTo(securitySetupMachine, {}, [
      { type: 'CHOOSE_TEXT' },
      { type: 'SEND_CODE', phone: sampleOtherMobile },
    ]);

  it('a new code keeps the number and is counted', () => {
    const actor = waitingForText();
    actor.send({ type: 'RESEND_CODE' });
    actor.send({ type: 'RESEND_CODE' });
    expect(actor.getSnapshot().value).toBe('enteringCode');
    expect(actor.getSnapshot().context).toMatchObject({ recoveryPhone: '+12015550188', codeResends: 2 });
  });

  it('a new code after a wrong one goes back to typing the code, same number', () => {
    const actor = waitingForText();
    actor.send({ type: 'VERIFY', accepted: false });
    actor.send({ type: 'RESEND_CODE' });
    expect(actor.getSnapshot().value).toBe('enteringCode');
    expect(actor.getSnapshot().context).toMatchObject({
      recoveryPhone: '+12015550188',
      codeAttempts: 1,
      codeResends: 1,
    });
  });

  it('a text switches to a call: "Call me" asks for the number again (a US landline may not take texts)', () => {
    const actor = waitingForText();
    actor.send({ type: 'SWITCH_TO_CALL' });
    expect(actor.getSnapshot().value).toBe('enteringPhoneForCall');
    expect(actor.getSnapshot().context).toMatchObject({ securityMethod: 'call', recoveryPhone: null });
    actor.send({ type: 'CALL', phone: sampleOtherMobile });
    actor.send({ type: 'VERIFY', accepted: true });
    expect(actor.getSnapshot().output).toEqual({ method: 'call', recoveryPhone: '+12015550188' });
  });

  it('a call cannot switch to a call: the event is not taken', () => {
    const actor = runTo(securitySetupMachine, {}, [
      { type: 'CHOOSE_CALL' },
      { type: 'CALL', phone: sampleOtherMobile },
    ]);
    actor.send({ type: 'SWITCH_TO_CALL' });
    expect(actor.getSnapshot().value).toBe('enteringCode');
  });

  it.each([
    ['CHOOSE_TEXT', 'SEND_CODE', 'enteringPhoneForText'],
    ['CHOOSE_CALL', 'CALL', 'enteringPhoneForCall'],
  ] as const)(
    'after %s, fixing the typed number goes back to its entry (%s), forgetting it',
    (choose, send, entry) => {
      const actor = runTo(securitySetupMachine, {}, [
        { type: choose },
        { type: send, phone: sampleOtherMobile },
      ]);
      actor.send({ type: 'VERIFY', accepted: false });
      actor.send({ type: 'CHANGE_NUMBER' });
      expect(actor.getSnapshot().value).toBe(entry);
      expect(actor.getSnapshot().context.recoveryPhone).toBeNull();
    },
  );
});

describe('"the code never came" while verifying the phone of record', () => {
  it('a new code and a switch to a call stay on the same phone of record, counted', () => {
    const actor = runTo(phoneVerificationMachine, withRecord, [
      { type: 'CHOOSE_TEXT' },
      { type: 'RESEND_CODE' },
    ]);
    expect(actor.getSnapshot().value).toBe('enteringCode');
    actor.send({ type: 'SWITCH_TO_CALL' });
    expect(actor.getSnapshot().context).toMatchObject({ verificationMethod: 'call', codeResends: 2 });
    actor.send({ type: 'VERIFY', accepted: true });
    expect(actor.getSnapshot().output).toEqual({ status: 'verified', method: 'call' });
  });

  it('has nothing typed to fix: CHANGE_NUMBER is not one of its events', () => {
    const actor = runTo(phoneVerificationMachine, withRecord, [{ type: 'CHOOSE_TEXT' }]);
    expect(actor.getSnapshot().can({ type: 'CHANGE_NUMBER' } as never)).toBe(false);
  });
});

describe('an out-of-date phone of record', () => {
  it('staff update it, then verification resumes with the new number', () => {
    const actor = runTo(phoneVerificationMachine, withRecord, [
      { type: 'CHOOSE_TEXT' },
      { type: 'PHONE_OUT_OF_DATE' },
    ]);
    expect(actor.getSnapshot().value).toBe('updatingPhoneOfRecord');
    expect(actor.getSnapshot().getMeta()['phoneVerification.updatingPhoneOfRecord']).toMatchObject({
      audience: 'staff',
    });
    actor.send({ type: 'PHONE_OF_RECORD_UPDATED', phone: '12345' });
    expect(actor.getSnapshot().value).toBe('updatingPhoneOfRecord');
    expect(actor.getSnapshot().context.problem).toBe('invalid-phone');
    actor.send({ type: 'PHONE_OF_RECORD_UPDATED', phone: sampleOtherMobile });
    expect(actor.getSnapshot().value).toBe('choosingDelivery');
    expect(actor.getSnapshot().context).toMatchObject({
      phoneOfRecord: '+12015550188',
      verificationMethod: null,
    });
    actor.send({ type: 'CHOOSE_TEXT' });
    actor.send({ type: 'VERIFY', accepted: true });
    expect(actor.getSnapshot().output).toEqual({ status: 'verified', method: 'text' });
  });

  it('is reachable from inside registration too', () => {
    const input = sampleInputs.registration['adult-invitation'];
    if (!input) throw new Error('sample input missing');
    const actor = runTo(registrationMachine, input, [
      { type: 'OPEN_LINK' },
      { type: 'CREATE_ACCOUNT', emailConfirmed: true, passwordEnteredTwice: true, termsAccepted: true },
      { type: 'CHOOSE_QUESTION' },
      { type: 'SAVE_ANSWER', answer: 'Maple Street' },
      { type: 'PHONE_OUT_OF_DATE' },
      { type: 'PHONE_OF_RECORD_UPDATED', phone: sampleOtherMobile },
      { type: 'CHOOSE_CALL' },
      { type: 'VERIFY', accepted: true },
      { type: 'CONTINUE' },
    ]);
    expect(actor.getSnapshot().output).toMatchObject({ status: 'registered', phoneVerified: true });
    expect(actor.getSnapshot().context.phoneOfRecord).not.toBe(sampleAdultPatient.phoneOfRecord);
  });

  it('restore refuses a code awaited with no delivery chosen, and a chosen delivery while staff update the phone', () => {
    const waiting = saved(runTo(phoneVerificationMachine, withRecord, [{ type: 'CHOOSE_TEXT' }]));
    expect(() => restoreSession(phoneVerificationMachine, waiting)).not.toThrow();
    waiting.snapshot.context.verificationMethod = null;
    expect(thrown(() => restoreSession(phoneVerificationMachine, waiting)).code).toBe('invalid-snapshot');
    const updating = saved(
      runTo(phoneVerificationMachine, withRecord, [{ type: 'CHOOSE_TEXT' }, { type: 'PHONE_OUT_OF_DATE' }]),
    );
    expect(() => restoreSession(phoneVerificationMachine, updating)).not.toThrow();
    updating.snapshot.context.verificationMethod = 'text';
    expect(thrown(() => restoreSession(phoneVerificationMachine, updating)).code).toBe('invalid-snapshot');
  });

  it('records the update, keeps it on restore, and refuses an update without a phone of record', () => {
    const actor = runTo(phoneVerificationMachine, withRecord, [
      { type: 'PHONE_OUT_OF_DATE' },
      { type: 'PHONE_OF_RECORD_UPDATED', phone: sampleOtherMobile },
    ]);
    expect(actor.getSnapshot().context.phoneOfRecordUpdated).toBe(true);
    const session = saved(actor);
    expect(restoreSession(phoneVerificationMachine, session).getSnapshot().context.phoneOfRecordUpdated).toBe(
      true,
    );
    // A session saved before the field existed reads as "not updated".
    const older = structuredClone(session);
    delete (older.snapshot.context as { phoneOfRecordUpdated?: boolean }).phoneOfRecordUpdated;
    expect(restoreSession(phoneVerificationMachine, older).getSnapshot().context.phoneOfRecordUpdated).toBe(
      false,
    );
    const forged = saved(runTo(phoneVerificationMachine, { phoneOfRecord: null }, []));
    expect(() => restoreSession(phoneVerificationMachine, forged)).not.toThrow();
    forged.snapshot.context.phoneOfRecordUpdated = true;
    expect(thrown(() => restoreSession(phoneVerificationMachine, forged)).code).toBe('invalid-snapshot');
    const notBoolean = structuredClone(session);
    (notBoolean.snapshot.context as { phoneOfRecordUpdated: unknown }).phoneOfRecordUpdated = 'yes';
    expect(thrown(() => restoreSession(phoneVerificationMachine, notBoolean)).code).toBe('invalid-snapshot');
  });

  it('refuses an oversized or non-string updated phone at the boundary, without echoing it', () => {
    const actor = runTo(phoneVerificationMachine, withRecord, [
      { type: 'CHOOSE_TEXT' },
      { type: 'PHONE_OUT_OF_DATE' },
    ]);
    actor.send({ type: 'PHONE_OF_RECORD_UPDATED', phone: '9'.repeat(100_000) });
    actor.send({ type: 'PHONE_OF_RECORD_UPDATED', phone: 42 } as never);
    expect(actor.getSnapshot().value).toBe('updatingPhoneOfRecord');
    expect(actor.getSnapshot().context.problem).toBeNull();
  });
});

describe('asking for new codes (property)', () => {
  it('any run of new codes, wrong codes and retries keeps the typed number and counts every new code', () => {
    const step = fc.constantFrom('RESEND_CODE', 'WRONG', 'TRY_AGAIN');
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), (steps) => {
        const actor = runTo(securitySetupMachine, {}, [
          { type: 'CHOOSE_TEXT' },
          { type: 'SEND_CODE', phone: sampleOtherMobile },
        ]);
        let resends = 0;
        for (const move of steps) {
          const before = actor.getSnapshot().value;
          if (move === 'WRONG') actor.send({ type: 'VERIFY', accepted: false });
          else actor.send({ type: move });
          if (move === 'RESEND_CODE') resends += 1;
          if (move === 'TRY_AGAIN' && before === 'enteringCode')
            expect(actor.getSnapshot().value).toBe('enteringCode');
        }
        expect(actor.getSnapshot().context).toMatchObject({
          recoveryPhone: '+12015550188',
          codeResends: resends,
        });
        // After a refused code the patient retypes it ("Try again") before it can be verified.
        if (actor.getSnapshot().value === 'wrongCode') actor.send({ type: 'TRY_AGAIN' });
        actor.send({ type: 'VERIFY', accepted: true });
        expect(actor.getSnapshot().output).toEqual({ method: 'text', recoveryPhone: '+12015550188' });
        actor.stop();
      }),
      { numRuns: 200 },
    );
  });
});
