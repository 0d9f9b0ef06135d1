import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from 'xstate';
import { buildGuide, describeStep } from '../../src/guides/index.js';
import { isPortalHelpdeskError } from '../../src/index.js';
import { es } from '../../src/locales/es/index.js';
import { checkPortalEligibility } from '../../src/rules/index.js';
import {
  sampleAdultPatient,
  sampleChildPatient,
  sampleInputs,
  sampleManager,
  workflowPaths,
} from '../../src/testing/index.js';
import type { AssistInput, AssistUser, EventRefused } from '../../src/workflows/index.js';
import {
  type AssistEvent,
  assistMachine,
  createWorkflowActor,
  eventIssues,
  persistSession,
  restoreSession,
} from '../../src/workflows/index.js';

const adultInput = sampleInputs.assist['patient-browser-unknown'] as AssistInput;
const childInput = sampleInputs.assist['child-patient'] as AssistInput;

/** The parent (born 1987) and a 11-year-old sibling (born 2015-01-20, 13 on 2028-01-20). */
const parent: AssistUser = {
  role: 'family-member',
  displayName: sampleManager.name,
  birthDate: sampleManager.birthDate,
};
const youngSibling: AssistUser = {
  role: 'family-member',
  displayName: 'Leo Rivera',
  birthDate: '2015-01-20',
};

function choosing(input: AssistInput, onEventRefused?: (refusal: EventRefused) => void) {
  const actor = createWorkflowActor(assistMachine, input, onEventRefused ? { onEventRefused } : {}).start();
  actor.send({ type: 'CONTINUE' });
  expect(actor.getSnapshot().value).toBe('choosingTask');
  return actor;
}

function send(actor: Actor<typeof assistMachine>, events: readonly AssistEvent[]) {
  for (const event of events) actor.send(event);
  return actor;
}

const register = (user?: AssistUser): AssistEvent => ({
  type: 'CHOOSE_TASK',
  task: 'registration',
  channel: 'invitation',
  ...(user ? { user } : {}),
});

type TaskSnapshot = {
  value: unknown;
  context: { user: unknown; relationship: unknown; phoneOfRecord: unknown };
};
const taskOf = (actor: Actor<typeof assistMachine>) =>
  (actor.getSnapshot().children as { task?: { getSnapshot(): TaskSnapshot } }).task?.getSnapshot();

const text = (rich: readonly { text: string }[]) => rich.map((segment) => segment.text).join('');

