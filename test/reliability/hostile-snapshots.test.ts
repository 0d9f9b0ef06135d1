import { describe, expect, it } from 'vitest';
import { sampleInputs } from '../../src/testing/index.js';
import {
  assistMachine,
  createWorkflowActor,
  familyAccessMachine,
  type PersistedSession,
  persistSession,
  profileSwitchMachine,
  registrationMachine,
  relationshipMachine,
  restoreSession,
  securitySetupMachine,
} from '../../src/workflows/index.js';
import { thrown } from '../helpers/thrown.js';

// Hand-edited sessions that put a workflow where its facts do not let it be: each was accepted
// before (a security review found them) and must now be refused, without echoing what was edited.

type Editable = PersistedSession & {
  snapshot: {
    value: unknown;
    status: string;
    context: Record<string, unknown>;
    children: Record<string, { snapshot: { value: unknown; context: Record<string, unknown> } }>;
  };
};

type Machine = Parameters<typeof restoreSession>[0];

function sessionOf(machine: Machine, input: unknown, events: readonly Record<string, unknown>[]): Editable {
  const actor = createWorkflowActor(machine as never, input as never).start();
  for (const event of events) (actor as { send(event: unknown): void }).send(event);
  const saved = JSON.parse(JSON.stringify(persistSession(actor))) as Editable;
  actor.stop();
  return saved;
}

/** Restores the untouched session, then the edited one, which must be refused without its values. */
function refusesEdit(machine: Machine, saved: Editable, edit: (session: Editable) => void, secret?: string) {
  expect(() => restoreSession(machine, structuredClone(saved))).not.toThrow();
  const edited = structuredClone(saved);
  edit(edited);
  const error = thrown(() => restoreSession(machine, edited));
  expect(error.code).toBe('invalid-snapshot');
  if (secret !== undefined)
    expect(JSON.stringify({ m: error.message, i: error.issues })).not.toContain(secret);
}

const assistInput = (name: string) => {
  const input = sampleInputs.assist[name];
  if (input === undefined) throw new Error(`missing sample ${name}`);
  return input;
};
const created = {
  type: 'CREATE_ACCOUNT',
  emailConfirmed: true,
  passwordEnteredTwice: true,
  termsAccepted: true,
};

