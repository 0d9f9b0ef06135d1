import { describe, expect, it } from 'vitest';
import { buildGuide, describeStep } from '../../src/guides/index.js';
import { es } from '../../src/locales/es/index.js';
import { sampleInputs } from '../../src/testing/index.js';
import { assistMachine, createWorkflowActor } from '../../src/workflows/index.js';

const plain = (text: readonly { text: string }[]) => text.map((segment) => segment.text).join('');

describe('an assist task refused for the patient’s age: live and printed say the same', () => {
  it.each([
    ['en', {}, 'until'],
    ['es', { locale: es }, 'hasta el'],
  ] as const)('%s: the date the patient turns old enough, given the birth date', (_, options, until) => {
    const input = sampleInputs.assist['child-patient'];
    if (!input?.patient) throw new Error('sample input missing');
    const actor = createWorkflowActor(assistMachine, input).start();
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'CHOOSE_TASK', task: 'registration' });
    const live = describeStep(actor, options);
    actor.stop();
    expect(live.stateId).toBe('taskBlocked');
    expect(live.problem).toBe('patient-under-minimum-age');
    const eligibleOn = actor.getSnapshot().context.preChecks.eligibility?.eligibleOn;
    expect(plain(live.instructions)).toContain(`${until} ${eligibleOn}`);
    const guide = (birthDate: boolean) =>
      buildGuide(
        'assist',
        { task: 'registration' },
        {
          ...options,
          patientName: input.patient?.displayName ?? '',
          now: String(input.now),
          practice: { timeZone: input.practice.timeZone },
          ...(birthDate ? { patientBirthDate: input.patient?.birthDate ?? '' } : {}),
        },
      ).steps.find((step) => step.states.includes('taskBlocked'));
    expect(guide(true)?.text).toEqual(live.instructions);
    // Without a real birth date a printed guide gives no date.
    expect(plain(guide(false)?.text ?? [])).not.toContain(until);
  });
});
