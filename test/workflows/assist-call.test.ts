import { describe, expect, it } from 'vitest';
import type { Actor } from 'xstate';
import {
  sampleAdultPatient,
  sampleChildPatient,
  sampleInputs,
  sampleInternetExplorerUserAgent,
  sampleManager,
  samplePractice,
  sampleStaffUserAgent,
} from '../../src/testing/index.js';
import type { AssistEvent, AssistInput } from '../../src/workflows/index.js';
import { assistMachine, createWorkflowActor } from '../../src/workflows/index.js';

/** A patient's Chrome on Android, as staff might paste it once the patient switched browsers. */
const patientChromeUserAgent =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36';

/** The call: the 9-year-old's parent phones in; the chart open is the child's, on Internet Explorer. */
const childOnInternetExplorer: AssistInput = {
  ...sampleInputs.assist['patient-on-internet-explorer'],
  staff: { userAgent: sampleStaffUserAgent },
  patient: { ...sampleChildPatient, userAgent: sampleInternetExplorerUserAgent },
  practice: {
    ...samplePractice,
    providers: samplePractice.providers.map((provider) => ({
      ...provider,
      departments: [...provider.departments],
    })),
  },
  now: '2026-03-10T15:00:00.000Z',
};

type AssistActor = Actor<typeof assistMachine>;

function startSession(input: AssistInput): { actor: AssistActor; errors: unknown[] } {
  const actor = createWorkflowActor(assistMachine, input);
  const errors: unknown[] = [];
  actor.subscribe({ error: (error) => errors.push(error) });
  actor.start();
  return { actor, errors };
}

function send(actor: AssistActor, events: readonly AssistEvent[]): void {
  for (const event of events) actor.send(event);
}

/** The running task's snapshot (the child actor with id `task`). */
function task(actor: AssistActor): { value: unknown; status: string } | undefined {
  const child = actor.getSnapshot().children.task as
    | { getSnapshot(): { value: unknown; status: string } }
    | undefined;
  return child?.getSnapshot();
}

