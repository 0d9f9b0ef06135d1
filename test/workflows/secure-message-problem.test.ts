import { describe, expect, it } from 'vitest';
import { describeStep } from '../../src/guides/index.js';
import { sampleBodyWithCardNumber, sampleInputs } from '../../src/testing/index.js';
import { type SecureMessageEvent, secureMessageMachine } from '../../src/workflows/index.js';
import { runTo } from '../helpers/workflow-session.js';

const toBlocked: SecureMessageEvent[] = [
  { type: 'SHOW_FORM' },
  { type: 'SELECT_PROVIDER', providerId: 'prov-lee' },
  { type: 'SELECT_LOCATION', departmentId: 'dept-north' },
  { type: 'SELECT_SUBJECT', subject: 'Medical question' },
  { type: 'ATTACH_FILE', name: 'rash-photo.jpg' },
  { type: 'ENTER_MESSAGE', body: sampleBodyWithCardNumber },
  { type: 'SEND' },
];

describe('secure message: a refused Send is no problem once the patient changes the message', () => {
  it.each([
    ['edits the text', { type: 'ENTER_MESSAGE', body: 'Please call me about the copay.' }],
    ['removes an attachment', { type: 'REMOVE_ATTACHMENT', index: 0 }],
  ] as const)('back on the form after the patient %s, the step view shows no problem', (_, change) => {
    const input = sampleInputs['secure-message']['home-page'];
    if (!input) throw new Error('sample input missing');
    const actor = runTo(secureMessageMachine, input, toBlocked);
    expect(describeStep(actor).stateId).toBe('sendBlocked');
    expect(describeStep(actor).problem).toBe('message-invalid');
    actor.send(change);
    const step = describeStep(actor);
    expect(step.stateId).toBe('writing');
    expect(step.problem).toBeNull();
    expect(actor.getSnapshot().context.sendIssues).toEqual([]);
    // An attachment after that is not reported as the old refusal either.
    actor.send({ type: 'ATTACH_FILE', name: 'second.jpg' });
    expect(describeStep(actor).problem).toBeNull();
    actor.stop();
  });
});
