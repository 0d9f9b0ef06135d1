import { describe, expect, it } from 'vitest';
import type { AnyActorRef } from 'xstate';
import { checkPortalEligibility } from '../../src/rules/eligibility.js';
import { sampleInputs } from '../../src/testing/samples/inputs.js';
import { sampleAdultPatient, sampleStaffUserAgent } from '../../src/testing/samples/practice.js';
import { createWorkflowActor } from '../../src/workflows/create-workflow-actor.js';
import { assistMachine, registrationMachine } from '../../src/workflows/index.js';
import { persistSession, restoreSession } from '../../src/workflows/persistence.js';
import type { RegistrationEvent, RegistrationInput } from '../../src/workflows/registration/machine.js';

// Daylight-saving changes around a birthday. The whole suite also runs under four host time
// zones (scripts/test-time-zones.sh), so none of these answers may depend on the host's TZ.
//
// New York, 2026: clocks go forward at 2026-03-08T07:00Z (02:00 EST -> 03:00 EDT) and back at
// 2026-11-01T06:00Z (02:00 EDT -> 01:00 EST). Santiago changes at local midnight: 2026-09-06 has
// no 00:00 (it starts at 01:00), and on 2026-04-04 the hour 23:00 happens twice.
const NY = 'America/New_York';

function verdict(birthDate: string, instant: string, timeZone = NY) {
  const result = checkPortalEligibility({ birthDate, now: new Date(instant), timeZone });
  return { eligible: result.eligible, today: result.today, age: result.age };
}

describe('the practice date across a daylight-saving change', () => {
  it('New York, spring forward: a patient whose 13th birthday is the day of the change', () => {
    const birthday = '2013-03-08';
    expect(verdict(birthday, '2026-03-08T04:59:59Z')).toEqual({
      eligible: false,
      today: '2026-03-07',
      age: 12,
    });
    expect(verdict(birthday, '2026-03-08T05:00:00Z')).toEqual({
      eligible: true,
      today: '2026-03-08',
      age: 13,
    });
    expect(verdict(birthday, '2026-03-08T06:30:00Z')).toEqual({
      eligible: true,
      today: '2026-03-08',
      age: 13,
    });
    // 03:00 EDT, the first instant after the change.
    expect(verdict(birthday, '2026-03-08T07:00:00Z')).toEqual({
      eligible: true,
      today: '2026-03-08',
      age: 13,
    });
    expect(verdict(birthday, '2026-03-09T03:59:59Z')).toEqual({
      eligible: true,
      today: '2026-03-08',
      age: 13,
    });
    expect(verdict('2013-03-09', '2026-03-09T03:59:59Z')).toEqual({
      eligible: false,
      today: '2026-03-08',
      age: 12,
    });
    expect(verdict('2013-03-09', '2026-03-09T04:00:00Z')).toEqual({
      eligible: true,
      today: '2026-03-09',
      age: 13,
    });
  });

  it('New York, fall back: the repeated hour stays on the same date', () => {
    const birthday = '2013-11-01';
    expect(verdict(birthday, '2026-11-01T03:59:59Z')).toEqual({
      eligible: false,
      today: '2026-10-31',
      age: 12,
    });
    expect(verdict(birthday, '2026-11-01T04:00:00Z')).toEqual({
      eligible: true,
      today: '2026-11-01',
      age: 13,
    });
    // 01:30 happens twice, at 05:30Z (EDT) and 06:30Z (EST).
    expect(verdict(birthday, '2026-11-01T05:30:00Z').today).toBe('2026-11-01');
    expect(verdict(birthday, '2026-11-01T06:30:00Z').today).toBe('2026-11-01');
    // The day is 25 hours long: 23:59 EST on the 1st is 04:59Z on the 2nd.
    expect(verdict('2013-11-02', '2026-11-02T04:59:59Z')).toEqual({
      eligible: false,
      today: '2026-11-01',
      age: 12,
    });
    expect(verdict('2013-11-02', '2026-11-02T05:00:00Z')).toEqual({
      eligible: true,
      today: '2026-11-02',
      age: 13,
    });
  });

  it('Santiago, where the change happens at midnight', () => {
    const santiago = 'America/Santiago';
    // 2026-09-06 begins at 01:00: the birthday still comes, at the first instant of the day.
    expect(verdict('2013-09-06', '2026-09-06T03:59:59Z', santiago).eligible).toBe(false);
    expect(verdict('2013-09-06', '2026-09-06T04:00:00Z', santiago)).toEqual({
      eligible: true,
      today: '2026-09-06',
      age: 13,
    });
    // Clocks go back from 24:00 to 23:00 on 2026-04-04: that date lasts an hour longer.
    expect(verdict('2013-04-05', '2026-04-05T03:30:00Z', santiago)).toEqual({
      eligible: false,
      today: '2026-04-04',
      age: 12,
    });
    expect(verdict('2013-04-05', '2026-04-05T04:00:00Z', santiago).eligible).toBe(true);
  });

  it('Lord Howe Island, whose clocks move by half an hour', () => {
    expect(verdict('2013-10-04', '2026-10-03T13:29:59Z', 'Australia/Lord_Howe').eligible).toBe(false);
    expect(verdict('2013-10-04', '2026-10-03T13:30:00Z', 'Australia/Lord_Howe')).toEqual({
      eligible: true,
      today: '2026-10-04',
      age: 13,
    });
  });

  it('the same verdict whatever second of a DST-change hour the clock reads', () => {
    const start = Date.parse('2026-03-08T06:00:00Z');
    for (let second = 0; second < 2 * 3600; second += 7) {
      const instant = new Date(start + second * 1000).toISOString();
      expect(verdict('2013-03-08', instant)).toEqual({ eligible: true, today: '2026-03-08', age: 13 });
    }
  });
});

