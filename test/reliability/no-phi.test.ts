import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnyActorRef, AnyEventObject } from 'xstate';
import { eventsFor } from '../../src/testing/samples/events.js';
import {
  sampleInternetExplorerUserAgent,
  samplePractice,
  sampleStaffUserAgent,
} from '../../src/testing/samples/practice.js';
import type { AssistInput } from '../../src/workflows/assist/input.js';
import { assistTasks } from '../../src/workflows/assist/tasks.js';
import { createWorkflowActor } from '../../src/workflows/create-workflow-actor.js';
import { assistMachine } from '../../src/workflows/index.js';

// The assist session summary is meant for logs: ids and reason codes only. Random patients are
// driven through whole sessions; neither the summary nor any event an actor of the session emits
// (xstate `emit`, heard with `actor.on`) may hold their names, birth dates, emails or phones.
// (Task outputs passed between the session and its tasks, such as the recovery phone that
// security setup reports, stay inside the session and are not "emitted".)
const RUNS = Math.max(25, Math.floor(Number(process.env.FUZZ_RUNS ?? 200) / 4));

const upper = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
const lower = fc.string({
  unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
  minLength: 3,
  maxLength: 9,
});
// Capitalised: no reason code (all lower case) can contain a name by chance.
const word = fc.tuple(upper, lower).map(([first, rest]) => `${first}${rest}`);
const name = fc.tuple(word, word).map(([given, family]) => `${given} ${family}`);
const birthDate = fc
  .date({ min: new Date('1930-01-01'), max: new Date('2025-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const phone = fc
  .tuple(
    fc.constantFrom('201', '212', '415', '617', '718', '973'),
    fc.integer({ min: 200, max: 999 }),
    fc.integer({ min: 0, max: 9999 }),
  )
  .map(([area, exchange, line]) => ({
    typed: `(${area}) ${exchange}-${String(line).padStart(4, '0')}`,
    digits: `${area}${exchange}${String(line).padStart(4, '0')}`,
  }));

type Person = {
  patientName: string;
  familyName: string;
  managerName: string;
  email: string;
  patientBirthDate: string;
  managerBirthDate: string;
  phoneOfRecord: { typed: string; digits: string };
  otherPhone: { typed: string; digits: string };
  answer: string;
};

const person: fc.Arbitrary<Person> = fc.record({
  patientName: name,
  familyName: name,
  managerName: name,
  email: fc.emailAddress(),
  patientBirthDate: birthDate,
  managerBirthDate: birthDate,
  phoneOfRecord: phone,
  otherPhone: phone,
  answer: word,
});

/** The sample events of every task, with the patient's own details put in. */
function personalEvents(who: Person): AnyEventObject[] {
  const events: AnyEventObject[] = [];
  for (const task of assistTasks) {
    for (const event of eventsFor(task)) {
      const personal: Record<string, unknown> = { ...event };
      if ('phone' in personal) personal.phone = personal.phone === '12345' ? '12345' : who.otherPhone.typed;
      if (event.type === 'SUBMIT_MANAGER_DETAILS') {
        Object.assign(personal, { name: who.managerName, email: who.email, birthDate: who.managerBirthDate });
      }
      if (event.type === 'SAVE_ANSWER' && typeof personal.answer === 'string' && personal.answer.trim()) {
        personal.answer = who.answer;
      }
      if (event.type === 'ENTER_MESSAGE' && typeof personal.body === 'string' && personal.body) {
        personal.body = `${personal.body} ${who.patientName}, born ${who.patientBirthDate}, ${who.phoneOfRecord.typed}`;
      }
      events.push(personal as AnyEventObject);
    }
  }
  return events;
}

function sessionInput(who: Person, unsupportedBrowser: boolean): AssistInput {
  return {
    staff: { userAgent: sampleStaffUserAgent },
    patient: {
      id: 'pat-1001',
      displayName: who.patientName,
      birthDate: who.patientBirthDate,
      phoneOfRecord: who.phoneOfRecord.typed,
      portalStatus: 'prospective',
      familyProfiles: [{ id: 'pat-1002', displayName: who.familyName }],
      ...(unsupportedBrowser ? { userAgent: sampleInternetExplorerUserAgent } : {}),
    },
    practice: {
      ...samplePractice,
      providers: samplePractice.providers.map((provider) => ({
        ...provider,
        departments: [...provider.departments],
      })),
    },
    now: '2026-03-10T15:00:00.000Z',
  };
}

/** Every text that would identify the person, in the forms it may take. */
function identifiers(who: Person): string[] {
  const digits = [who.phoneOfRecord.digits, who.otherPhone.digits];
  return [
    who.patientName,
    who.familyName,
    who.managerName,
    who.email,
    who.patientBirthDate,
    who.managerBirthDate,
    who.phoneOfRecord.typed,
    who.otherPhone.typed,
    ...digits,
    ...digits.map((national) => `+1${national}`),
    ...[who.patientName, who.familyName, who.managerName].flatMap((full) => full.split(' ')),
  ];
}

const sessionEvents: AnyEventObject[] = [
  { type: 'REPORT_PATIENT_BROWSER', userAgent: sampleStaffUserAgent },
  { type: 'CONTINUE' },
  { type: 'SWITCH_TASK' },
  { type: 'CHOOSE_ANOTHER_TASK' },
  ...assistTasks.map((task) => ({ type: 'CHOOSE_TASK', task })),
];

describe('no protected health information leaves an assist session', () => {
  it('the summary and every emitted event hold none of the patient’s details', () => {
    fc.assert(
      fc.property(
        person,
        fc.boolean(),
        fc.array(fc.nat(), { minLength: 5, maxLength: 60 }),
        (who, unsupportedBrowser, script) => {
          const actor = createWorkflowActor(assistMachine, sessionInput(who, unsupportedBrowser));
          const emitted: unknown[] = [];
          const listening = new Set<AnyActorRef>();
          const listen = (ref: AnyActorRef | undefined) => {
            if (!ref || listening.has(ref)) return;
            listening.add(ref);
            ref.on('*', (event: unknown) => emitted.push(event));
          };
          const errors: unknown[] = [];
          actor.subscribe({
            next: (snapshot) => listen(snapshot.children.task as AnyActorRef | undefined),
            error: (error) => errors.push(error),
          });
          listen(actor);
          actor.start();
          const events = [...sessionEvents, ...personalEvents(who)];
          for (const pick of script) actor.send(events[pick % events.length] as never);
          // The session ends from any state but the first, which CONTINUE leaves.
          actor.send({ type: 'CONTINUE' });
          actor.send({ type: 'END_SESSION' });

          const snapshot = actor.getSnapshot();
          expect(errors).toEqual([]);
          expect(snapshot.status).toBe('done');
          const published = JSON.stringify([snapshot.output, emitted]);
          for (const identifier of identifiers(who)) expect(published).not.toContain(identifier);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('whole tasks run to their end keep the summary to codes', () => {
    fc.assert(
      fc.property(person, (who) => {
        const actor = createWorkflowActor(assistMachine, sessionInput(who, false)).start();
        const send = (event: AnyEventObject) => actor.send(event as never);
        send({ type: 'CONTINUE' });
        send({ type: 'CHOOSE_TASK', task: 'security-setup' });
        for (const event of [
          { type: 'CHOOSE_TEXT' },
          { type: 'SEND_CODE', phone: who.otherPhone.typed },
          { type: 'VERIFY', accepted: true },
        ])
          send(event);
        send({ type: 'CHOOSE_ANOTHER_TASK' });
        send({ type: 'CHOOSE_TASK', task: 'relationship' });
        send({ type: 'I_MANAGE_ACCOUNT' });
        send({
          type: 'SUBMIT_MANAGER_DETAILS',
          name: who.managerName,
          email: who.email,
          birthDate: who.managerBirthDate,
        });
        send({ type: 'CONTINUE' });
        send({ type: 'END_SESSION' });
        const summary = actor.getSnapshot().output;
        expect(summary?.tasks.map((task) => task.task)).toContain('security-setup');
        const text = JSON.stringify(summary);
        for (const identifier of identifiers(who)) expect(text).not.toContain(identifier);
      }),
      { numRuns: RUNS },
    );
  });
});
