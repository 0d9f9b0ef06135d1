import { describe, expect, it } from 'vitest';
import { type WorkflowPath, workflowPaths } from '../../src/testing/index.js';
import { type AssistSummary, assistTasks } from '../../src/workflows/index.js';

const assist = workflowPaths('assist');
const summaries = assist.filter((path) => path.status === 'done').map((path) => path.output as AssistSummary);

/** The last event of a type on a path. */
function lastEvent(path: WorkflowPath, type: string): unknown {
  return [...path.events].reverse().find((event) => event.type === type);
}

function lastOutcomes(task: string): Set<string> {
  return new Set(
    summaries.flatMap((summary) => {
      const last = summary.tasks.at(-1);
      return last?.task === task ? [last.outcome] : [];
    }),
  );
}

describe('workflowPaths: the assist session', () => {
  it('ends a summary with every way each task can end, switching away included', () => {
    for (const task of assistTasks) {
      expect([...lastOutcomes(task)].sort(), task).toEqual(
        expect.arrayContaining(['abandoned', 'completed', 'switched']),
      );
    }
  });

  it('ends a summary with every diagnosis the diagnosis step is reached with', () => {
    const diagnosed = assist.filter((path) => path.finalState === 'diagnosis');
    expect(diagnosed.length).toBeGreaterThan(0);
    const symptoms = new Set(
      diagnosed.map((path) => (lastEvent(path, 'CHOOSE_SYMPTOM') as { symptom: string }).symptom),
    );
    const summarised = new Set(summaries.flatMap((summary) => summary.diagnoses.map((d) => d.symptom)));
    expect([...summarised].sort()).toEqual([...symptoms].sort());
  });

  it('keys the task list by what steers it, not by the history behind it', () => {
    // A finished task makes a new task list only when it changed what the session decides from:
    // a registration (the patient is registered now). Its outcome shows on the finished step and
    // in the summary, not on the task list.
    const afterFinish = assist.filter(
      (path) => path.finalState === 'choosingTask' && path.states.at(-2) === 'taskFinished',
    );
    expect(afterFinish.length).toBeGreaterThan(0);
    for (const path of afterFinish) {
      const done = lastEvent(path, 'xstate.done.actor.task') as {
        output: { status: string };
      };
      const chosen = lastEvent(path, 'CHOOSE_TASK') as { task: string };
      expect([chosen.task, done.output.status]).toEqual(['registration', 'registered']);
    }
  });
});
