import { describe, expect, it } from 'vitest';
import { causeFixes, type TriageCauseCode } from '../../src/rules/index.js';
import { isWorkflowId, workflows } from '../../src/workflows/index.js';
import { restingLeaves } from './state-nodes.js';

const workflowFixes = (Object.keys(causeFixes) as TriageCauseCode[]).flatMap((code) => {
  const fix = causeFixes[code];
  return fix.kind === 'workflow' ? [{ code, ...fix }] : [];
});

describe('the triage fixes point at real workflow steps', () => {
  it.each(workflowFixes)('$code -> $workflow / $state', ({ workflow, state, step }) => {
    // A renamed workflow or state, or a state whose step changed, fails here.
    expect(isWorkflowId(workflow)).toBe(true);
    if (!isWorkflowId(workflow)) return;
    const leaf = restingLeaves(workflows[workflow].machine).find((candidate) => candidate.id === state);
    expect(leaf, `${workflow} has no resting state ${state}`).toBeDefined();
    expect((leaf?.node.meta as { guide?: string } | undefined)?.guide).toBe(step);
  });

  it('has a fix for every workflow cause', () => {
    expect(workflowFixes.length).toBeGreaterThan(15);
  });
});