describe('assist: who registers', () => {
  it('the patient registers by default: the patient is the user, with the Quickview phone', () => {
    const actor = send(choosing(adultInput), [register()]);
    expect(actor.getSnapshot().value).toEqual({ runningTask: 'registration' });
    expect(actor.getSnapshot().context.taskOptions.user).toEqual({ role: 'patient' });
    expect(taskOf(actor)?.context.user).toEqual({ role: 'patient' });
    expect(taskOf(actor)?.context.phoneOfRecord).toBe('+12015550123');
    const step = describeStep(actor);
    expect(step.user).toEqual({ role: 'patient', displayName: sampleAdultPatient.displayName });
    expect(step.task?.user).toEqual({ role: 'patient', displayName: sampleAdultPatient.displayName });
    expect(step.notes.map((note) => note.key)).toEqual(['staff.patientRegisters']);
    expect(text(step.notes[0]?.text ?? [])).toContain('Quickview');
    actor.send({ type: 'END_SESSION' });
    expect(actor.getSnapshot().output?.tasks).toEqual([
      { task: 'registration', outcome: 'abandoned', reason: null, user: 'patient' },
    ]);
  });

  it('a family member of 13+ registers for an under-13 patient: not blocked, the age rule applies to them', () => {
    const actor = send(choosing(childInput), [register(parent)]);
    expect(actor.getSnapshot().value).toEqual({ runningTask: 'registration' });
    expect(actor.getSnapshot().context.outcomes).toEqual([]);
    // The task gets the family member's birth date, never their name, and their phone of record.
    expect(taskOf(actor)?.context.user).toEqual({
      role: 'family-member',
      birthDate: sampleManager.birthDate,
    });
    expect(taskOf(actor)?.context.relationship).toBe('manager');
    expect(taskOf(actor)?.context.phoneOfRecord).toBe('+12015550166');
    expect(taskOf(actor)?.value).toBe('openingInvitation');

    const step = describeStep(actor);
    expect(step.user).toEqual({ role: 'family-member', displayName: sampleManager.name });
    expect(step.task?.user).toEqual({ role: 'family-member', displayName: sampleManager.name });
    expect(step.notes.map((note) => note.key)).toEqual(['staff.familyMemberRegisters']);
    const note = text(step.notes[0]?.text ?? []);
    expect(note).toContain(`${sampleManager.name} registers, not ${sampleChildPatient.displayName}`);
    expect(note).toContain('Portal Accounts');
    const spanish = text(describeStep(actor, { locale: es }).notes[0]?.text ?? []);
    expect(spanish).toContain(`Se registra ${sampleManager.name}, no ${sampleChildPatient.displayName}`);
    expect(spanish).toContain('Portal Accounts');

    actor.send({ type: 'SWITCH_TASK' });
    actor.send({ type: 'END_SESSION' });
    const summary = actor.getSnapshot().output;
    expect(summary?.tasks).toEqual([
      { task: 'registration', outcome: 'switched', reason: null, user: 'family-member' },
    ]);
    const logged = JSON.stringify(summary);
    for (const secret of [sampleManager.name, 'Rivera', sampleManager.birthDate, '1987'])
      expect(logged).not.toContain(secret);
  });

  it('the same child as the user is still refused before any step', () => {
    const actor = send(choosing(childInput), [register({ role: 'patient' })]);
    expect(actor.getSnapshot().context.blocked).toEqual({
      task: 'registration',
      reason: 'patient-under-minimum-age',
    });
  });

  it.each([
    ['an adult', adultInput],
    ['a child', childInput],
  ])('a family member under 13 is refused for %s patient, with the reason in the step view', (_, input) => {
    const actor = send(choosing(input), [register(youngSibling)]);
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('taskBlocked');
    expect(snapshot.children.task).toBeUndefined();
    expect(snapshot.context.blocked).toEqual({
      task: 'registration',
      reason: 'family-member-under-minimum-age',
    });
    expect(snapshot.context.outcomes).toEqual([
      {
        task: 'registration',
        outcome: 'blocked',
        reason: 'family-member-under-minimum-age',
        user: 'family-member',
      },
    ]);
    const step = describeStep(actor);
    expect(step.problem).toBe('family-member-under-minimum-age');
    expect(step.user).toEqual({ role: 'family-member', displayName: 'Leo Rivera' });
    const words = text(step.instructions);
    expect(words).toContain('This task cannot start: Leo Rivera');
    expect(words).toContain('younger than 13 (until 2028-01-20)');
    expect(step.notes.map((note) => note.key)).toEqual(['staff.under13']);
    const spanish = text(describeStep(actor, { locale: es }).instructions);
    expect(spanish).toContain('Este trámite no puede empezar: Leo Rivera');
    expect(spanish).toContain('(hasta el 2028-01-20)');
    expect(spanish).toContain('acceso familiar');
    actor.send({ type: 'END_SESSION' });
    const logged = JSON.stringify(actor.getSnapshot().output);
    for (const secret of ['Leo', '2015-01-20', '2028-01-20']) expect(logged).not.toContain(secret);
  });

  it('a birth date the age rule refuses (in the future) flags the details and starts nothing', () => {
    const actor = send(choosing(adultInput), [register({ ...parent, birthDate: '2031-01-20' })]);
    expect(actor.getSnapshot().value).toBe('choosingTask');
    expect(actor.getSnapshot().context.problem).toBe('invalid-user-details');
    expect(actor.getSnapshot().context.outcomes).toEqual([]);
    expect(describeStep(actor).problem).toBe('invalid-user-details');
    actor.send(register(parent));
    expect(actor.getSnapshot().context.problem).toBeNull();
  });

  it('who registers holds for registration only: the next task is the patient’s again', () => {
    const actor = send(choosing(adultInput), [register(parent), { type: 'SWITCH_TASK' }]);
    actor.send({ type: 'CHOOSE_TASK', task: 'secure-message', startedFrom: 'home-page' });
    expect(actor.getSnapshot().context.taskOptions.user).toEqual({ role: 'patient' });
    expect(describeStep(actor).user).toBeNull();
    actor.send({ type: 'END_SESSION' });
    expect(actor.getSnapshot().output?.tasks).toEqual([
      { task: 'registration', outcome: 'switched', reason: null, user: 'family-member' },
      { task: 'secure-message', outcome: 'abandoned', reason: null },
    ]);
  });
});