describe('assist: the pre-checks are run again on the stored session', () => {
  const child = sessionOf(assistMachine, assistInput('child-patient'), [{ type: 'CONTINUE' }]);

  it('refuses an under-age patient made eligible by hand', () => {
    refusesEdit(assistMachine, child, (s) => {
      (s.snapshot.context.preChecks as Record<string, unknown>).eligibility = {
        eligible: true,
        reason: 'eligible',
        eligibleOn: null,
      };
    });
  });

  it('refuses a portal address that is not the practice setting, and does not echo it', () => {
    const secret = 'javascript:alert(document.cookie)';
    refusesEdit(
      assistMachine,
      child,
      (s) => {
        (s.snapshot.context.preChecks as Record<string, unknown>).portalUrl = secret;
      },
      secret,
    );
  });

  it('refuses a phone verification running for a 9-year-old', () => {
    const adult = sessionOf(assistMachine, assistInput('patient-browser-unknown'), [
      { type: 'CONTINUE' },
      { type: 'CHOOSE_TASK', task: 'phone-verification' },
    ]);
    expect(adult.snapshot.value).toEqual({ runningTask: 'phoneVerification' });
    refusesEdit(assistMachine, adult, (s) => {
      const session = s.snapshot.context.session as { patient: Record<string, unknown> };
      session.patient.birthDate = (assistInput('child-patient').patient as { birthDate: string }).birthDate;
      (s.snapshot.context.preChecks as Record<string, unknown>).eligibility = {
        eligible: true,
        reason: 'eligible',
        eligibleOn: null,
      };
    });
  });

  it('refuses staff on Internet Explorer in the pre-check step that offers "Log in to Portal as Patient"', () => {
    const ie = sessionOf(assistMachine, assistInput('staff-on-internet-explorer'), []);
    expect(ie.snapshot.value).toBe('reviewingPreChecksWithoutPortalLogin');
    refusesEdit(assistMachine, ie, (s) => {
      s.snapshot.value = 'reviewingPreChecks';
    });
  });

  it('refuses a registered patient recorded as not registered, and a registration started for them', () => {
    const registered = sessionOf(assistMachine, assistInput('already-registered'), [{ type: 'CONTINUE' }]);
    refusesEdit(assistMachine, registered, (s) => {
      (s.snapshot.context.preChecks as Record<string, unknown>).portalStatus = 'not-registered';
    });
    const running = sessionOf(assistMachine, assistInput('patient-browser-unknown'), [
      { type: 'CONTINUE' },
      { type: 'CHOOSE_TASK', task: 'registration' },
    ]);
    refusesEdit(assistMachine, running, (s) => {
      const session = s.snapshot.context.session as { patient: Record<string, unknown> };
      session.patient.portalStatus = 'registered';
      (s.snapshot.context.preChecks as Record<string, unknown>).portalStatus = 'registered';
    });
  });

  it('refuses a made-up history: a completed registration for a child, a free-text reason, an unknown cause', () => {
    const finished = sessionOf(assistMachine, assistInput('child-patient'), [
      { type: 'CONTINUE' },
      { type: 'CHOOSE_TASK', task: 'secure-message', startedFrom: 'home-page' },
      { type: 'END_SESSION' },
    ]);
    refusesEdit(assistMachine, finished, (s) => {
      (s.snapshot.context.outcomes as unknown[]).push({
        task: 'registration',
        outcome: 'completed',
        reason: null,
      });
    });
    const secret = 'Jordan Rivera was here';
    refusesEdit(
      assistMachine,
      finished,
      (s) => {
        (s.snapshot.context.outcomes as unknown[]).push({
          task: 'relationship',
          outcome: 'blocked',
          reason: secret,
        });
      },
      secret,
    );
    refusesEdit(assistMachine, finished, (s) => {
      s.snapshot.context.diagnoses = [{ symptom: 'forgot-password', causes: ['message-too-long'] }];
    });
  });

  it('refuses a history the step has not had: a finished task with none finished, pre-checks after a task', () => {
    const choosing = sessionOf(assistMachine, assistInput('patient-browser-unknown'), [{ type: 'CONTINUE' }]);
    refusesEdit(assistMachine, choosing, (s) => {
      s.snapshot.value = 'taskFinished';
    });
    const finished = sessionOf(assistMachine, assistInput('patient-browser-unknown'), [
      { type: 'CONTINUE' },
      { type: 'CHOOSE_TASK', task: 'security-setup' },
      { type: 'CHOOSE_QUESTION' },
      { type: 'SAVE_ANSWER', answer: 'Maple Street' },
    ]);
    expect(finished.snapshot.value).toBe('taskFinished');
    refusesEdit(assistMachine, finished, (s) => {
      s.snapshot.value = 'reviewingPreChecks';
    });
    refusesEdit(assistMachine, finished, (s) => {
      (s.snapshot.context.outcomes as Record<string, unknown>[])[0] = {
        task: 'security-setup',
        outcome: 'switched',
        reason: null,
      };
    });
  });

  it('refuses a fix step that no diagnosis gave', () => {
    const running = sessionOf(assistMachine, assistInput('patient-browser-unknown'), [
      { type: 'CONTINUE' },
      { type: 'CHOOSE_TASK', task: 'security-setup' },
    ]);
    refusesEdit(assistMachine, running, (s) => {
      s.snapshot.context.fixStep = {
        task: 'security-setup',
        state: 'enteringCode',
        step: 'security.enterCode',
      };
    });
  });
});

