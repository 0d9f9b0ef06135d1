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

  // "The code never came" and an out-of-date phone go where the patient can act on them (issue 13).
  it.each([
    ['new-code-needed', ['RESEND_CODE', 'SWITCH_TO_CALL', 'CHANGE_NUMBER']],
    ['new-verification-code-needed', ['RESEND_CODE', 'SWITCH_TO_CALL', 'PHONE_OUT_OF_DATE']],
    ['phone-of-record-out-of-date', ['PHONE_OF_RECORD_UPDATED']],
  ] as const)('%s points at a state that accepts %j', (code, events) => {
    const fix = causeFixes[code];
    if (fix.kind !== 'workflow' || !isWorkflowId(fix.workflow))
      throw new Error(`${code} has no workflow fix`);
    const leaf = restingLeaves(workflows[fix.workflow].machine).find(
      (candidate) => candidate.id === fix.state,
    );
    expect(Object.keys(leaf?.node.on ?? {})).toEqual(expect.arrayContaining([...events]));
  });

  it('sends a child under 13 and a family member who manages the account to family access', () => {
    for (const code of ['under-minimum-age', 'register-as-manager', 'manager-under-age'] as const)
      expect(causeFixes[code]).toMatchObject({ kind: 'workflow', workflow: 'family-access' });
  });

  it('has a fix for every workflow cause', () => {
    expect(workflowFixes.length).toBeGreaterThan(15);
  });
});