describe('assist: the user at the event boundary', () => {
  function refusals(event: unknown) {
    const refused: EventRefused[] = [];
    const actor = choosing(adultInput, (refusal) => refused.push(refusal));
    actor.send(event as AssistEvent);
    expect(actor.getSnapshot().value).toBe('choosingTask');
    return refused.flatMap((refusal) => refusal.issues);
  }

  it('refuses an unknown key (reported at user, as every event key is: never by name)', () => {
    const issues = refusals(register({ ...parent, nickname: 'Jo' } as AssistUser));
    expect(issues).toEqual([{ path: ['user'], message: 'Unknown field' }]);
    expect(eventIssues(assistMachine, register({ ...parent, nickname: 'Jo' } as AssistUser))).toEqual(issues);
  });

  it('refuses a name over 200 characters at its path, without the value', () => {
    const issues = refusals(register({ ...parent, displayName: 'Ana'.repeat(70) }));
    expect(issues).toEqual([{ path: ['user', 'displayName'], message: 'Too big: at most 200 characters' }]);
    expect(JSON.stringify(issues)).not.toContain('AnaAna');
    expect(refusals(register({ ...parent, displayName: '' }))[0]?.path).toEqual(['user', 'displayName']);
  });

  it.each(['2023-02-29', '1990-13-01', '1990-4-12', '12/04/1990'])(
    'refuses the date %s at its path, without the value',
    (birthDate) => {
      const issues = refusals(register({ ...parent, birthDate }));
      expect(issues.map((issue) => issue.path)).toEqual([['user', 'birthDate']]);
      expect(JSON.stringify(issues)).not.toContain(birthDate);
    },
  );

  it('refuses a family member without a birth date, an unknown role, and a user on another task', () => {
    expect(refusals(register({ role: 'family-member', displayName: 'Ana' } as AssistUser))[0]?.path).toEqual([
      'user',
      'birthDate',
    ]);
    expect(refusals(register({ role: 'guardian' } as unknown as AssistUser))[0]?.path).toEqual([
      'user',
      'role',
    ]);
    expect(refusals({ type: 'CHOOSE_TASK', task: 'security-setup', user: parent })).toEqual([
      { path: ['user'], message: 'Only the registration task takes a user' },
    ]);
  });

  it('describes user as a structured payload field of CHOOSE_TASK', () => {
    const step = describeStep(choosing(adultInput));
    const chooseTask = step.events.find((event) => event.type === 'CHOOSE_TASK');
    expect(chooseTask?.payload.user).toBe('object');
  });
});

type Saved = {
  snapshot: {
    value: unknown;
    context: Record<string, unknown> & {
      taskOptions: Record<string, unknown>;
      outcomes: Record<string, unknown>[];
      blocked: Record<string, unknown> | null;
    };
    children: Record<string, { snapshot: { context: Record<string, unknown> } }>;
  };
};
const save = (actor: Actor<typeof assistMachine>) =>
  JSON.parse(JSON.stringify(persistSession(actor))) as Saved;

