import { describe, expect, it } from 'vitest';
import { buildGuide } from '../../src/guides/index.js';
import { walkChecks } from '../../src/guides/walk-checks.js';
import { type SymptomId, symptomIds } from '../../src/rules/triage/catalog.js';
import { questionFacts, type TriageFacts } from '../../src/rules/triage/facts.js';
import { sampleAdultPatient, sampleChildPatient, sampleInputs } from '../../src/testing/index.js';
import { walkAnswers } from '../../src/workflows/assist/guide.js';
import type { AssistSessionInput } from '../../src/workflows/assist/input.js';
import type { WorkflowChecks } from '../../src/workflows/checks.js';
import {
  type AssistInput,
  assistMachine,
  createWorkflowActor,
  securitySetupMachine,
} from '../../src/workflows/index.js';
import { liveChecks } from '../../src/workflows/live-checks.js';
import * as walk from '../../src/workflows/shared/walk-inputs.js';

// A guide walks each machine with the verdicts walk-checks.ts states for the walk's own inputs, not
// with the rules (docs/decisions.md, "Workflow checks"). Those verdicts must be what the rules say,
// or a guide would describe a path live sessions do not take.

const phones = [
  walk.WALK_LANDLINE,
  walk.WALK_OTHER_PHONE,
  walk.WALK_PHONE_OF_RECORD,
  walk.WALK_PHONE_OF_RECORD_E164,
  walk.WALK_UPDATED_PHONE,
];
const userAgents = [walk.WALK_SUPPORTED_BROWSER, walk.WALK_UNSUPPORTED_BROWSER];

describe('the guide walk checks', () => {
  it.each(phones)('state what the phone rule says of %s', (phone) => {
    expect(walkChecks.typedPhone(phone, 'US')).toEqual(liveChecks.typedPhone(phone, 'US'));
    expect(walkChecks.phoneOfRecord(phone, 'US')).toEqual(liveChecks.phoneOfRecord(phone, 'US'));
  });

  it('type a landline and a number that is not one', () => {
    expect(walkChecks.typedPhone(walk.WALK_LANDLINE, 'US').landline).toBe(true);
    expect(walkChecks.typedPhone(walk.WALK_OTHER_PHONE, 'US').landline).toBe(false);
  });

  it.each(userAgents)('state what the browser rules say of %s', (userAgent) => {
    expect(walkChecks.patientBrowser(userAgent)).toEqual(liveChecks.patientBrowser(userAgent));
    expect(walkChecks.staffBrowser(userAgent)).toEqual(liveChecks.staffBrowser(userAgent));
  });

  it("state what the message rule says of the walk's own message, within the policy", () => {
    const policy = { maxLength: 2000, maxAttachments: 10 };
    for (const startedFrom of ['home-page', 'messages-page'] as const) {
      for (let count = 0; count <= (startedFrom === 'home-page' ? 10 : 0); count++) {
        const draft = {
          body: walk.WALK_MESSAGE,
          attachments: Array.from({ length: count }, (_, index) => ({ name: `file-${index + 1}.pdf` })),
          startedFrom,
        };
        expect(walkChecks.message(draft, policy)).toEqual(liveChecks.message(draft, policy));
      }
    }
    const tooMany = {
      body: walk.WALK_MESSAGE,
      attachments: [{ name: 'a.pdf' }],
      startedFrom: 'messages-page',
    } as const;
    expect(() => walkChecks.message(tooMany, policy)).toThrow(/no stated verdict/);
  });

  it('refuse an input whose verdict they do not state, rather than guess', () => {
    expect(() => walkChecks.typedPhone('(312) 555-0142', 'US')).toThrow(/no stated verdict/);
    expect(() => walkChecks.typedPhone(walk.WALK_OTHER_PHONE, 'GB')).toThrow(/US only/);
    expect(() => walkChecks.patientBrowser('Mozilla/5.0')).toThrow(/no stated verdict/);
  });
});

/** The session an assist actor keeps from its input: parsed, JSON-safe. */
function assistSession(input: AssistInput): AssistSessionInput {
  return createWorkflowActor(assistMachine, input).getSnapshot().context.session;
}

/** The questions a triage asks and the causes it finds, answering each with the walk's answers. */
function triageWalk(causes: WorkflowChecks['triageCauses'], symptom: SymptomId, session: AssistSessionInput) {
  let facts: TriageFacts = {};
  const steps: string[] = [];
  for (let step = 0; step < 20; step++) {
    const evaluation = causes(symptom, facts, session);
    if ('causes' in evaluation) return [...steps, evaluation.causes.map((found) => found.cause).join(',')];
    const question = evaluation.ask[0];
    if (question === undefined) return [...steps, 'no question'];
    steps.push(question);
    const value =
      question === 'birth-date' || question === 'manager-birth-date'
        ? session.patient?.birthDate
        : walkAnswers[question];
    facts = {
      ...facts,
      ...(typeof value === 'object' && value !== null
        ? value
        : { [questionFacts[question][0] ?? '']: value }),
    } as TriageFacts;
  }
  return [...steps, 'no end'];
}

describe('the guide walk triage', () => {
  const adult = sampleInputs.assist['patient-browser-unknown'] as AssistInput;
  const sessions: AssistSessionInput[] = [];
  for (const patient of [sampleAdultPatient, sampleChildPatient])
    for (const practice of [
      { timeZone: 'America/New_York' },
      { timeZone: 'Pacific/Kiritimati', minimumAge: 50 },
      { timeZone: 'Pacific/Pago_Pago', minimumAge: 13 },
    ])
      sessions.push(assistSession({ ...adult, patient, practice: { ...adult.practice, ...practice } }));

  it.each(symptomIds)(
    'states what diagnose finds for %s with the walk’s answers, whoever the patient',
    (symptom) => {
      for (const session of sessions)
        expect(triageWalk(walkChecks.triageCauses, symptom, session)).toEqual(
          triageWalk(liveChecks.triageCauses, symptom, session),
        );
    },
  );
});

describe('a guide with a landline and live sessions agree', () => {
  it('the guide sends "Text me" with a landline to "Call me"', () => {
    const guide = buildGuide('security-setup', { security: 'text', landline: true });
    expect(guide.steps.map((step) => step.key)).toEqual([
      'security.chooseOption',
      'security.enterPhoneForText',
      'security.landlineAdvice',
      'security.enterPhoneForCall',
      'security.enterCode',
      'security.done',
    ]);
  });

  it('the live machine still refuses a landline for "Text me", by the phone rule', () => {
    const actor = createWorkflowActor(securitySetupMachine, { defaultCountry: 'GB' }).start();
    actor.send({ type: 'CHOOSE_TEXT' });
    actor.send({ type: 'SEND_CODE', phone: '020 7946 0958' });
    expect(actor.getSnapshot().value).toBe('landlineAdvice');
    expect(actor.getSnapshot().context.problem).toBe('landline-cannot-text');
  });
});
