import { describe, expect, it } from 'vitest';
import { describeStep } from '../../src/guides/index.js';
import { sampleInputs } from '../../src/testing/index.js';
import { assistMachine, createWorkflowActor } from '../../src/workflows/index.js';

describe('assist session: a refusal does not outlive the session', () => {
  it.each([
    [
      'a family member born in the future',
      {
        type: 'CHOOSE_TASK',
        task: 'registration',
        user: { role: 'family-member', displayName: 'Sam Rivera', birthDate: '2099-01-20' },
      },
      'invalid-user-details',
    ],
    [
      'a symptom the practice does not offer',
      { type: 'CHOOSE_SYMPTOM', symptom: 'forgot-password' },
      'triage-refused',
    ],
  ] as const)('ended after %s: the final step shows no problem', (_, refused, problem) => {
    const input = structuredClone(sampleInputs.assist['patient-browser-unknown']);
    if (!input) throw new Error('sample input missing');
    const actor = createWorkflowActor(assistMachine, {
      ...input,
      practice: { ...input.practice, triageSymptoms: ['code-not-received'] },
    }).start();
    actor.send({ type: 'CONTINUE' });
    actor.send(refused);
    expect(describeStep(actor).problem).toBe(problem);
    actor.send({ type: 'END_SESSION' });
    const step = describeStep(actor);
    expect(step.stateId).toBe('ended');
    expect(step.problem).toBeNull();
    expect(step.outcome).toEqual({ status: 'completed', reason: null });
  });
});
