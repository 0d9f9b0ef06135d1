import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnyStateMachine, EventObject } from 'xstate';
import { isPortalHelpdeskError, type PortalHelpdeskError } from '../../src/index.js';
import { eventsFor, sampleInputs } from '../../src/testing/index.js';
import type { AssistInput } from '../../src/workflows/index.js';
import {
  assistMachine,
  createWorkflowActor,
  type WorkflowId,
  workflowIds,
  workflows,
} from '../../src/workflows/index.js';

type Json = Record<string, unknown>;

function sample(id: WorkflowId): Json {
  const [input] = Object.values(sampleInputs[id]);
  return structuredClone(input) as Json;
}

/** A sample input with one field replaced (or removed, for `undefined`). */
function withField(id: WorkflowId, path: readonly (string | number)[], value: unknown): Json {
  const input = sample(id);
  let parent: unknown = input;
  for (const key of path.slice(0, -1)) parent = (parent as Json)[key];
  const last = path.at(-1);
  if (last === undefined) return input;
  if (value === undefined) delete (parent as Json)[last];
  else (parent as Json)[last] = value;
  return input;
}

type BadInput = {
  readonly name: string;
  readonly workflow: WorkflowId;
  readonly input: () => unknown;
  readonly path: readonly (string | number)[];
  /** The bad value, which the error must not repeat. */
  readonly secret?: string;
};

const futureBirthDate = '2031-04-17';

const bad = (
  workflow: WorkflowId,
  name: string,
  path: BadInput['path'],
  input: () => unknown,
  secret?: string,
): BadInput => ({ workflow, name, path, input, ...(secret === undefined ? {} : { secret }) });