describe('a whole assist call', () => {
  it('browser change, registration of a 9-year-old by the parent, a message with attachments, summary', () => {
    const { actor, errors } = startSession(childOnInternetExplorer);

    // Pre-checks: the staff browser is fine, the patient's is Internet Explorer, the patient is 9.
    const { preChecks } = actor.getSnapshot().context;
    expect(actor.getSnapshot().value).toBe('reviewingPreChecks');
    expect(preChecks.staffBrowser.status).toBe('supported');
    expect(preChecks.patientBrowser?.status).toBe('unsupported');
    expect(preChecks.eligibility).toMatchObject({ eligible: false, reason: 'under-minimum-age' });
    expect(preChecks.portalUrl).toBe(samplePractice.portalUrl);

    actor.send({ type: 'CONTINUE' });
    expect(actor.getSnapshot().value).toBe('browserMustChange');
    // Still Internet Explorer: staff stay on the browser step.
    actor.send({ type: 'REPORT_PATIENT_BROWSER', userAgent: sampleInternetExplorerUserAgent });
    expect(actor.getSnapshot().value).toBe('browserMustChange');
    actor.send({ type: 'REPORT_PATIENT_BROWSER', userAgent: patientChromeUserAgent });
    expect(actor.getSnapshot().value).toBe('choosingTask');
    expect(actor.getSnapshot().context.preChecks.patientBrowser?.status).toBe('supported');

    // Registration for the 9-year-old: the pre-check knew, so it is refused before any step.
    actor.send({ type: 'CHOOSE_TASK', task: 'registration', channel: 'lab-result' });
    expect(actor.getSnapshot().value).toBe('taskBlocked');
    expect(actor.getSnapshot().children.task).toBeUndefined();
    expect(actor.getSnapshot().context.blocked).toEqual({
      task: 'registration',
      reason: 'patient-under-minimum-age',
    });
    actor.send({ type: 'CHOOSE_ANOTHER_TASK' });
    expect(actor.getSnapshot().context.blocked).toBeNull();

    // The parent tells the portal they manage the child's account, run as the child task.
    actor.send({ type: 'CHOOSE_TASK', task: 'relationship' });
    expect(task(actor)?.value).toBe('choosing');
    send(actor, [{ type: 'I_MANAGE_ACCOUNT' }, { type: 'SUBMIT_MANAGER_DETAILS', ...sampleManager }]);
    expect(task(actor)?.value).toBe('confirmation');
    actor.send({ type: 'CONTINUE' });
    expect(actor.getSnapshot().value).toBe('taskFinished');
    expect(actor.getSnapshot().children.task).toBeUndefined();
    expect(actor.getSnapshot().context.outcomes).toEqual([
      { task: 'registration', outcome: 'blocked', reason: 'patient-under-minimum-age', user: 'patient' },
      { task: 'relationship', outcome: 'completed', reason: null },
    ]);

    // A message with three attachments, started on the portal home page.
    actor.send({ type: 'CHOOSE_ANOTHER_TASK' });
    expect(actor.getSnapshot().value).toBe('choosingTask');
    actor.send({ type: 'CHOOSE_TASK', task: 'secure-message', startedFrom: 'home-page' });
    expect(task(actor)?.value).toBe('onHomePage');
    send(actor, [
      { type: 'SHOW_FORM' },
      { type: 'SELECT_PROVIDER', providerId: 'prov-lee' },
      { type: 'SELECT_LOCATION', departmentId: 'dept-north' },
      { type: 'SELECT_SUBJECT', subject: 'Medical question' },
      { type: 'ENTER_MESSAGE', body: 'Mia has had a rash since Monday; photos attached.' },
      { type: 'ATTACH_FILE', name: 'rash-front.jpg' },
      { type: 'ATTACH_FILE', name: 'rash-back.jpg' },
      { type: 'ATTACH_FILE', name: 'rash-arm.jpg' },
    ]);
    expect(task(actor)?.value).toBe('writing');
    actor.send({ type: 'SEND' });
    expect(actor.getSnapshot().value).toBe('taskFinished');

    actor.send({ type: 'END_SESSION' });
    const snapshot = actor.getSnapshot();
    expect(snapshot.status).toBe('done');
    expect(snapshot.value).toBe('ended');
    const summary = snapshot.output;
    expect(summary).toEqual({
      patientId: sampleChildPatient.id,
      preChecks: {
        staffBrowser: preChecks.staffBrowser.reason,
        patientBrowser: snapshot.context.preChecks.patientBrowser?.reason ?? null,
        eligibility: 'under-minimum-age',
        portalStatus: 'not-registered',
        schedulingAllowed: true,
      },
      tasks: [
        { task: 'registration', outcome: 'blocked', reason: 'patient-under-minimum-age', user: 'patient' },
        { task: 'relationship', outcome: 'completed', reason: null },
        { task: 'secure-message', outcome: 'completed', reason: null },
      ],
      diagnoses: [],
    });
    expect(errors).toEqual([]);

    // The summary is safe to log: ids and reason codes, no protected health information.
    const text = JSON.stringify(summary);
    const phi = [
      sampleChildPatient.displayName,
      ...sampleChildPatient.displayName.split(' '),
      sampleChildPatient.birthDate,
      sampleManager.name,
      ...sampleManager.name.split(' '),
      sampleManager.birthDate,
      sampleManager.email,
      sampleAdultPatient.birthDate,
      sampleChildPatient.phoneOfRecord,
      sampleChildPatient.phoneOfRecord.replace(/\D/g, ''),
      '555',
      '0123',
      // The date the child turns 13 would reveal the birth date.
      snapshot.context.preChecks.eligibility?.eligibleOn ?? '2029-09-02',
      '09-02',
      sampleInternetExplorerUserAgent,
      patientChromeUserAgent,
      sampleStaffUserAgent,
      'Mozilla',
      'Trident',
      'Chrome/',
      'Android',
      'rash',
      'Monday',
      '@',
    ];
    for (const fragment of phi) expect(text, fragment).not.toContain(fragment);
  });

  it('a task that ends blocked goes to taskBlocked with its reason code, never to "finished"', () => {
    const { actor, errors } = startSession({
      ...(sampleInputs.assist['patient-browser-unknown'] as AssistInput),
      patient: { ...sampleAdultPatient, phoneOfRecord: null },
    });
    send(actor, [{ type: 'CONTINUE' }, { type: 'CHOOSE_TASK', task: 'phone-verification' }]);
    // Nothing to verify against: the task ends blocked at once.
    expect(actor.getSnapshot().value).toBe('taskBlocked');
    expect(actor.getSnapshot().context.blocked).toEqual({
      task: 'phone-verification',
      reason: 'no-phone-of-record',
    });
    expect(actor.getSnapshot().context.outcomes).toEqual([
      { task: 'phone-verification', outcome: 'blocked', reason: 'no-phone-of-record' },
    ]);
    actor.send({ type: 'END_SESSION' });
    expect(actor.getSnapshot().context.blocked).toBeNull();
    expect(actor.getSnapshot().output?.tasks).toEqual([
      { task: 'phone-verification', outcome: 'blocked', reason: 'no-phone-of-record' },
    ]);
    expect(errors).toEqual([]);
  });

  it('SWITCH_TASK mid-task records the task as switched and stops the child', () => {
    const { actor, errors } = startSession(sampleInputs.assist['patient-browser-unknown'] as AssistInput);
    send(actor, [
      { type: 'CONTINUE' },
      { type: 'CHOOSE_TASK', task: 'security-setup' },
      { type: 'CHOOSE_TEXT' },
    ]);
    expect(task(actor)?.value).toBe('enteringPhoneForText');
    actor.send({ type: 'SWITCH_TASK' });
    expect(actor.getSnapshot().value).toBe('choosingTask');
    expect(actor.getSnapshot().children.task).toBeUndefined();
    expect(actor.getSnapshot().context.currentTask).toBeNull();
    expect(actor.getSnapshot().context.outcomes).toEqual([
      { task: 'security-setup', outcome: 'switched', reason: null },
    ]);

    // A new task starts fresh; ending the session mid-task records it as abandoned.
    send(actor, [{ type: 'CHOOSE_TASK', task: 'security-setup' }]);
    expect(task(actor)?.value).toBe('choosingOption');
    actor.send({ type: 'END_SESSION' });
    expect(actor.getSnapshot().output?.tasks).toEqual([
      { task: 'security-setup', outcome: 'switched', reason: null },
      { task: 'security-setup', outcome: 'abandoned', reason: null },
    ]);
    expect(errors).toEqual([]);
  });

  it('CHOOSE_TASK registration without a patient sets problem patient-required', () => {
    const { patient: _patient, ...withoutPatient } = sampleInputs.assist[
      'patient-browser-unknown'
    ] as AssistInput;
    const { actor, errors } = startSession(withoutPatient);
    expect(actor.getSnapshot().context.preChecks.eligibility).toBeNull();
    actor.send({ type: 'CONTINUE' });
    for (const needsPatient of ['registration', 'phone-verification', 'relationship'] as const) {
      actor.send({ type: 'CHOOSE_TASK', task: needsPatient });
      expect(actor.getSnapshot().value).toBe('choosingTask');
      expect(actor.getSnapshot().context.problem).toBe('patient-required');
      expect(actor.getSnapshot().children.task).toBeUndefined();
    }
    // A task that needs no patient chart still runs, and clears the problem.
    actor.send({ type: 'CHOOSE_TASK', task: 'secure-message', startedFrom: 'messages-page' });
    expect(actor.getSnapshot().value).toEqual({ runningTask: 'secureMessage' });
    expect(actor.getSnapshot().context.problem).toBeNull();
    actor.send({ type: 'END_SESSION' });
    expect(actor.getSnapshot().output?.patientId).toBeNull();
    expect(errors).toEqual([]);
  });

  it('events the running task does not know are ignored, and own events are not forwarded', () => {
    const { actor, errors } = startSession(sampleInputs.assist['patient-browser-unknown'] as AssistInput);
    send(actor, [{ type: 'CONTINUE' }, { type: 'CHOOSE_TASK', task: 'profile-switch' }]);
    send(actor, [{ type: 'SEND' }, { type: 'VERIFY', accepted: true }, { type: 'OPEN_MENU' }]);
    expect(task(actor)?.value).toBe('menuOpen');
    actor.send({ type: 'SWITCH_TO', profileId: sampleChildPatient.id });
    expect(actor.getSnapshot().value).toBe('taskFinished');
    expect(actor.getSnapshot().context.outcomes).toEqual([
      { task: 'profile-switch', outcome: 'completed', reason: null },
    ]);
    expect(errors).toEqual([]);
  });
});
