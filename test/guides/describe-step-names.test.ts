import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import { buildGuide, describeStep } from '../../src/guides/index.js';
import { es } from '../../src/locales/es/index.js';
import { sampleInputs } from '../../src/testing/index.js';
import {
  assistMachine,
  createWorkflowActor,
  profileSwitchMachine,
  relationshipMachine,
} from '../../src/workflows/index.js';

const plain = (text: readonly { text: string }[]) => text.map((segment) => segment.text).join('');

// `$&`, `$'`, `` $` `` and `$$` are replacement patterns of String.prototype.replaceAll.
const names = ['Ke$ha Rivera', 'Ana $& Rivera', "Ana $' Rivera", 'Ana $` Rivera', 'Ana $$ Rivera'];

describe('describeStep: names are filled in as they are written', () => {
  it.each(names)('%s in the portal labels, live and printed, in both languages', (name) => {
    const input = sampleInputs.relationship.adult;
    if (!input) throw new Error('sample input missing');
    const actor = createWorkflowActor(relationshipMachine, {
      ...input,
      patient: { ...input.patient, displayName: name },
    }).start();
    const english = describeStep(actor);
    expect(english.labels.slice(0, 2)).toEqual([`I am ${name}`, `I manage ${name}'s account`]);
    expect(plain(english.instructions)).toContain(`I am ${name}`);
    for (const options of [{}, { locale: es, labels: 'translated' } as const]) {
      const live = describeStep(actor, options);
      const printed = buildGuide('relationship', {}, { ...options, patientName: name }).steps[0];
      expect(printed?.labels).toEqual(live.labels);
      expect(printed?.text).toEqual(live.instructions);
      expect(live.labels.filter((label) => label.includes(name))).toHaveLength(2);
      expect(plain(live.instructions).split(name)).toHaveLength(3);
    }
    actor.stop();
  });
});

describe('describeStep: the family member whose profile is open', () => {
  it.each([
    ['en', {}],
    ['es', { locale: es, audience: 'patient', labels: 'translated' }],
  ] as const)(
    '%s: is named as the printed guide names them, alone and in an assist session',
    (_, options) => {
      const input = sampleInputs['profile-switch']['with-family'];
      if (!input) throw new Error('sample input missing');
      const [profile] = input.familyProfiles;
      if (!profile) throw new Error('sample has a family profile');
      const printed = buildGuide(
        'profile-switch',
        { profile: 'family-member' },
        { ...options, familyMemberName: profile.displayName },
      ).steps.find((step) => step.states.includes('familyMemberProfile'));
      const actor = createWorkflowActor(profileSwitchMachine, input).start();
      actor.send({ type: 'OPEN_MENU' });
      actor.send({ type: 'SWITCH_TO', profileId: profile.id });
      const live = describeStep(actor, options);
      expect(live.stateId).toBe('familyMemberProfile');
      expect(plain(live.instructions)).toContain(profile.displayName);
      expect(live.instructions).toEqual(printed?.text);
      // A name given by the caller still wins.
      expect(
        plain(describeStep(actor, { ...options, familyMemberName: 'Leo Rivera' }).instructions),
      ).toContain('Leo Rivera');
      actor.stop();
      // In a session, the finished task's last snapshot, as the element keeps it from `inspect`.
      let finished: AnyMachineSnapshot | undefined;
      const session = createWorkflowActor(
        assistMachine,
        sampleInputs.assist['patient-browser-unknown'] as never,
        {
          inspect: (event) => {
            const snapshot =
              event.type === '@xstate.snapshot' ? (event.snapshot as AnyMachineSnapshot) : null;
            if (snapshot?.status === 'done' && event.actorRef.sessionId !== event.rootId) finished = snapshot;
          },
        },
      ).start();
      const [member] = session.getSnapshot().context.session.patient?.familyProfiles ?? [];
      if (!member) throw new Error('sample patient has a family profile');
      session.send({ type: 'CONTINUE' });
      session.send({ type: 'CHOOSE_TASK', task: 'profile-switch' });
      session.send({ type: 'OPEN_MENU' });
      session.send({ type: 'SWITCH_TO', profileId: member.id });
      expect(session.getSnapshot().value).toBe('taskFinished');
      if (finished === undefined) throw new Error('the task did not finish');
      const task = describeStep(finished, options);
      expect(task.stateId).toBe('familyMemberProfile');
      expect(plain(task.instructions)).toContain(member.displayName);
      session.stop();
    },
  );
});
