import { describe, expect, it } from 'vitest';
import { sampleChildPatient, sampleInputs } from '../../src/testing/index.js';
import {
  createWorkflowActor,
  type PersistedSession,
  persistSession,
  registrationMachine,
  restoreSession,
  secureMessageMachine,
} from '../../src/workflows/index.js';

// Issue 12, restore: a saved session is rebuilt from validated parts, and its context must fit its
// state. Each case below was accepted before (and ended somewhere its facts do not justify).

type Saved = PersistedSession & {
  snapshot: { value: unknown; status: string; context: Record<string, unknown> };
};

function registrationAt(steps: 'confirmation' | 'home'): Saved {
  const input = sampleInputs.registration['adult-invitation'];
  if (!input) throw new Error('sample input missing');
  const actor = createWorkflowActor(registrationMachine, input).start();
  actor.send({ type: 'OPEN_LINK' });
  actor.send({
    type: 'CREATE_ACCOUNT',
    emailConfirmed: true,
    passwordEnteredTwice: true,
    termsAccepted: true,
  });
  actor.send({ type: 'CHOOSE_QUESTION' });
  actor.send({ type: 'SAVE_ANSWER', answer: 'Maple Street' });
  actor.send({ type: 'CHOOSE_TEXT' });
  actor.send({ type: 'VERIFY', accepted: true });
  if (steps === 'home') actor.send({ type: 'CONTINUE' });
  const saved = JSON.parse(JSON.stringify(persistSession(actor))) as Saved;
  actor.stop();
  return saved;
}

const refused = (machine: typeof registrationMachine | typeof secureMessageMachine, saved: unknown) =>
  expect(() => restoreSession(machine as never, saved)).toThrow(
    expect.objectContaining({ code: 'invalid-snapshot' }),
  );

describe('restore checks that the context fits the state', () => {
  it('the sessions the tests start from restore', () => {
    expect(registrationAt('confirmation').snapshot.value).toBe('confirmation');
    expect(() => restoreSession(registrationMachine, registrationAt('confirmation'))).not.toThrow();
    expect(() => restoreSession(registrationMachine, registrationAt('home'))).not.toThrow();
  });

  it('refuses a 9-year-old at the confirmation page', () => {
    const saved = registrationAt('confirmation');
    (saved.snapshot.context.patient as { birthDate: string }).birthDate = sampleChildPatient.birthDate;
    refused(registrationMachine, saved);
  });

  it('refuses a finished registration whose security setup never happened', () => {
    const saved = registrationAt('home');
    saved.snapshot.context.securityMethod = null;
    refused(registrationMachine, saved);
  });

  it('refuses a verified phone without a phone of record', () => {
    const saved = registrationAt('confirmation');
    saved.snapshot.context.phoneOfRecord = null;
    refused(registrationMachine, saved);
  });

  it('refuses a message to a recipient the Provider list never offered', () => {
    const input = sampleInputs['secure-message']['home-page'];
    if (!input) throw new Error('sample input missing');
    const actor = createWorkflowActor(secureMessageMachine, input).start();
    const provider = input.providers[0];
    actor.send({ type: 'SHOW_FORM' });
    actor.send({ type: 'SELECT_PROVIDER', providerId: provider?.id ?? '' });
    actor.send({ type: 'SELECT_LOCATION', departmentId: provider?.departments[0]?.id ?? '' });
    const saved = JSON.parse(JSON.stringify(persistSession(actor))) as Saved;
    actor.stop();
    expect(() => restoreSession(secureMessageMachine, saved)).not.toThrow();
    saved.snapshot.context.recipientId = 'never-offered';
    refused(secureMessageMachine, saved);
  });

  it('hands xstate no key a schema did not read: revivers and __proto__ never reach the actor', () => {
    const saved = registrationAt('confirmation');
    const text = JSON.stringify(saved).replace(
      '"patient":{',
      '"patient":{"extra":{"xstate$$type":1,"id":"nope"},"__proto__":{"polluted":true},',
    );
    const actor = restoreSession(registrationMachine, JSON.parse(text)).start();
    const context = actor.getSnapshot().context;
    expect(Object.getPrototypeOf(context.patient)).toBe(Object.prototype);
    expect(Object.keys(context.patient).sort()).toEqual(['birthDate', 'displayName']);
    expect(() => actor.send({ type: 'CONTINUE' })).not.toThrow();
    expect(actor.getSnapshot().value).toBe('home');
    actor.stop();
  });
});