function restoreCode(saved: Saved): string {
  try {
    restoreSession(assistMachine, saved);
  } catch (error) {
    return isPortalHelpdeskError(error) ? error.code : 'other';
  }
  return 'restored';
}

describe('assist: who registers is saved, and restore checks it against the facts', () => {
  const runningForChild = () => save(send(choosing(childInput), [register(parent)]));
  const blockedSibling = () => save(send(choosing(adultInput), [register(youngSibling)]));

  it('restores a family member’s registration mid-task, and a refused one', () => {
    const restored = restoreSession(assistMachine, runningForChild()).start();
    expect(restored.getSnapshot().context.taskOptions.user).toEqual(parent);
    expect(describeStep(restored).task?.user).toEqual({
      role: 'family-member',
      displayName: sampleManager.name,
    });
    restored.send({ type: 'OPEN_LINK' });
    expect(taskOf(restored)?.value).toBe('createPassword');
    expect(restoreCode(blockedSibling())).toBe('restored');
  });

  it('refuses a session claiming a family member without their facts', () => {
    const saved = runningForChild();
    saved.snapshot.context.taskOptions.user = { role: 'family-member' };
    expect(restoreCode(saved)).toBe('invalid-snapshot');
    const noName = runningForChild();
    noName.snapshot.context.taskOptions.user = {
      role: 'family-member',
      displayName: '',
      birthDate: '1987-07-14',
    };
    expect(restoreCode(noName)).toBe('invalid-snapshot');
  });

  it('refuses a family member whose birth date the age rule refuses', () => {
    for (const birthDate of ['2031-01-20', '2023-02-29', 'yesterday']) {
      const saved = blockedSibling();
      saved.snapshot.context.taskOptions.user = { ...parent, birthDate };
      expect(restoreCode(saved), birthDate).toBe('invalid-snapshot');
    }
  });

  it('refuses a child registering as the user, and a running task started for someone else', () => {
    const asChild = runningForChild();
    asChild.snapshot.context.taskOptions.user = { role: 'patient' };
    expect(restoreCode(asChild)).toBe('invalid-snapshot');
    const otherDate = runningForChild();
    otherDate.snapshot.context.taskOptions.user = { ...parent, birthDate: '1980-01-01' };
    expect(restoreCode(otherDate)).toBe('invalid-snapshot');
    const underAge = runningForChild();
    underAge.snapshot.context.taskOptions.user = youngSibling;
    expect(restoreCode(underAge)).toBe('invalid-snapshot');
  });

  it('refuses a block the family member’s age does not justify, or one for the wrong user', () => {
    const adult = blockedSibling();
    adult.snapshot.context.taskOptions.user = parent;
    expect(restoreCode(adult)).toBe('invalid-snapshot');
    const patient = blockedSibling();
    patient.snapshot.context.taskOptions.user = { role: 'patient' };
    expect(restoreCode(patient)).toBe('invalid-snapshot');
  });

  it('refuses outcomes whose role disagrees with who registers, or a role on another task', () => {
    const role = blockedSibling();
    (role.snapshot.context.outcomes[0] as Record<string, unknown>).user = 'patient';
    expect(restoreCode(role)).toBe('invalid-snapshot');
    const missing = blockedSibling();
    delete (missing.snapshot.context.outcomes[0] as Record<string, unknown>).user;
    expect(restoreCode(missing)).toBe('invalid-snapshot');
    const other = save(
      send(choosing(adultInput), [{ type: 'CHOOSE_TASK', task: 'secure-message' }, { type: 'SWITCH_TASK' }]),
    );
    (other.snapshot.context.outcomes[0] as Record<string, unknown>).user = 'patient';
    expect(restoreCode(other)).toBe('invalid-snapshot');
  });

  it('restores a session whose last choice was refused (bad family member details, or a triage answer)', () => {
    const details = save(send(choosing(adultInput), [register({ ...parent, birthDate: '2031-01-20' })]));
    expect(details.snapshot.context.problem).toBe('invalid-user-details');
    expect(restoreSession(assistMachine, details).getSnapshot().context.problem).toBe('invalid-user-details');
    const triage = save(
      send(choosing(adultInput), [
        { type: 'CHOOSE_SYMPTOM', symptom: 'cannot-see-family-record' },
        { type: 'ANSWER', question: 'browser', value: true },
      ]),
    );
    expect(triage.snapshot.context.problem).toBe('triage-refused');
    expect(restoreSession(assistMachine, triage).getSnapshot().context.problem).toBe('triage-refused');
  });

  it('refuses a family member kept for a task that is not registration', () => {
    const saved = save(send(choosing(adultInput), [{ type: 'CHOOSE_TASK', task: 'secure-message' }]));
    saved.snapshot.context.taskOptions.user = parent;
    expect(restoreCode(saved)).toBe('invalid-snapshot');
  });
});