describe('a session that crosses a daylight-saving change', () => {
  const startedAt = '2026-03-08T06:30:00Z'; // 01:30 EST, half an hour before the change
  const createAccount: RegistrationEvent = {
    type: 'CREATE_ACCOUNT',
    emailConfirmed: true,
    passwordEnteredTwice: true,
    termsAccepted: true,
  };

  function registration(
    birthDate: string,
    channel: RegistrationInput['channel'] = 'invitation',
  ): RegistrationInput {
    const sample = sampleInputs.registration['adult-invitation'] as RegistrationInput;
    return {
      ...sample,
      channel,
      now: startedAt,
      patient: { ...sample.patient, birthDate },
      practice: { timeZone: NY, defaultCountry: 'US' },
    };
  }

  function start(input: RegistrationInput) {
    const actor = createWorkflowActor(registrationMachine, input);
    const errors: unknown[] = [];
    actor.subscribe({ error: (error) => errors.push(error) });
    actor.start();
    return { actor, errors };
  }

  it('registration started before the change for a patient turning 13 that day goes on', () => {
    const { actor, errors } = start(registration('2013-03-08'));
    expect(actor.getSnapshot().value).not.toBe('blockedUnderAge');
    actor.send({ type: 'OPEN_LINK' });
    actor.send(createAccount);
    expect(actor.getSnapshot().status).toBe('active');
    expect(errors).toEqual([]);
  });

  it('a patient turning 13 the day after is blocked until then', () => {
    const { actor } = start(registration('2013-03-09'));
    expect(actor.getSnapshot().value).toBe('blockedUnderAge');
    expect(actor.getSnapshot().output).toMatchObject({
      underAge: { who: 'patient', eligibleOn: '2026-03-09' },
    });
  });

  it('a manager checked after the change is judged on the session date, saved and restored or not', () => {
    const managers = [
      { birthDate: '2013-03-08', blocked: false },
      { birthDate: '2013-03-09', blocked: true },
    ];
    for (const { birthDate, blocked } of managers) {
      const { actor } = start(registration('2016-09-02', 'lab-result'));
      actor.send({ type: 'OPEN_LINK' });
      actor.send(createAccount);
      actor.send({ type: 'CHOOSE_TEXT' });
      actor.send({ type: 'SEND_CODE', phone: sampleAdultPatient.phoneOfRecord });
      actor.send({ type: 'VERIFY', accepted: true });
      actor.send({ type: 'I_MANAGE_ACCOUNT' });
      // Saved before the change and resumed after it: the session keeps the clock it started with.
      const saved = JSON.parse(JSON.stringify(persistSession(actor)));
      actor.stop();
      const resumed = restoreSession(registrationMachine, saved).start();
      resumed.send({
        type: 'SUBMIT_MANAGER_DETAILS',
        name: 'Sam Rivera',
        email: 'sam@example.com',
        birthDate,
      });
      const snapshot = resumed.getSnapshot();
      expect(snapshot.value === 'blockedUnderAge', birthDate).toBe(blocked);
      if (blocked)
        expect(snapshot.output).toMatchObject({ underAge: { who: 'manager', eligibleOn: '2026-03-09' } });
    }
  });

  it('the assist pre-checks at 01:30 EST on the change day see the 13th birthday', () => {
    const input = sampleInputs.assist[Object.keys(sampleInputs.assist)[0] as string];
    if (input === undefined) throw new Error('no assist sample');
    const actor = createWorkflowActor(assistMachine, {
      ...input,
      staff: { userAgent: sampleStaffUserAgent },
      now: startedAt,
      patient: { ...(input.patient as NonNullable<typeof input.patient>), birthDate: '2013-03-08' },
    }).start();
    expect(actor.getSnapshot().context.preChecks.eligibility).toEqual({
      eligible: true,
      reason: 'eligible',
      eligibleOn: null,
    });
    const children: Record<string, AnyActorRef | undefined> = actor.getSnapshot().children;
    expect(Object.keys(children)).toEqual([]);
    actor.stop();
  });
});
