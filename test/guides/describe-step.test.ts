import { describe, expect, it } from 'vitest';
import type { AnyActorRef } from 'xstate';
import { buildGuide, describeStep } from '../../src/guides/index.js';
import { es } from '../../src/locales/es/index.js';
import { sampleInputs, workflowPaths } from '../../src/testing/index.js';
import {
  assistMachine,
  createWorkflowActor,
  phoneVerificationMachine,
  secureMessageMachine,
  securitySetupMachine,
  workflows,
} from '../../src/workflows/index.js';

const plain = (text: readonly { text: string }[]) => text.map((segment) => segment.text).join('');

describe('describeStep', () => {
  it('describes a live security setup step with the events it accepts', () => {
    const actor = createWorkflowActor(securitySetupMachine, {}).start();
    actor.send({ type: 'CHOOSE_TEXT' });
    const step = describeStep(actor);
    expect(step.workflowId).toBe('security-setup');
    expect(step.stateId).toBe('enteringPhoneForText');
    expect(step.labels).toEqual(['Send code']);
    expect(step.events).toEqual([
      { type: 'SEND_CODE', payload: { phone: 'string' }, optional: [] },
      { type: 'BACK', payload: {}, optional: [] },
    ]);
    expect(step.outcome).toBeNull();
    actor.stop();
  });

  it('says the same words as the printed guide for the same state', () => {
    const actor = createWorkflowActor(securitySetupMachine, {}).start();
    actor.send({ type: 'CHOOSE_QUESTION' });
    // Without glosses: a printed guide glosses a label once per guide, a step view once per view.
    const live = describeStep(actor, { locale: es, audience: 'patient', labels: 'translated' });
    const guide = buildGuide(
      'security-setup',
      { security: 'question' },
      { locale: es, audience: 'patient', labels: 'translated' },
    );
    const printed = guide.steps.find((step) => step.states.includes('answeringQuestion'));
    expect(printed?.text).toEqual(live.instructions);
    expect(printed?.notes).toEqual(live.notes);
    actor.stop();
  });

  it.each([
    ['en', undefined],
    ['es', es],
  ] as const)(
    'after staff update the phone of record, says what the printed guide says (%s)',
    (_, locale) => {
      const input = sampleInputs['phone-verification']['with-phone-of-record'];
      if (!input) throw new Error('sample input missing');
      const actor = createWorkflowActor(phoneVerificationMachine, input).start();
      const options = { audience: 'patient', labels: 'translated', ...(locale ? { locale } : {}) } as const;
      const first = describeStep(actor, options).instructions;
      actor.send({ type: 'PHONE_OUT_OF_DATE' });
      actor.send({ type: 'PHONE_OF_RECORD_UPDATED', phone: '(201) 555-0188' });
      expect(describeStep(actor).stateId).toBe('choosingDelivery');
      const live = describeStep(actor, options).instructions;
      const guide = buildGuide('phone-verification', { phoneOutOfDate: true }, options);
      const printed = guide.steps.filter((step) => step.states.includes('choosingDelivery'));
      expect(printed).toHaveLength(2);
      expect(printed[0]?.text).toEqual(first);
      expect(printed[1]?.text).toEqual(live);
      expect(live).not.toEqual(first);
      actor.stop();
    },
  );

  it('leaves staff notes out for the patient audience', () => {
    const actor = createWorkflowActor(securitySetupMachine, {}).start();
    expect(describeStep(actor, { audience: 'staff' }).notes.some((note) => note.kind === 'staff')).toBe(true);
    expect(describeStep(actor, { audience: 'patient' }).notes.some((note) => note.kind === 'staff')).toBe(
      false,
    );
    actor.stop();
  });

  it('gives no attachment instructions on a message started from the Messages page', () => {
    const input = sampleInputs['secure-message']['messages-page'];
    if (!input) throw new Error('sample input missing');
    const actor = createWorkflowActor(secureMessageMachine, input).start();
    actor.send({ type: 'SHOW_FORM' });
    const provider = input.providers[0];
    actor.send({ type: 'SELECT_PROVIDER', providerId: provider?.id ?? '' });
    actor.send({ type: 'SELECT_LOCATION', departmentId: provider?.departments[0]?.id ?? '' });
    actor.send({ type: 'SELECT_SUBJECT', subject: 'Medical question' });
    const step = describeStep(actor, { audience: 'patient' });
    expect(step.stateId).toBe('writing');
    expect(plain(step.instructions)).not.toContain('Attach files');
    expect(step.notes.map((note) => note.key)).toEqual([]);
    actor.stop();
  });

  it.each([
    ['en', undefined],
    ['es', es],
  ] as const)('%s: a refused message says what to change, with the practice limit', (_, locale) => {
    const input = sampleInputs['secure-message']['home-page'];
    if (!input) throw new Error('sample input missing');
    const provider = input.providers[0];
    const actor = createWorkflowActor(secureMessageMachine, {
      ...input,
      policy: { maxLength: 500 },
    }).start();
    actor.send({ type: 'SHOW_FORM' });
    actor.send({ type: 'SELECT_PROVIDER', providerId: provider?.id ?? '' });
    actor.send({ type: 'SELECT_LOCATION', departmentId: provider?.departments[0]?.id ?? '' });
    actor.send({ type: 'SELECT_SUBJECT', subject: 'Medical question' });
    actor.send({ type: 'ENTER_MESSAGE', body: 'x'.repeat(501) });
    actor.send({ type: 'SEND' });
    const step = describeStep(actor, { audience: 'patient', ...(locale ? { locale } : {}) });
    actor.stop();
    expect(step.stateId).toBe('sendBlocked');
    const words = plain(step.instructions);
    expect(words).toContain(locale ? 'no pase de 500 caracteres' : 'keep it to 500 characters at most');
    expect(words).toContain(locale ? 'tarjeta de crédito' : 'credit card');
    expect(words).toContain('Send message');
  });

  it('names the payload fields an event may leave out, and only those', () => {
    const input = sampleInputs.assist['patient-browser-unknown'];
    if (!input) throw new Error('sample input missing');
    const actor = createWorkflowActor(assistMachine, input).start();
    actor.send({ type: 'CONTINUE' });
    const chooseTask = describeStep(actor).events.find((event) => event.type === 'CHOOSE_TASK');
    actor.stop();
    expect(chooseTask?.optional).toEqual(['channel', 'startedFrom', 'user']);
    expect(Object.keys(chooseTask?.payload ?? {})).toEqual(['task', 'channel', 'startedFrom', 'user']);
    // A payload built from the required fields alone is accepted.
    const again = createWorkflowActor(assistMachine, input).start();
    again.send({ type: 'CONTINUE' });
    again.send({ type: 'CHOOSE_TASK', task: 'secure-message' });
    expect(describeStep(again).stateId).toBe('runningTask.secureMessage');
    again.stop();
  });

  it('describes the running task of an assist session, the patient named', () => {
    const input = sampleInputs.assist['patient-browser-unknown'];
    if (!input) throw new Error('sample input missing');
    const actor = createWorkflowActor(assistMachine, input).start();
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'CHOOSE_TASK', task: 'relationship' });
    const step = describeStep(actor);
    expect(step.stateId).toBe('runningTask.relationship');
    expect(step.task?.workflowId).toBe('relationship');
    expect(step.task?.labels[0]).toBe(`I am ${input.patient?.displayName ?? ''}`);
    expect(step.events.map((event) => event.type)).toEqual(
      expect.arrayContaining(['SWITCH_TASK', 'END_SESSION']),
    );
    actor.stop();
  });

  it('gives the outcome of a final state', () => {
    const actor = createWorkflowActor(securitySetupMachine, {}).start();
    actor.send({ type: 'CHOOSE_QUESTION' });
    actor.send({ type: 'SAVE_ANSWER', answer: 'Maple' });
    expect(describeStep(actor).outcome).toEqual({ status: 'completed', reason: null });
    expect(describeStep(actor).events).toEqual([]);
  });

  it('refuses what is not a workflow snapshot, naming the argument only', () => {
    expect(() => describeStep({} as never)).toThrow(expect.objectContaining({ code: 'invalid-input' }));
    const actor = createWorkflowActor(securitySetupMachine, {});
    expect(() => describeStep(actor, { locale: 'fr' } as never)).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
  });
});