describe('assist: a running task holds the facts the session hands it', () => {
  it('refuses a registration task for another patient, clock or minimum age', () => {
    const running = sessionOf(assistMachine, assistInput('patient-browser-unknown'), [
      { type: 'CONTINUE' },
      { type: 'CHOOSE_TASK', task: 'registration' },
    ]);
    const task = (s: Editable) => s.snapshot.children.task?.snapshot.context ?? {};
    refusesEdit(assistMachine, running, (s) => {
      (task(s).patient as Record<string, unknown>).displayName = 'Someone Else';
    });
    refusesEdit(assistMachine, running, (s) => {
      task(s).now = '2020-01-01T00:00:00.000Z';
    });
    refusesEdit(assistMachine, running, (s) => {
      task(s).minimumAge = 18;
    });
  });

  it('refuses a message task with a larger policy or a provider the practice does not have', () => {
    const running = sessionOf(assistMachine, assistInput('patient-browser-unknown'), [
      { type: 'CONTINUE' },
      { type: 'CHOOSE_TASK', task: 'secure-message', startedFrom: 'home-page' },
    ]);
    const task = (s: Editable) => s.snapshot.children.task?.snapshot.context ?? {};
    refusesEdit(assistMachine, running, (s) => {
      task(s).policy = { maxLength: 1_000_000, maxAttachments: 10_000 };
    });
    refusesEdit(assistMachine, running, (s) => {
      (task(s).providers as unknown[]).push({ id: 'x', name: 'Dr. Nobody', departments: [] });
    });
  });

  it('refuses a profile switch listing someone else’s family', () => {
    const running = sessionOf(assistMachine, assistInput('patient-browser-unknown'), [
      { type: 'CONTINUE' },
      { type: 'CHOOSE_TASK', task: 'profile-switch' },
    ]);
    refusesEdit(assistMachine, running, (s) => {
      const context = s.snapshot.children.task?.snapshot.context ?? {};
      context.familyProfiles = [{ id: 'other-1', displayName: 'Not Family' }];
    });
  });
});

describe('registration and family access: the nested steps keep their own rules', () => {
  const input = sampleInputs.registration['adult-invitation'];
  const atQuestion = sessionOf(registrationMachine, input, [
    { type: 'OPEN_LINK' },
    created,
    { type: 'CHOOSE_QUESTION' },
    { type: 'SAVE_ANSWER', answer: 'Maple Street' },
  ]);

  it('refuses verification of a phone of record that does not exist', () => {
    expect(atQuestion.snapshot.value).toEqual({ phoneVerification: 'choosingDelivery' });
    refusesEdit(registrationMachine, atQuestion, (s) => {
      s.snapshot.value = { phoneVerification: 'enteringCode' };
      Object.assign(s.snapshot.context, { phoneOfRecord: null, securityMethod: 'text' });
    });
  });

  it('refuses a code step with no option chosen, and a verified phone before security setup', () => {
    const atText = sessionOf(registrationMachine, input, [
      { type: 'OPEN_LINK' },
      created,
      { type: 'CHOOSE_TEXT' },
    ]);
    refusesEdit(registrationMachine, atText, (s) => {
      s.snapshot.value = { security: 'enteringCode' };
      s.snapshot.context.securityMethod = null;
    });
    const atPassword = sessionOf(registrationMachine, input, [{ type: 'OPEN_LINK' }]);
    refusesEdit(registrationMachine, atPassword, (s) => {
      s.snapshot.context.phoneVerified = true;
    });
  });

  it('refuses an under-age block for an adult, in registration, relationship and family access', () => {
    const child = sessionOf(registrationMachine, sampleInputs.registration['child-invitation'], []);
    expect(child.snapshot.value).toBe('blockedUnderAge');
    refusesEdit(registrationMachine, child, (s) => {
      (s.snapshot.context.patient as Record<string, unknown>).birthDate = '1988-05-04';
    });
    const manager = sessionOf(relationshipMachine, sampleInputs.relationship.adult, [
      { type: 'I_MANAGE_ACCOUNT' },
      {
        type: 'SUBMIT_MANAGER_DETAILS',
        name: 'Sam Rivera',
        email: 'sam@example.test',
        birthDate: '2020-02-03',
      },
    ]);
    expect(manager.snapshot.value).toBe('blockedUnderAge');
    refusesEdit(relationshipMachine, manager, (s) => {
      (s.snapshot.context.underAge as Record<string, unknown>).eligibleOn = 'garbage!!';
    });
    const caregiver = sessionOf(familyAccessMachine, sampleInputs['family-access'].child, [
      { type: 'ACCESS_SET_UP', caregiverBirthDate: '2020-02-03' },
    ]);
    expect(caregiver.snapshot.value).toBe('blockedUnderAge');
    refusesEdit(familyAccessMachine, caregiver, (s) => {
      (s.snapshot.context.user as Record<string, unknown>).birthDate = '1970-01-01';
    });
  });
});

