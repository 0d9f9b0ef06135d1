import { describe, expect, it } from 'vitest';
import { describeStep } from '../../src/guides/index.js';
import { sampleInputs } from '../../src/testing/index.js';
import { type AssistInput, assistMachine, createWorkflowActor } from '../../src/workflows/index.js';

function choosingTask(triageSymptoms?: AssistInput['practice']['triageSymptoms']) {
  const input = structuredClone(sampleInputs.assist['patient-browser-unknown']);
  if (!input) throw new Error('sample input missing');
  const practice = triageSymptoms === undefined ? input.practice : { ...input.practice, triageSymptoms };
  const actor = createWorkflowActor(assistMachine, { ...input, practice }).start();
  actor.send({ type: 'CONTINUE' });
  return actor;
}

const symptomsOf = (actor: ReturnType<typeof choosingTask>) =>
  describeStep(actor).events.find((event) => event.type === 'CHOOSE_SYMPTOM')?.payload.symptom;

describe("describeStep: CHOOSE_SYMPTOM offers the practice's symptoms only", () => {
  it('lists the symptoms of the policy, in its order, each of them accepted', () => {
    const offered = ['code-not-received', 'forgot-password'] as const;
    expect(symptomsOf(choosingTask([...offered]))).toEqual({ oneOf: offered });
    for (const symptom of offered) {
      const actor = choosingTask([...offered]);
      actor.send({ type: 'CHOOSE_SYMPTOM', symptom });
      expect(actor.getSnapshot().context.problem).toBeNull();
      expect(actor.getSnapshot().value).not.toBe('choosingTask');
    }
    // One the policy leaves out is refused, as the list says.
    const refused = choosingTask([...offered]);
    refused.send({ type: 'CHOOSE_SYMPTOM', symptom: 'cannot-see-family-record' });
    expect(refused.getSnapshot().context.problem).toBe('triage-refused');
  });

  it('lists every symptom without a policy, and no CHOOSE_SYMPTOM with an empty one', () => {
    const all = symptomsOf(choosingTask());
    expect(typeof all === 'object' && all.oneOf).toContain('cannot-see-family-record');
    const none = choosingTask([]);
    expect(describeStep(none).events.map((event) => event.type)).not.toContain('CHOOSE_SYMPTOM');
    expect(describeStep(none).events.map((event) => event.type)).toContain('CHOOSE_TASK');
  });
});
