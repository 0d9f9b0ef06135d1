import { describe, expect, it } from 'vitest';
import type { Actor } from 'xstate';
import { describeStep } from '../../src/guides/index.js';
import { isPortalHelpdeskError } from '../../src/index.js';
import { en } from '../../src/locales/en/index.js';
import { es } from '../../src/locales/es/index.js';
import {
  sampleAdultPatient,
  sampleInputs,
  sampleInternetExplorerUserAgent,
} from '../../src/testing/index.js';
import type { AssistEvent, AssistInput } from '../../src/workflows/index.js';
import {
  assistMachine,
  createWorkflowActor,
  persistSession,
  restoreSession,
} from '../../src/workflows/index.js';

/** A crawler: not a browser at all, so the browser rule says `unknown`. */
const crawlerUserAgent = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
const chromeUserAgent =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36';

const base = sampleInputs.assist['patient-browser-unknown'] as AssistInput;

function start(input: AssistInput, events: readonly AssistEvent[] = []): Actor<typeof assistMachine> {
  const actor = createWorkflowActor(assistMachine, input).start();
  for (const event of events) actor.send(event);
  return actor;
}

const text = (rich: readonly { text: string }[]) => rich.map((segment) => segment.text).join('');

describe('assist pre-checks change what the session offers', () => {
  it('staff on Internet Explorer are not offered "Log in to Portal as Patient", and the step says why', () => {
    const actor = start(sampleInputs.assist['staff-on-internet-explorer'] as AssistInput);
    expect(actor.getSnapshot().value).toBe('reviewingPreChecksWithoutPortalLogin');
    const step = describeStep(actor);
    expect(step.key).toBe('assist.preChecksWithoutPortalLogin');
    expect(step.labels).not.toContain('Log in to Portal as Patient');
    expect(text(step.instructions)).toContain('Your own browser is not supported');
    expect(step.notes.map((note) => note.key)).toContain('staff.staffBrowser');
    // The rest of the session goes on as usual.
    actor.send({ type: 'CONTINUE' });
    expect(actor.getSnapshot().value).toBe('choosingTask');
  });

  it('staff on a supported browser see the action among the labels', () => {
    const step = describeStep(start(base));
    expect(step.stateId).toBe('reviewingPreChecks');
    expect(step.labels).toContain('Log in to Portal as Patient');
  });

  it('treats an unknown patient browser as "switch browsers", and only a supported one lets staff on', () => {
    const actor = start({ ...base, patient: { ...sampleAdultPatient, userAgent: crawlerUserAgent } });
    expect(actor.getSnapshot().context.preChecks.patientBrowser?.status).toBe('unknown');
    actor.send({ type: 'CONTINUE' });
    expect(actor.getSnapshot().value).toBe('browserMustChange');
    expect(text(describeStep(actor).instructions)).toContain('could not be recognised');
    actor.send({ type: 'REPORT_PATIENT_BROWSER', userAgent: crawlerUserAgent });
    expect(actor.getSnapshot().value).toBe('browserMustChange');
    actor.send({ type: 'REPORT_PATIENT_BROWSER', userAgent: sampleInternetExplorerUserAgent });
    expect(actor.getSnapshot().value).toBe('browserMustChange');
    actor.send({ type: 'REPORT_PATIENT_BROWSER', userAgent: chromeUserAgent });
    expect(actor.getSnapshot().value).toBe('choosingTask');
  });

  it('an unknown browser reported during the pre-checks also leads to the browser step', () => {
    const actor = start(base, [{ type: 'REPORT_PATIENT_BROWSER', userAgent: crawlerUserAgent }]);
    actor.send({ type: 'CONTINUE' });
    expect(actor.getSnapshot().value).toBe('browserMustChange');
  });

  it.each(['registration', 'security-setup', 'phone-verification'] as const)(
    'refuses %s for an under-13 patient before any step, with the reason',
    (task) => {
      const actor = start(sampleInputs.assist['child-patient'] as AssistInput, [
        { type: 'CONTINUE' },
        { type: 'CHOOSE_TASK', task },
      ]);
      const snapshot = actor.getSnapshot();
      expect(snapshot.value).toBe('taskBlocked');
      expect(snapshot.children.task).toBeUndefined();
      expect(snapshot.context.blocked).toEqual({ task, reason: 'patient-under-minimum-age' });
      expect(snapshot.context.outcomes).toEqual([
        {
          task,
          outcome: 'blocked',
          reason: 'patient-under-minimum-age',
          // Registration outcomes say who registers (the role only).
          ...(task === 'registration' ? { user: 'patient' } : {}),
        },
      ]);
      const step = describeStep(actor);
      expect(step.key).toBe('assist.taskBlocked');
      expect(step.problem).toBe('patient-under-minimum-age');
      expect(text(step.instructions)).toContain('This task cannot start');
      expect(text(step.instructions)).toContain('family access account');
      expect(step.notes.map((note) => note.key)).toEqual(['staff.under13']);
      expect(text(describeStep(actor, { locale: es }).instructions)).toContain('acceso familiar');
      expect(step.events.map((event) => event.type).sort()).toEqual(['CHOOSE_ANOTHER_TASK', 'END_SESSION']);
    },
  );

  it('still runs the relationship and message tasks for an under-13 patient (a parent manages the account)', () => {
    const actor = start(sampleInputs.assist['child-patient'] as AssistInput, [
      { type: 'CONTINUE' },
      { type: 'CHOOSE_TASK', task: 'relationship' },
    ]);
    expect(actor.getSnapshot().value).toEqual({ runningTask: 'relationship' });
  });

  it.each(['registered', 'prospective'] as const)('refuses registration for a %s patient', (portalStatus) => {
    const actor = start({ ...base, patient: { ...sampleAdultPatient, portalStatus } }, [
      { type: 'CONTINUE' },
      { type: 'CHOOSE_TASK', task: 'registration', channel: 'invitation' },
    ]);
    expect(actor.getSnapshot().value).toBe('taskBlocked');
    expect(actor.getSnapshot().context.blocked).toEqual({
      task: 'registration',
      reason: 'already-registered',
    });
    const step = describeStep(actor);
    expect(step.problem).toBe('already-registered');
    expect(text(step.instructions)).toContain('already has a portal account');
    expect(step.notes).toEqual([]);
    // Other tasks still run for a registered patient.
    actor.send({ type: 'CHOOSE_ANOTHER_TASK' });
    expect(actor.getSnapshot().value).toBe('choosingTask');
    actor.send({ type: 'CHOOSE_TASK', task: 'security-setup' });
    expect(actor.getSnapshot().value).toEqual({ runningTask: 'securitySetup' });
  });

  it('runs registration for a patient who is not registered yet', () => {
    const actor = start(base, [
      { type: 'CONTINUE' },
      { type: 'CHOOSE_TASK', task: 'registration', channel: 'invitation' },
    ]);
    expect(actor.getSnapshot().value).toEqual({ runningTask: 'registration' });
  });

  it('a task blocked with a reason the words do not know still names the reason code', () => {
    const params = { patientName: 'Jordan', minimumAge: 13, maxLength: 1000, maxAttachments: 10 };
    const words = en.guide.steps['assist.taskBlocked']({ ...params, blockedReason: 'some-new-reason' });
    expect(text(words)).toContain('some-new-reason');
    const spanish = es.guide.steps['assist.taskBlocked']({ ...params, blockedReason: 'some-new-reason' });
    expect(text(spanish)).toContain('some-new-reason');
  });
});

