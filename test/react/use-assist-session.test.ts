// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeStep } from '../../src/guides/index.js';
import { es } from '../../src/locales/es/index.js';
import { DEFAULT_ASSIST_STORAGE_KEY } from '../../src/react/index.js';
import { type AssistEvent, assistMachine, restoreSession } from '../../src/workflows/index.js';
import { type Mounted, memoryStorage, mount, sampleInput, where } from './utils.js';

const KEY = DEFAULT_ASSIST_STORAGE_KEY;
const toRegistration: AssistEvent[] = [
  { type: 'CONTINUE' },
  { type: 'CHOOSE_TASK', task: 'registration', channel: 'lab-result' },
  { type: 'OPEN_LINK' },
];

let mounted: Mounted[] = [];
const track = (value: Mounted) => {
  mounted.push(value);
  return value;
};

afterEach(() => {
  for (const value of mounted) value.unmount();
  mounted = [];
  vi.restoreAllMocks();
});

describe('useAssistSession: start', () => {
  it('starts a new session at the pre-checks and saves it', () => {
    const { storage, items } = memoryStorage();
    const session = track(mount({ input: sampleInput(), storage }));
    const result = session.current();
    expect(result.error).toBeNull();
    expect(result.step?.workflowId).toBe('assist');
    expect(where(result)).toEqual(['reviewingPreChecks']);
    expect(result.step?.events.map((event) => event.type)).toContain('CONTINUE');
    expect(result.actor?.getSnapshot().status).toBe('active');
    const saved = JSON.parse(items.get(KEY) ?? 'null') as {
      workflowId: string;
      snapshot: { value: unknown };
    };
    expect(saved.workflowId).toBe('assist');
    expect(saved.snapshot.value).toBe('reviewingPreChecks');
  });

  it('gives invalid input as an error on the first render, without throwing or starting', () => {
    const consoleError = vi.spyOn(console, 'error');
    const { storage } = memoryStorage();
    const input = { ...sampleInput(), now: 'not an instant' };
    const session = track(mount({ input, storage }));
    const first = session.results[0];
    expect(first?.error?.code).toBe('invalid-input');
    expect(first?.error?.issues.map((issue) => issue.path)).toContainEqual(['now']);
    expect(first?.error?.message).not.toContain('not an instant');
    expect(first?.step).toBeNull();
    expect(first?.actor).toBeNull();
    expect(first?.summary).toBeNull();
    session.send({ type: 'CONTINUE' });
    expect(session.current().error?.code).toBe('invalid-input');
    expect(storage.setItem).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('works without storage (null)', () => {
    const session = track(mount({ input: sampleInput(), storage: null }));
    session.send({ type: 'CONTINUE' });
    expect(where(session.current())).toEqual(['choosingTask']);
  });
});

describe('useAssistSession: events', () => {
  it('changes the step after each event, including the running task’s own steps', () => {
    const session = track(mount({ input: sampleInput(), storage: null }));
    session.send({ type: 'CONTINUE' });
    expect(where(session.current())).toEqual(['choosingTask']);
    session.send({ type: 'CHOOSE_TASK', task: 'registration', channel: 'lab-result' });
    expect(session.current().step?.task?.workflowId).toBe('registration');
    expect(session.current().step?.task?.stateId).toBe('openingLabResult');
    // The session's own state does not change here: only its task's.
    session.send({ type: 'OPEN_LINK' });
    expect(session.current().step?.task?.stateId).toBe('createPassword');
    expect(session.current().step?.task?.events.map((event) => event.type)).toEqual(['CREATE_ACCOUNT']);
  });

  it('keeps the same send function across renders', () => {
    const session = track(mount({ input: sampleInput(), storage: null }, { strict: true }));
    for (const event of toRegistration) session.send(event);
    session.send(null as unknown as AssistEvent);
    session.rerender({ input: sampleInput(), storage: null, locale: es });
    const sends = new Set(session.results.map((result) => result.send));
    expect(session.results.length).toBeGreaterThan(4);
    expect(sends.size).toBe(1);
  });

  it('refuses a malformed event with an error and goes on from the same step', () => {
    const { storage, items } = memoryStorage();
    const session = track(mount({ input: sampleInput(), storage }));
    session.send({ type: 'CONTINUE' });
    const before = items.get(KEY);
    expect(() => session.send(null as unknown as AssistEvent)).not.toThrow();
    expect(session.current().error?.code).toBe('invalid-input');
    expect(where(session.current())).toEqual(['choosingTask']);
    expect(items.get(KEY)).toBe(before);
    session.send({ type: 'CHOOSE_TASK', task: 'security-setup' });
    expect(session.current().error).toBeNull();
    expect(session.current().step?.task?.workflowId).toBe('security-setup');
  });

  it('refuses a malformed event at the boundary, and the session carries on', () => {
    const { storage, items } = memoryStorage();
    const session = track(mount({ input: sampleInput(), storage }));
    const first = session.current().actor;
    session.send({ type: 'REPORT_PATIENT_BROWSER', userAgent: 42 as unknown as string });
    const result = session.current();
    expect(result.error?.code).toBe('invalid-input');
    expect(result.error?.issues[0]?.path).toEqual(['userAgent']);
    expect(where(result)).toEqual(['reviewingPreChecks']);
    expect(result.actor).toBe(first);
    expect(result.actor?.getSnapshot().status).toBe('active');
    expect(JSON.parse(items.get(KEY) ?? 'null')).toMatchObject({ snapshot: { status: 'active' } });
    session.send({ type: 'CONTINUE' });
    expect(where(session.current())).toEqual(['choosingTask']);
    expect(session.current().error).toBeNull();
  });

  it('ignores events once the session has ended', () => {
    const session = track(mount({ input: sampleInput(), storage: null }));
    session.send({ type: 'CONTINUE' });
    session.send({ type: 'END_SESSION' });
    const ended = session.current();
    expect(ended.step?.outcome).toEqual({ status: 'completed', reason: null });
    session.send({ type: 'CONTINUE' });
    expect(session.current().step).toBe(ended.step);
    expect(session.current().error).toBeNull();
  });
});

describe('useAssistSession: summary', () => {
  it('gives the summary so far, then the final one, with ids and reason codes only', () => {
    const input = sampleInput();
    const session = track(mount({ input, storage: null }));
    expect(session.current().summary).toMatchObject({ patientId: 'pat-1001', tasks: [] });
    for (const event of toRegistration) session.send(event);
    session.send({ type: 'SWITCH_TASK' });
    expect(session.current().summary?.tasks).toEqual([
      { task: 'registration', outcome: 'switched', reason: null, user: 'patient' },
    ]);
    session.send({ type: 'END_SESSION' });
    const { summary, actor } = session.current();
    expect(actor?.getSnapshot().status).toBe('done');
    expect(summary).toEqual(actor?.getSnapshot().output);
    const text = JSON.stringify(summary);
    for (const secret of [input.patient?.displayName, input.patient?.birthDate, input.patient?.phoneOfRecord])
      expect(text).not.toContain(secret);
  });
});

describe('useAssistSession: saving and restoring', () => {
  it('restores a saved session after a remount, mid-task', () => {
    const { storage, items } = memoryStorage();
    const first = mount({ input: sampleInput(), storage });
    for (const event of toRegistration) first.send(event);
    expect(where(first.current())).toEqual([first.current().step?.stateId, 'createPassword']);
    const saved = items.get(KEY);
    first.unmount();
    expect(items.get(KEY)).toBe(saved);

    const second = track(mount({ input: sampleInput(), storage }));
    const result = second.results[0];
    expect(result?.error).toBeNull();
    expect(result?.step?.task?.stateId).toBe('createPassword');
    second.send({
      type: 'CREATE_ACCOUNT',
      emailConfirmed: true,
      passwordEnteredTwice: true,
      termsAccepted: true,
    });
    expect(second.current().step?.task?.stateId).toBe('security.choosingOption');
    expect(storage.removeItem).not.toHaveBeenCalled();
  });

  it('saves only settled states: every save along a finished task restores', () => {
    const { storage } = memoryStorage();
    const session = track(mount({ input: sampleInput(), storage }));
    for (const event of [
      ...toRegistration,
      { type: 'CREATE_ACCOUNT', emailConfirmed: true, passwordEnteredTwice: true, termsAccepted: true },
      { type: 'CHOOSE_TEXT' },
      { type: 'SEND_CODE', phone: '(201) 555-0123' },
      { type: 'VERIFY', accepted: true },
      { type: 'I_AM_PATIENT' },
      { type: 'CONTINUE' },
    ] as AssistEvent[])
      session.send(event);
    expect(where(session.current())).toEqual(['taskFinished']);
    const saves = storage.setItem.mock.calls.map(([, value]) => value);
    expect(saves.length).toBeGreaterThan(8);
    for (const saved of saves) expect(() => restoreSession(assistMachine, JSON.parse(saved))).not.toThrow();
  });

  it('does not restore another patient’s session', () => {
    const { storage } = memoryStorage();
    const first = mount({ input: sampleInput(), storage });
    first.send({ type: 'CONTINUE' });
    first.unmount();
    const other = sampleInput();
    const input = { ...other, patient: { ...(other.patient ?? { id: '' }), id: 'pat-2002' } } as typeof other;
    const second = track(mount({ input, storage }));
    expect(second.current().error).toBeNull();
    expect(where(second.current())).toEqual(['reviewingPreChecks']);
    expect(second.current().summary?.patientId).toBe('pat-2002');
  });

  it('does not restore a save for the same patient id whose facts the input no longer gives', () => {
    const { storage } = memoryStorage();
    const first = mount({ input: sampleInput(), storage });
    first.send({ type: 'CONTINUE' });
    first.unmount();
    const other = sampleInput();
    // The chart's birth date was corrected: the patient is 9, the save was made for an adult.
    const input = {
      ...other,
      patient: { ...(other.patient ?? { id: '' }), birthDate: '2017-03-02' },
    } as typeof other;
    const second = track(mount({ input, storage }));
    expect(second.current().error).toBeNull();
    expect(where(second.current())).toEqual(['reviewingPreChecks']);
    expect(second.current().actor?.getSnapshot().context.session.patient?.birthDate).toBe('2017-03-02');
  });

  const valid = () => {
    const { storage, items } = memoryStorage();
    const session = mount({ input: sampleInput(), storage });
    session.send({ type: 'CONTINUE' });
    session.unmount();
    return JSON.parse(items.get(KEY) ?? 'null') as Record<string, Record<string, unknown>>;
  };

  const hostile: [string, () => string][] = [
    ['not JSON, with a name in it', () => '{"displayName": "Alex Secretname" oops'],
    ['JSON null', () => 'null'],
    [
      'an unknown state',
      () => JSON.stringify({ ...valid(), snapshot: { ...valid().snapshot, value: 'nowhere' } }),
    ],
    ['another format version', () => JSON.stringify({ ...valid(), schemaVersion: 99 })],
    [
      'a context with a script for a name',
      () => {
        const saved = valid();
        const context = saved.snapshot?.context as { session: { patient: Record<string, unknown> } };
        context.session.patient.displayName = 'x'.repeat(100_000);
        return JSON.stringify(saved);
      },
    ],
    [
      'a forged summary',
      () => {
        const saved = valid();
        return JSON.stringify({ ...saved, snapshot: { ...saved.snapshot, output: { patientId: 'x' } } });
      },
    ],
    ['an array', () => '[]'],
  ];

  it.each(hostile)('drops a saved session that is %s, and starts afresh', (_name, make) => {
    const text = make();
    const { storage, items } = memoryStorage({ [KEY]: text });
    const session = track(mount({ input: sampleInput(), storage }));
    const result = session.current();
    expect(result.error?.code).toBe('invalid-snapshot');
    expect(result.error?.message).not.toContain('Secretname');
    expect(result.error?.message).not.toContain('xxxxxxxx');
    expect(storage.removeItem).toHaveBeenCalledWith(KEY);
    expect(where(result)).toEqual(['reviewingPreChecks']);
    expect(result.actor?.getSnapshot().status).toBe('active');
    // The new session replaces the bad save.
    expect(items.get(KEY)).not.toBe(text);
    expect(JSON.parse(items.get(KEY) ?? 'null')).toMatchObject({ snapshot: { value: 'reviewingPreChecks' } });
    session.send({ type: 'CONTINUE' });
    expect(result.error).not.toBeNull();
    expect(session.current().error).toBeNull();
  });

  it('removes a corrupt save even when the input is bad too', () => {
    const { storage, items } = memoryStorage({ [KEY]: 'not json' });
    const session = track(mount({ input: { ...sampleInput(), now: 'never' }, storage }));
    expect(session.current().error?.code).toBe('invalid-input');
    expect(items.has(KEY)).toBe(false);
  });

  it('goes on without saving when the storage throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const session = track(mount({ input: sampleInput(), storage: broken }));
    session.send({ type: 'CONTINUE' });
    expect(where(session.current())).toEqual(['choosingTask']);
    expect(session.current().error).toBeNull();
  });
});

describe('useAssistSession: StrictMode', () => {
  it('runs one session in one live actor, and saves only that session', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { storage, items } = memoryStorage();
    const session = track(mount({ input: sampleInput(), storage }, { strict: true }));
    for (const event of toRegistration) session.send(event);
    const result = session.current();
    expect(result.step?.task?.stateId).toBe('createPassword');
    // Every save is a state of this one session, in order, and the last is where it is now.
    const values = storage.setItem.mock.calls.map(
      ([, value]) => (JSON.parse(value) as { snapshot: { value: unknown } }).snapshot.value,
    );
    expect(values[0]).toBe('reviewingPreChecks');
    expect(values.filter((value) => value === 'choosingTask')).toHaveLength(1);
    expect(JSON.parse(items.get(KEY) ?? 'null')).toMatchObject({
      snapshot: { children: { task: { snapshot: { value: 'createPassword' } } } },
    });
    // Any other actor the renders saw (StrictMode's first mount) is stopped: it takes no events.
    const others = new Set(session.results.map((each) => each.actor));
    others.delete(result.actor);
    for (const actor of others) {
      const before = actor?.getSnapshot();
      actor?.send({ type: 'CONTINUE' });
      expect(actor?.getSnapshot()).toBe(before);
    }
    warn.mockRestore();
  });

  it('stops the actor on unmount', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const session = mount({ input: sampleInput(), storage: null }, { strict: true });
    const { actor, send } = session.current();
    session.unmount();
    const before = actor?.getSnapshot();
    send({ type: 'CONTINUE' });
    actor?.send({ type: 'CONTINUE' });
    expect(actor?.getSnapshot()).toBe(before);
    warn.mockRestore();
  });
});

