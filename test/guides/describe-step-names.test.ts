import { describe, expect, it } from 'vitest';
import { buildGuide, describeStep } from '../../src/guides/index.js';
import { es } from '../../src/locales/es/index.js';
import { sampleInputs } from '../../src/testing/index.js';
import { createWorkflowActor, relationshipMachine } from '../../src/workflows/index.js';

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