describe('taskBlocked persistence', () => {
  const blockedSession = () =>
    JSON.parse(
      JSON.stringify(
        persistSession(
          start(sampleInputs.assist['child-patient'] as AssistInput, [
            { type: 'CONTINUE' },
            { type: 'CHOOSE_TASK', task: 'registration' },
          ]),
        ),
      ),
    ) as { snapshot: { value: unknown; context: Record<string, unknown> } };

  it('saves and restores a blocked task with its reason', () => {
    const restored = restoreSession(assistMachine, blockedSession()).start();
    expect(restored.getSnapshot().value).toBe('taskBlocked');
    expect(restored.getSnapshot().context.blocked).toEqual({
      task: 'registration',
      reason: 'patient-under-minimum-age',
    });
    restored.send({ type: 'CHOOSE_ANOTHER_TASK' });
    expect(restored.getSnapshot().value).toBe('choosingTask');
  });

  const refused = (saved: unknown) => {
    try {
      restoreSession(assistMachine, saved);
    } catch (error) {
      return isPortalHelpdeskError(error) ? error.code : 'other';
    }
    return 'restored';
  };

  it('refuses taskBlocked without a reason', () => {
    const saved = blockedSession();
    saved.snapshot.context.blocked = null;
    expect(refused(saved)).toBe('invalid-snapshot');
  });

  it('refuses a reason outside taskBlocked', () => {
    const saved = blockedSession();
    saved.snapshot.value = 'choosingTask';
    expect(refused(saved)).toBe('invalid-snapshot');
  });

  it('refuses a block that is not the last outcome recorded', () => {
    const saved = blockedSession();
    saved.snapshot.context.blocked = { task: 'security-setup', reason: 'patient-under-minimum-age' };
    expect(refused(saved)).toBe('invalid-snapshot');
    const other = blockedSession();
    other.snapshot.context.outcomes = [];
    expect(refused(other)).toBe('invalid-snapshot');
  });
});