describe('useAssistSession: locale and audience', () => {
  it('describes the step with the locale and audience given, and follows changes', () => {
    const input = sampleInput();
    const session = track(mount({ input, storage: null, locale: es, audience: 'patient' }));
    const snapshot = session.current().actor?.getSnapshot();
    if (snapshot === undefined) throw new Error('no session');
    expect(session.current().step).toEqual(describeStep(snapshot, { locale: es, audience: 'patient' }));
    expect(session.current().step?.heading).not.toBe(describeStep(snapshot).heading);
    session.rerender({ input, storage: null });
    expect(session.current().step).toEqual(describeStep(snapshot));
    expect(session.current().step?.notes.some((note) => note.kind === 'staff')).toBe(true);
    session.rerender({ input, storage: null, audience: 'patient' });
    expect(session.current().step?.notes.some((note) => note.kind === 'staff')).toBe(false);
  });

  it('passes the label policy to the step view', () => {
    const input = sampleInput();
    const session = track(mount({ input, storage: null, locale: es }));
    session.send({ type: 'CONTINUE' });
    session.send({ type: 'CHOOSE_TASK', task: 'security-setup' });
    const glossed = JSON.stringify(session.current().step);
    expect(glossed).toContain('(Envíenme un mensaje de texto)');
    session.rerender({ input, storage: null, locale: es, labels: 'translated' });
    const translated = JSON.stringify(session.current().step);
    expect(translated).toContain('Text me');
    expect(translated).not.toContain('(Envíenme un mensaje de texto)');
  });

  it('gives an unknown locale as an error instead of throwing', () => {
    const session = track(mount({ input: sampleInput(), storage: null, locale: 'xx' as unknown as 'en' }));
    expect(session.current().step).toBeNull();
    expect(session.current().error?.code).toBe('invalid-input');
  });
});