const badInputs: readonly BadInput[] = [
  // registration
  bad(
    'registration',
    'a future birth date',
    ['patient', 'birthDate'],
    () => withField('registration', ['patient', 'birthDate'], futureBirthDate),
    futureBirthDate,
  ),
  bad(
    'registration',
    'a malformed birth date',
    ['patient', 'birthDate'],
    () => withField('registration', ['patient', 'birthDate'], '14/07/1987'),
    '14/07/1987',
  ),
  bad(
    'registration',
    'a birth date that does not exist',
    ['patient', 'birthDate'],
    () => withField('registration', ['patient', 'birthDate'], '1987-02-30'),
    '1987-02-30',
  ),
  bad(
    'registration',
    'a birth date more than 150 years ago',
    ['patient', 'birthDate'],
    () => withField('registration', ['patient', 'birthDate'], '1851-03-09'),
    '1851-03-09',
  ),
  bad(
    'registration',
    'an unknown time zone',
    ['practice', 'timeZone'],
    () => withField('registration', ['practice', 'timeZone'], 'Mars/Olympus'),
    'Mars/Olympus',
  ),
  bad('registration', 'a minimum age below 13', ['practice', 'minimumAge'], () =>
    withField('registration', ['practice', 'minimumAge'], 12),
  ),
  bad(
    'registration',
    'a bad channel',
    ['channel'],
    () => withField('registration', ['channel'], 'carrier-pigeon'),
    'carrier-pigeon',
  ),
  bad('registration', 'a missing channel', ['channel'], () =>
    withField('registration', ['channel'], undefined),
  ),
  bad(
    'registration',
    'a clock that is not an instant',
    ['now'],
    () => withField('registration', ['now'], 'half past ten'),
    'half past ten',
  ),
  bad('registration', 'a clock before 1900, outside the age rule’s range', ['now'], () =>
    withField('registration', ['now'], '1899-12-31T23:59:59Z'),
  ),
  bad('assist', 'a clock in the year 9000', ['now'], () =>
    withField('assist', ['now'], '9000-01-01T00:00:00Z'),
  ),
  bad('registration', 'a region libphonenumber does not know', ['practice', 'defaultCountry'], () =>
    withField('registration', ['practice', 'defaultCountry'], 'XX'),
  ),
  bad('registration', 'a display name that is not a string', ['patient', 'displayName'], () =>
    withField('registration', ['patient', 'displayName'], 42),
  ),
  bad('registration', 'a phone of record that is not a string', ['patient', 'phoneOfRecord'], () =>
    withField('registration', ['patient', 'phoneOfRecord'], 2015550123),
  ),
  // security setup and verification
  bad('security-setup', 'a lower-case region', ['defaultCountry'], () => ({ defaultCountry: 'us' })),
  bad('security-setup', 'a region libphonenumber does not know', ['defaultCountry'], () => ({
    defaultCountry: 'XX',
  })),
  bad('phone-verification', 'a region libphonenumber does not know', ['defaultCountry'], () =>
    withField('phone-verification', ['defaultCountry'], 'ZZ'),
  ),
  bad('phone-verification', 'a missing phone of record (undefined, not null)', ['phoneOfRecord'], () =>
    withField('phone-verification', ['phoneOfRecord'], undefined),
  ),
  // relationship
  bad(
    'relationship',
    'a future birth date',
    ['patient', 'birthDate'],
    () => withField('relationship', ['patient', 'birthDate'], futureBirthDate),
    futureBirthDate,
  ),
  bad(
    'relationship',
    'an unknown time zone',
    ['practice', 'timeZone'],
    () => withField('relationship', ['practice', 'timeZone'], 'Mars/Olympus'),
    'Mars/Olympus',
  ),
  // secure message
  bad(
    'secure-message',
    'an unknown starting page',
    ['startedFrom'],
    () => withField('secure-message', ['startedFrom'], 'fax'),
    'fax',
  ),
  bad('secure-message', 'a provider with an empty id', ['providers', 0, 'id'], () =>
    withField('secure-message', ['providers', 0, 'id'], ''),
  ),
  bad('secure-message', 'two providers with the same id', ['providers'], () =>
    withField('secure-message', ['providers', 1, 'id'], 'prov-lee'),
  ),
  bad('secure-message', 'a message length limit of 0', ['policy', 'maxLength'], () =>
    withField('secure-message', ['policy'], { maxLength: 0 }),
  ),
  bad('secure-message', 'a fractional attachment limit', ['policy', 'maxAttachments'], () =>
    withField('secure-message', ['policy'], { maxAttachments: 2.5 }),
  ),
  // profile switch
  bad(
    'profile-switch',
    'family profiles that are not a list',
    ['familyProfiles'],
    () => ({ familyProfiles: 'Mia Rivera' }),
    'Mia Rivera',
  ),
  // assist
  bad(
    'assist',
    'a patient birth date in the future',
    ['patient', 'birthDate'],
    () => withField('assist', ['patient', 'birthDate'], futureBirthDate),
    futureBirthDate,
  ),
  bad(
    'assist',
    'an unknown time zone',
    ['practice', 'timeZone'],
    () => withField('assist', ['practice', 'timeZone'], 'Mars/Olympus'),
    'Mars/Olympus',
  ),
  bad('assist', 'a minimum age below 13', ['practice', 'minimumAge'], () =>
    withField('assist', ['practice', 'minimumAge'], 12),
  ),
  bad(
    'assist',
    'a clock that is not an instant',
    ['now'],
    () => withField('assist', ['now'], 'tomorrow'),
    'tomorrow',
  ),
  bad(
    'assist',
    'a portal URL that is not https',
    ['practice', 'portalUrl'],
    () => withField('assist', ['practice', 'portalUrl'], 'http://portal.example-clinic.test'),
    'portal.example-clinic.test',
  ),
  bad('assist', 'a region libphonenumber does not know', ['practice', 'defaultCountry'], () =>
    withField('assist', ['practice', 'defaultCountry'], 'XX'),
  ),
  bad('assist', 'two providers with the same id', ['practice', 'providers'], () =>
    withField('assist', ['practice', 'providers', 1, 'id'], 'prov-lee'),
  ),
  bad('assist', 'a staff user agent that is not a string', ['staff', 'userAgent'], () =>
    withField('assist', ['staff', 'userAgent'], 7),
  ),
  bad('assist', 'a missing staff member', ['staff'], () => withField('assist', ['staff'], undefined)),
  bad(
    'assist',
    'an unknown portal status',
    ['patient', 'portalStatus'],
    () => withField('assist', ['patient', 'portalStatus'], 'vip'),
    'vip',
  ),
];

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('createWorkflowActor', () => {
  const escaped: unknown[] = [];
  const onEscape = (error: unknown) => escaped.push(error);
  beforeAll(() => {
    process.on('uncaughtException', onEscape);
    process.on('unhandledRejection', onEscape);
  });
  afterAll(() => {
    process.off('uncaughtException', onEscape);
    process.off('unhandledRejection', onEscape);
  });

  it.each(badInputs)(
    '$workflow: $name throws invalid-input at $path',
    async ({ workflow, input, path, secret }) => {
      const machine: AnyStateMachine = workflows[workflow].machine;
      const error = thrownBy(() => createWorkflowActor(machine, input()));
      expect(isPortalHelpdeskError(error), String(error)).toBe(true);
      const helpdeskError = error as PortalHelpdeskError;
      expect(helpdeskError.code).toBe('invalid-input');
      expect(helpdeskError.issues.map((issue) => issue.path)).toContainEqual(path);
      if (secret !== undefined) {
        expect(helpdeskError.message).not.toContain(secret);
        expect(JSON.stringify(helpdeskError.issues)).not.toContain(secret);
      }
      // Nothing is reported later, asynchronously.
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(escaped).toEqual([]);
    },
  );

  it.each(workflowIds)('%s: non-object inputs throw invalid-input synchronously', async (workflow) => {
    const machine: AnyStateMachine = workflows[workflow].machine;
    for (const input of [undefined, null, 'input', 42, []]) {
      const error = thrownBy(() => createWorkflowActor(machine, input));
      expect(isPortalHelpdeskError(error), `${workflow} ${JSON.stringify(input)}`).toBe(true);
      expect((error as PortalHelpdeskError).code).toBe('invalid-input');
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(escaped).toEqual([]);
  });

  it.each(workflowIds)(
    '%s: every sample input starts, and sample events never make the actor fail',
    async (workflow) => {
      const machine: AnyStateMachine = workflows[workflow].machine;
      const events: EventObject[] = eventsFor(workflow).filter((event) => !event.type.startsWith('xstate.'));
      for (const input of Object.values(sampleInputs[workflow])) {
        const actor = createWorkflowActor(machine, input);
        // Some samples end at once (an under-13 invitation, no phone of record to verify).
        expect(['active', 'done']).toContain(actor.getSnapshot().status);
        const errors: unknown[] = [];
        actor.subscribe({ error: (error) => errors.push(error) });
        actor.start();
        for (const event of events) {
          if (actor.getSnapshot().status !== 'active') break;
          actor.send(event);
          expect(actor.getSnapshot().status).not.toBe('error');
        }
        expect(errors).toEqual([]);
        actor.stop();
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(escaped).toEqual([]);
    },
  );

  it('returns the actor not yet started, and passes other actor options through', () => {
    const actor = createWorkflowActor(
      workflows['security-setup'].machine,
      { defaultCountry: 'US' },
      { id: 'setup' },
    );
    expect(actor.id).toBe('setup');
    const seen: unknown[] = [];
    actor.subscribe((snapshot) => seen.push(snapshot.value));
    actor.start();
    actor.send({ type: 'CHOOSE_QUESTION' });
    expect(seen).toEqual(['choosingOption', 'answeringQuestion']);
  });

  it('an actor whose input was refused does not exist, so it cannot fail later', async () => {
    let created: unknown;
    const error = thrownBy(() => {
      const machine: AnyStateMachine = workflows.registration.machine;
      created = createWorkflowActor(machine, withField('registration', ['now'], 'never'));
    });
    expect(created).toBeUndefined();
    expect(isPortalHelpdeskError(error)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(escaped).toEqual([]);
  });

  it.each([
    ['a copy made with provide', () => workflows['security-setup'].machine.provide({})],
    ['a workflow id instead of its machine', () => 'security-setup' as unknown as AnyStateMachine],
    ['nothing', () => undefined as unknown as AnyStateMachine],
  ])('refuses %s as an unknown workflow, before any actor exists', (_, machine) => {
    const error = thrownBy(() => createWorkflowActor(machine(), { defaultCountry: 'US' }));
    expect(isPortalHelpdeskError(error)).toBe(true);
    expect((error as PortalHelpdeskError).code).toBe('unknown-workflow');
    expect((error as PortalHelpdeskError).issues).toEqual([
      { path: ['machine'], message: 'Not a portal-helpdesk workflow machine' },
    ]);
  });
});

describe('assist session without a patient', () => {
  const { patient: _patient, ...withoutPatient } = sampleInputs.assist[
    'patient-browser-unknown'
  ] as AssistInput;

  it('starts with a valid practice', () => {
    expect(createWorkflowActor(assistMachine, withoutPatient).getSnapshot().value).toBe('reviewingPreChecks');
  });

  it.each([
    [{ timeZone: 'Mars/Olympus_Mons' }, ['practice', 'timeZone']],
    [{ minimumAge: 12 }, ['practice', 'minimumAge']],
  ])('still refuses a practice setting a task would reject (%o)', (change, path) => {
    const input = { ...withoutPatient, practice: { ...withoutPatient.practice, ...change } };
    try {
      createWorkflowActor(assistMachine, input);
      expect.unreachable();
    } catch (error) {
      expect((error as PortalHelpdeskError).code).toBe('invalid-input');
      expect((error as PortalHelpdeskError).issues[0]?.path).toEqual(path);
    }
  });
});