describe('the stored clock', () => {
  it('refuses a clock that is not an instant as toISOString writes it, in every workflow that stores one', () => {
    const sessions: [Machine, Editable][] = [
      [relationshipMachine, sessionOf(relationshipMachine, sampleInputs.relationship.adult, [])],
      [
        registrationMachine,
        sessionOf(registrationMachine, sampleInputs.registration['adult-invitation'], []),
      ],
      [familyAccessMachine, sessionOf(familyAccessMachine, sampleInputs['family-access'].child, [])],
    ];
    for (const [machine, saved] of sessions) {
      // Read by `new Date` in the host's time zone, or not at all: "today" would move with the host.
      for (const now of ['2026-03-11T02:00:00', 'March 10, 2026', '2026-02-30T10:00:00Z', '2026-03-10']) {
        refusesEdit(machine, saved, (s) => {
          s.snapshot.context.now = now;
        });
      }
    }
  });
});

describe('the smaller workflows', () => {
  it('security setup: refuses a phone step that does not fit the option', () => {
    const saved = sessionOf(securitySetupMachine, sampleInputs['security-setup'].default, [
      { type: 'CHOOSE_CALL' },
    ]);
    refusesEdit(securitySetupMachine, saved, (s) => {
      s.snapshot.value = 'enteringPhoneForText';
    });
  });

  it('profile switch: refuses a profile that is not listed, and viewing one without a switch', () => {
    const input = sampleInputs['profile-switch']['with-family'];
    const viewing = sessionOf(profileSwitchMachine, input, [
      { type: 'OPEN_MENU' },
      { type: 'SWITCH_TO', profileId: 'pat-1002' },
    ]);
    expect(viewing.snapshot.value).toBe('familyMemberProfile');
    refusesEdit(profileSwitchMachine, viewing, (s) => {
      s.snapshot.context.viewing = 'someone-else';
      s.snapshot.context.familyProfiles = [];
    });
    const menu = sessionOf(profileSwitchMachine, input, [{ type: 'OPEN_MENU' }]);
    refusesEdit(profileSwitchMachine, menu, (s) => {
      s.snapshot.context.viewing = 'pat-1002';
    });
    refusesEdit(profileSwitchMachine, menu, (s) => {
      s.snapshot.context.problem = '<script>alert(1)</script>';
    });
  });
});

/** A security setup session that records the events it refuses. */
function securitySetupRecordingRefusals() {
  const refusals: unknown[] = [];
  const actor = createWorkflowActor(
    securitySetupMachine,
    { defaultCountry: 'US' },
    { onEventRefused: (refusal) => refusals.push(refusal) },
  ).start();
  return { actor, refusals };
}