describe('assist: who registers in guides and paths', () => {
  it('the guide walks a family member registering for an under-13 patient, and refuses an under-age one', () => {
    const forChild = JSON.stringify(
      buildGuide('assist', { patientUnderMinimumAge: true, user: 'family-member' }, { audience: 'staff' }),
    );
    expect(forChild).toContain('runningTask.registration');
    expect(forChild).toContain('staff.familyMemberRegisters');
    const refused = JSON.stringify(
      buildGuide('assist', { user: 'under-age-family-member' }, { audience: 'staff' }),
    );
    expect(refused).toContain('who would register to manage');
    expect(refused).toContain('staff.under13');
    expect(refused).not.toContain('runningTask');
    expect(JSON.stringify(buildGuide('assist', {}, { audience: 'staff' }))).toContain(
      'staff.patientRegisters',
    );
  });

  it('workflowPaths reaches a family member’s registration for a child and the under-age refusal', () => {
    const paths = workflowPaths('assist', { variants: ['child-patient'] });
    const userOf = (event: unknown) => (event as { user?: AssistUser }).user?.role;
    expect(
      paths.some(
        (path) =>
          path.finalState === 'runningTask.registration' &&
          path.events.some((event) => event.type === 'CHOOSE_TASK' && userOf(event) === 'family-member'),
      ),
    ).toBe(true);
    const full = workflowPaths('assist', { variants: ['patient-browser-unknown'] });
    expect(
      full.some(
        (path) =>
          path.finalState === 'taskBlocked' &&
          path.events.some(
            (event) =>
              event.type === 'CHOOSE_TASK' &&
              (event as { user?: { birthDate?: string } }).user?.birthDate === '2015-01-20',
          ),
      ),
    ).toBe(true);
  });
});

describe('assist: the age rule applies to the user (property)', () => {
  const date = fc
    .date({
      min: new Date('1880-01-01T00:00:00Z'),
      max: new Date('2026-03-09T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((value) => value.toISOString().slice(0, 10));

  it('registration is refused exactly when the family member is under age, whatever the patient’s age', () => {
    fc.assert(
      fc.property(date, fc.boolean(), (birthDate, childPatient) => {
        const input = childPatient ? childInput : adultInput;
        const actor = send(choosing(input), [register({ ...parent, birthDate })]);
        const verdict = checkPortalEligibility({
          birthDate,
          now: new Date(input.now),
          timeZone: input.practice.timeZone,
        });
        const snapshot = actor.getSnapshot();
        if (verdict.eligible) expect(snapshot.value).toEqual({ runningTask: 'registration' });
        else expect(snapshot.context.blocked?.reason).toBe('family-member-under-minimum-age');
        actor.send({ type: 'END_SESSION' });
        const logged = JSON.stringify(actor.getSnapshot().output);
        expect(logged).not.toContain(birthDate);
        expect(logged).not.toContain(sampleManager.name);
      }),
      { numRuns: 200 },
    );
  });
});