describe('describeStep: the events a state lists', () => {
  const types = (source: Parameters<typeof describeStep>[0]) =>
    describeStep(source).events.map((event) => event.type);

  it('leaves out START_FIX when the first cause has no workflow fix', () => {
    const actor = createWorkflowActor(
      assistMachine,
      sampleInputs.assist['patient-browser-unknown'] as never,
    ).start();
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'CHOOSE_SYMPTOM', symptom: 'forgot-password' });
    expect(actor.getSnapshot().value).toBe('diagnosis');
    expect(types(actor)).not.toContain('START_FIX');
    expect(types(actor)).toContain('END_SESSION');
    // Nor do its words offer a task to start.
    expect(
      describeStep(actor)
        .instructions.map((part) => part.text)
        .join(''),
    ).not.toMatch(/start the task/);
  });

  it('leaves out SWITCH_TO_CALL once the patient is on a call', () => {
    const actor = createWorkflowActor(securitySetupMachine, {}).start();
    actor.send({ type: 'CHOOSE_CALL' });
    actor.send({ type: 'CALL', phone: '(201) 555-0123' });
    expect(actor.getSnapshot().value).toBe('enteringCode');
    expect(types(actor)).not.toContain('SWITCH_TO_CALL');
    const texting = createWorkflowActor(securitySetupMachine, {}).start();
    texting.send({ type: 'CHOOSE_TEXT' });
    texting.send({ type: 'SEND_CODE', phone: '(201) 555-0123' });
    expect(types(texting)).toContain('SWITCH_TO_CALL');
  });

  it('lists only payload-free events the state accepts, on every shortest path', () => {
    for (const machine of [securitySetupMachine, phoneVerificationMachine]) {
      const id = Object.values(workflows).find((workflow) => workflow.machine === machine)?.id;
      if (id === undefined) throw new Error('machine not in the registry');
      for (const path of workflowPaths(id)) {
        const actor = createWorkflowActor(
          machine as never,
          path.input as never,
        ).start() as unknown as AnyActorRef;
        for (const event of path.events) actor.send(event);
        const step = describeStep(actor);
        for (const event of step.events)
          if (Object.keys(event.payload).length === 0)
            expect(
              actor.getSnapshot().can({ type: event.type } as never),
              `${path.finalState} ${event.type}`,
            ).toBe(true);
      }
    }
  });
});
