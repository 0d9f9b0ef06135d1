import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { sampleInputs } from '../../src/testing/index.js';
import {
  assistMachine,
  createWorkflowActor,
  type EventRefused,
  eventIssues,
  persistSession,
  restoreSession,
  secureMessageMachine,
  securitySetupMachine,
} from '../../src/workflows/index.js';

function recorder() {
  const refusals: EventRefused[] = [];
  return { refusals, onEventRefused: (refusal: EventRefused) => refusals.push(refusal) };
}

describe('the event boundary', () => {
  it('refuses a payload that breaks its schema, changing nothing, and reports it without the value', () => {
    const { refusals, onEventRefused } = recorder();
    const actor = createWorkflowActor(securitySetupMachine, {}, { onEventRefused }).start();
    actor.send({ type: 'CHOOSE_TEXT' });
    const before = actor.getSnapshot();
    actor.send({ type: 'SEND_CODE', phone: 12345 } as never);
    actor.send({ type: 'SEND_CODE', phone: '5'.repeat(100_000) });
    expect(actor.getSnapshot()).toBe(before);
    expect(refusals.map((refusal) => refusal.issues[0]?.path)).toEqual([['phone'], ['phone']]);
    expect(JSON.stringify(refusals)).not.toContain('55555');
    expect(actor.getSnapshot().status).toBe('active');
  });

  it('refuses xstate.* events from outside: a task cannot be marked finished that never ran', () => {
    const input = sampleInputs.assist['patient-browser-unknown'];
    if (!input) throw new Error('sample input missing');
    const { refusals, onEventRefused } = recorder();
    const actor = createWorkflowActor(assistMachine, input, { onEventRefused }).start();
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'CHOOSE_TASK', task: 'security-setup' });
    actor.send({ type: 'xstate.done.actor.task', output: { status: 'completed' } } as never);
    actor.send({ type: 'xstate.error.actor.task', error: new Error('x') } as never);
    expect(actor.getSnapshot().value).toEqual({ runningTask: 'securitySetup' });
    expect(refusals.map((refusal) => refusal.issues[0]?.message)).toEqual([
      'Internal events cannot be sent',
      'Internal events cannot be sent',
    ]);
    actor.stop();
  });

  it('ignores a done event no task sent, on a bare createActor too, and still finishes a task that ran', () => {
    const input = sampleInputs.assist['patient-browser-unknown'];
    if (!input) throw new Error('sample input missing');
    const actor = createActor(assistMachine, { input }).start();
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'CHOOSE_TASK', task: 'profile-switch' });
    const task = actor.getSnapshot().children.task;
    for (const output of [{ status: 'completed' }, { status: 'blocked', reason: 'under-minimum-age' }]) {
      actor.send({ type: 'xstate.done.actor.task', output } as never);
      expect(actor.getSnapshot().value).toEqual({ runningTask: 'profileSwitch' });
      expect(actor.getSnapshot().context.outcomes).toEqual([]);
      expect(actor.getSnapshot().children.task).toBe(task);
    }
    actor.send({ type: 'OPEN_MENU' });
    actor.send({ type: 'CHOOSE_MY_PROFILE' });
    expect(actor.getSnapshot().value).toBe('taskFinished');
    expect(actor.getSnapshot().context.outcomes).toEqual([
      { task: 'profile-switch', outcome: 'completed', reason: null },
    ]);
    actor.stop();
  });

  it('ignores every xstate.* event from outside on a bare createActor, without an actor error', () => {
    const input = sampleInputs.assist['patient-browser-unknown'];
    if (!input) throw new Error('sample input missing');
    const actor = createActor(assistMachine, { input });
    const errors: unknown[] = [];
    actor.subscribe({ error: (error) => errors.push(error) });
    actor.start();
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'CHOOSE_TASK', task: 'registration' });
    const before = actor.getSnapshot();
    for (const type of [
      'xstate.done.actor.constructor',
      'xstate.done.actor.__proto__',
      'xstate.error.actor.toString',
      'xstate.error.actor.task',
      'xstate.done.state.registration.security',
      'xstate.done.state.registration.phoneVerification',
      'xstate.after.1000.assist',
      'xstate.init',
    ])
      actor.send({ type, output: { status: 'completed' }, error: new Error('forged') } as never);
    expect(errors).toEqual([]);
    expect(actor.getSnapshot().status).toBe('active');
    expect(actor.getSnapshot().value).toEqual(before.value);
    expect(actor.getSnapshot().children.task?.getSnapshot().value).toEqual(
      before.children.task?.getSnapshot().value,
    );
    actor.stop();
    expect(actor.getSnapshot().status).toBe('stopped');
  });

  it('refuses a bogus task channel instead of leaving the session stuck', () => {
    const input = sampleInputs.assist['patient-browser-unknown'];
    if (!input) throw new Error('sample input missing');
    const { refusals, onEventRefused } = recorder();
    const actor = createWorkflowActor(assistMachine, input, { onEventRefused }).start();
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'CHOOSE_TASK', task: 'registration', channel: 'carrier-pigeon' } as never);
    expect(actor.getSnapshot().value).toBe('choosingTask');
    expect(refusals[0]?.issues[0]?.path).toEqual(['channel']);
    actor.stop();
  });

  it('keeps a machine run with a bare createActor safe: bad payloads are ignored, never stored', () => {
    const input = sampleInputs['secure-message']['home-page'];
    if (!input) throw new Error('sample input missing');
    const actor = createActor(secureMessageMachine, { input }).start();
    actor.send({ type: 'SHOW_FORM' });
    const provider = input.providers[0];
    actor.send({ type: 'SELECT_PROVIDER', providerId: provider?.id ?? '' });
    actor.send({ type: 'SELECT_LOCATION', departmentId: provider?.departments[0]?.id ?? '' });
    actor.send({ type: 'SELECT_SUBJECT', subject: 'Medical question' });
    actor.send({ type: 'ENTER_MESSAGE', body: 10n } as never);
    actor.send({ type: 'ATTACH_FILE', name: 'x'.repeat(1025) });
    actor.send({ type: 'SEND' });
    const snapshot = actor.getSnapshot();
    expect(snapshot.status).toBe('active');
    expect(snapshot.context.body).toBe('');
    expect(snapshot.context.attachments).toEqual([]);
    expect(() => JSON.stringify(persistSession(actor))).not.toThrow();
    actor.stop();
  });

  it('keeps a bare createActor alive and unfooled by getters: read once, an unreadable event ignored', () => {
    const input = sampleInputs['secure-message']['home-page'];
    if (!input) throw new Error('sample input missing');
    const provider = input.providers[0];
    const actor = createActor(secureMessageMachine, { input }).start();
    for (const event of [
      { type: 'SHOW_FORM' },
      { type: 'SELECT_PROVIDER', providerId: provider?.id ?? '' },
      { type: 'SELECT_LOCATION', departmentId: provider?.departments[0]?.id ?? '' },
      { type: 'SELECT_SUBJECT', subject: 'Medical question' },
    ] as const)
      actor.send(event);
    let reads = 0;
    const shifty = {
      type: 'ENTER_MESSAGE',
      get body(): unknown {
        reads += 1;
        return reads === 1 ? 'Is my refill ready?' : { not: 'a string' };
      },
    };
    actor.send(shifty as never);
    expect(reads).toBe(1);
    expect(actor.getSnapshot().context.body).toBe('Is my refill ready?');
    const throwing = {
      type: 'ENTER_MESSAGE',
      get body(): string {
        throw new Error('host secret');
      },
    };
    const trap = new Proxy(
      { type: 'SELECT_SUBJECT' },
      {
        get: (_, key) => {
          if (key === 'type') return 'SELECT_SUBJECT';
          throw new Error('host secret');
        },
      },
    );
    actor.send(throwing as never);
    actor.send(trap as never);
    const snapshot = actor.getSnapshot();
    expect(snapshot.status).toBe('active');
    expect(snapshot.value).toBe('writing');
    expect(snapshot.context.body).toBe('Is my refill ready?');
    actor.stop();
  });

  it('guards restored actors too, and refuses events once the workflow has finished', () => {
    const first = createWorkflowActor(securitySetupMachine, {}).start();
    first.send({ type: 'CHOOSE_QUESTION' });
    const saved = JSON.parse(JSON.stringify(persistSession(first)));
    first.stop();
    const { refusals, onEventRefused } = recorder();
    const actor = restoreSession(securitySetupMachine, saved, { onEventRefused }).start();
    actor.send({ type: 'SAVE_ANSWER', answer: ['not', 'text'] } as never);
    actor.send({ type: 'SAVE_ANSWER', answer: 'Maple Street' });
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(refusals.map((refusal) => refusal.issues[0]?.path)).toEqual([['answer'], ['type']]);
  });

  it('eventIssues gives the answer send gives, for inherited and __proto__ keys alike', () => {
    const events: unknown[] = [
      JSON.parse('{"type":"CHOOSE_TEXT","__proto__":{"x":1}}'),
      Object.create({ type: 'CHOOSE_TEXT' }),
      { type: 'CHOOSE_TEXT' },
      {
        get type() {
          throw new Error('no');
        },
      },
    ];
    for (const event of events) {
      const { refusals, onEventRefused } = recorder();
      const actor = createWorkflowActor(securitySetupMachine, {}, { onEventRefused }).start();
      actor.send(event as never);
      const issues = eventIssues(securitySetupMachine, event);
      expect(issues.length > 0).toBe(refusals.length > 0);
      expect(actor.getSnapshot().value).toBe(issues.length > 0 ? 'choosingOption' : 'enteringPhoneForText');
    }
  });
});
