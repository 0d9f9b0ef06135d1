import { describe, expect, it } from 'vitest';
import type { AnyActorRef } from 'xstate';
import { describeStep } from '../../src/guides/index.js';
import { es } from '../../src/locales/es/index.js';
import { sampleInputs, workflowPaths } from '../../src/testing/index.js';
import { assistMachine, createWorkflowActor, workflows } from '../../src/workflows/index.js';

/** The first object or array inside `value` that is not frozen, by its path; `null` when all are. */
function unfrozen(value: unknown, path = 'step'): string | null {
  if (typeof value !== 'object' || value === null) return null;
  if (!Object.isFrozen(value)) return path;
  for (const [key, inner] of Object.entries(value)) {
    const found = unfrozen(inner, `${path}.${key}`);
    if (found !== null) return found;
  }
  return null;
}

function triageSession(symptom: string) {
  const actor = createWorkflowActor(
    assistMachine,
    sampleInputs.assist['patient-browser-unknown'] as never,
  ).start();
  actor.send({ type: 'CONTINUE' });
  actor.send({ type: 'CHOOSE_SYMPTOM', symptom } as never);
  return actor;
}

describe('describeStep: a frozen result', () => {
  it.each(['profile-switch', 'security-setup'] as const)(
    'is deep-frozen plain data on every %s path',
    (id) => {
      for (const path of workflowPaths(id)) {
        const actor = createWorkflowActor(
          workflows[id].machine as never,
          path.input as never,
        ).start() as unknown as AnyActorRef;
        for (const event of path.events) actor.send(event);
        for (const options of [{}, { locale: es, audience: 'patient' } as const]) {
          const step = describeStep(actor, options);
          expect(unfrozen(step), path.finalState).toBeNull();
          expect(JSON.parse(JSON.stringify(step))).toEqual(step);
        }
        actor.stop();
      }
    },
  );

  it('freezes the running task, the triage question and the fix step too', () => {
    const running = createWorkflowActor(
      assistMachine,
      sampleInputs.assist['patient-browser-unknown'] as never,
    ).start();
    running.send({ type: 'CONTINUE' });
    running.send({ type: 'CHOOSE_TASK', task: 'security-setup' });
    expect(describeStep(running).task).not.toBeNull();
    expect(unfrozen(describeStep(running))).toBeNull();
    const triage = triageSession('child-under-13');
    expect(describeStep(triage).triage?.question).not.toBeNull();
    expect(unfrozen(describeStep(triage))).toBeNull();
  });

  it("a host changing one view's answer limits cannot change the next view's", () => {
    const first = describeStep(triageSession('child-under-13')).triage?.question?.answer;
    expect(first).toEqual({ type: 'text', maxLength: 10, format: 'date' });
    expect(() => {
      (first as { maxLength: number }).maxLength = 0;
    }).toThrow(TypeError);
    const again = describeStep(triageSession('no-invitation-email')).triage?.question?.answer;
    expect(again).toEqual({ type: 'text', maxLength: 10, format: 'date' });
  });
});
