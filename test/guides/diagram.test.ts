import { describe, expect, it } from 'vitest';
import type { AnyStateNode } from 'xstate';
import { toMermaid } from '../../src/guides/index.js';
import { isPortalHelpdeskError } from '../../src/index.js';
import { type WorkflowId, workflowIds, workflows } from '../../src/workflows/index.js';
import { restingLeaves } from '../workflows/state-nodes.js';

const mermaidId = (dottedId: string) => dottedId.replaceAll('.', '_');

/** Every state of a machine, transient ones included, as dotted ids. */
function allStates(node: AnyStateNode, prefix = ''): string[] {
  return Object.entries(node.states).flatMap(([key, child]) => {
    const id = prefix ? `${prefix}.${key}` : key;
    return [id, ...allStates(child, id)];
  });
}

const ID = String.raw`\w+`;
const linePatterns = [
  /^stateDiagram-v2$/,
  new RegExp(String.raw`^\[\*\] --> ${ID}$`),
  new RegExp(String.raw`^${ID} --> \[\*\]$`),
  new RegExp(String.raw`^${ID} --> ${ID} : [^:;#\n]+$`),
  new RegExp(`^state "[^"]+" as ${ID}$`),
  new RegExp(String.raw`^state ${ID} \{$`),
  /^\}$/,
  new RegExp(`^${ID}$`),
];

describe.each(workflowIds)('toMermaid(%s)', (workflowId) => {
  const machine = workflows[workflowId].machine;
  const diagram = toMermaid(workflowId);
  const lines = diagram.trimEnd().split('\n');

  it('starts with stateDiagram-v2 and ends with a newline', () => {
    expect(diagram.startsWith('stateDiagram-v2\n')).toBe(true);
    expect(diagram.endsWith('\n')).toBe(true);
  });

  it('declares every resting state, and every other state too', () => {
    const declared = new Set(
      lines
        .map((line) => line.trim().match(/^(?:state "[^"]+" as |state )?(\w+)(?: \{)?$/)?.[1])
        .filter(Boolean),
    );
    for (const leaf of restingLeaves(machine)) expect(declared.has(mermaidId(leaf.id)), leaf.id).toBe(true);
    for (const id of allStates(machine.root)) expect(declared.has(mermaidId(id)), id).toBe(true);
  });

  it('writes only lines Mermaid state diagrams accept, with balanced blocks', () => {
    let depth = 0;
    for (const line of lines) {
      const trimmed = line.trim();
      expect(
        linePatterns.some((pattern) => pattern.test(trimmed)),
        line,
      ).toBe(true);
      if (trimmed.endsWith('{')) depth += 1;
      if (trimmed === '}') depth -= 1;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  it('only links states it declares', () => {
    const declared = new Set(
      lines.map((line) => line.trim().match(/^(?:state "[^"]+" as |state )?(\w+)(?: \{)?$/)?.[1]),
    );
    for (const line of lines) {
      const edge = line.trim().match(/^(\S+) --> (\S+)/);
      if (!edge) continue;
      for (const end of [edge[1], edge[2]]) if (end !== '[*]') expect(declared.has(end), line).toBe(true);
    }
  });

  it('sends every final state of the machine to [*]', () => {
    const finals = restingLeaves(machine).filter((leaf) => leaf.node.type === 'final');
    for (const final of finals) expect(diagram).toContain(`${mermaidId(final.id)} --> [*]`);
  });

  it('is deterministic', () => {
    expect(toMermaid(workflowId)).toBe(diagram);
    expect(diagram).toMatchSnapshot();
  });
});

describe('toMermaid labels', () => {
  const registration = toMermaid('registration');

  it('labels event transitions with the event type and guard', () => {
    expect(registration).toContain('  openingInvitation --> createPassword : OPEN_LINK\n');
    expect(registration).toContain(
      '    security_enteringPhoneForText --> security_landlineAdvice : SEND_CODE [phoneIsLandline]\n',
    );
    expect(registration).toContain('    security_enteringCode --> security_wrongCode : VERIFY [else]\n');
  });

  it('labels always transitions with their guard, and the fallback "else"', () => {
    expect(registration).toContain(
      '  start --> blockedUnderAge : familyMemberIsUnderAge or not asksForRelationship and userIsPatient and patientIsUnderAge\n',
    );
    expect(registration).toContain('  start --> openingInvitation : channelIs(invitation)\n');
    expect(registration).toContain('  start --> registeringInOffice : channelIs(in-office)\n');
    expect(registration).toContain('  start --> openingNotification : else\n');
  });

  it('labels onDone transitions "done"', () => {
    expect(registration).toContain('  security --> phoneVerification : done [needsPhoneVerification]\n');
    expect(registration).toContain('  relationship --> home : done [else]\n');
    expect(registration).not.toContain('xstate.done.state');
  });

  it('nests composite states with their own initial state', () => {
    expect(registration).toContain('  state security {\n    [*] --> security_choosingOption\n');
    expect(registration).toContain('    state "enteringCode" as phoneVerification_enteringCode\n');
  });

  it('labels the done event of an invoked task', () => {
    const diagram = toMermaid('assist');
    expect(diagram).toContain(
      '  runningTask_registration --> taskBlocked : task done [taskOutputIsBlocked]\n',
    );
    expect(diagram).toContain('  runningTask_registration --> taskFinished : task done [else]\n');
  });

  it('rejects an unknown workflow', () => {
    let caught: unknown;
    try {
      toMermaid('nope' as WorkflowId);
    } catch (error) {
      caught = error;
    }
    expect(isPortalHelpdeskError(caught) && caught.code).toBe('unknown-workflow');
  });
});