describe('payloads that are not plain data', () => {
  it('an event whose getter throws is refused and reported, never thrown at the host', () => {
    const { actor, refusals } = securitySetupRecordingRefusals();
    actor.send({ type: 'CHOOSE_TEXT' });
    const hostile = {
      type: 'SEND_CODE',
      get phone(): string {
        throw new Error('host secret 555-0100');
      },
    };
    expect(() => actor.send(hostile as never)).not.toThrow();
    expect(actor.getSnapshot().value).toBe('enteringPhoneForText');
    expect(refusals).toHaveLength(1);
    expect(JSON.stringify(refusals)).not.toContain('555-0100');
    actor.stop();
  });

  it('an event is read once: a getter cannot pass the check with one value and reach the machine with another', () => {
    const actor = createWorkflowActor(securitySetupMachine, { defaultCountry: 'US' }).start();
    actor.send({ type: 'CHOOSE_QUESTION' });
    let reads = 0;
    const shifty = {
      type: 'SAVE_ANSWER',
      get answer(): unknown {
        reads += 1;
        return reads === 1 ? 'Maple Street' : { not: 'a string' };
      },
    };
    actor.send(shifty as never);
    expect(reads).toBe(1);
    expect(actor.getSnapshot().value).toBe('done');
    actor.stop();
  });

  it('an event nested deeper than any event is refused', () => {
    const { actor, refusals } = securitySetupRecordingRefusals();
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 50; i++) deep = { inner: deep };
    actor.send({ type: 'CHOOSE_TEXT', extra: deep } as never);
    expect(actor.getSnapshot().value).toBe('choosingOption');
    expect(refusals).toHaveLength(1);
    actor.stop();
  });

  it('a saved session whose getter throws, or that is not JSON, is an invalid snapshot', () => {
    const saved = sessionOf(securitySetupMachine, sampleInputs['security-setup'].default, []);
    const hostile = {
      ...saved,
      get snapshot(): unknown {
        throw new Error('host secret');
      },
    };
    expect(thrown(() => restoreSession(securitySetupMachine, hostile)).code).toBe('invalid-snapshot');
    const cyclic: Record<string, unknown> = { ...saved };
    cyclic.self = cyclic;
    expect(thrown(() => restoreSession(securitySetupMachine, cyclic)).code).toBe('invalid-snapshot');
    expect(thrown(() => restoreSession(securitySetupMachine, { ...saved, n: 1n })).code).toBe(
      'invalid-snapshot',
    );
  });
});

describe('sessions a host reaches with valid events still restore', () => {
  const restores = (machine: Machine, saved: Editable) =>
    expect(() => restoreSession(machine, saved)).not.toThrow();

  it('a message begun on the Messages page that starts over from the home page', () => {
    restores(
      assistMachine,
      sessionOf(assistMachine, assistInput('patient-browser-unknown'), [
        { type: 'CONTINUE' },
        { type: 'CHOOSE_TASK', task: 'secure-message', startedFrom: 'messages-page' },
        { type: 'START_FROM_HOME_PAGE' },
      ]),
    );
  });

  it('a family member registering on the relationship page who types an under-age manager', () => {
    const base = sampleInputs.registration['adult-lab-result'];
    const input = {
      ...base,
      patient: { ...base?.patient, portalAccountsPhone: '(201) 555-0166' },
      user: { role: 'family-member', birthDate: '1987-07-14' },
    };
    const saved = sessionOf(registrationMachine, input, [
      { type: 'OPEN_LINK' },
      created,
      { type: 'CHOOSE_QUESTION' },
      { type: 'SAVE_ANSWER', answer: 'Maple Street' },
      { type: 'CHOOSE_TEXT' },
      { type: 'VERIFY', accepted: true },
      { type: 'I_MANAGE_ACCOUNT' },
      {
        type: 'SUBMIT_MANAGER_DETAILS',
        name: 'Sam Rivera',
        email: 'sam@example.test',
        birthDate: '2015-01-20',
      },
    ]);
    expect(saved.snapshot.value).toBe('blockedUnderAge');
    restores(registrationMachine, saved);
  });

  it.each([13, 14, 16, 18])(
    'a manager born on 29 February, the practice’s today, minimum age %i',
    (minimumAge) => {
      const adult = sampleInputs.relationship.adult;
      const input = {
        ...adult,
        now: '2028-03-01T03:30:00Z',
        practice: { timeZone: 'America/New_York', minimumAge },
      };
      const saved = sessionOf(relationshipMachine, input, [
        { type: 'I_MANAGE_ACCOUNT' },
        {
          type: 'SUBMIT_MANAGER_DETAILS',
          name: 'Sam Rivera',
          email: 'sam@example.test',
          birthDate: '2028-02-29',
        },
      ]);
      expect(saved.snapshot.value).toBe('blockedUnderAge');
      restores(relationshipMachine, saved);
    },
  );
});
