import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { es } from '../../../src/locales/es/index.js';
import {
  defaultTriagePolicy,
  defineTriagePolicy,
  diagnose,
  practiceCauseCodes,
  symptomIds,
  triageCatalog,
} from '../../../src/rules/index.js';
import { thrown } from '../../helpers/thrown.js';
import { CHROME_WINDOWS, clock, IE11 } from './walks.js';

describe('defineTriagePolicy', () => {
  it('keeps every symptom and the locale advice by default', () => {
    expect(defineTriagePolicy()).toBe(defaultTriagePolicy);
    expect(defineTriagePolicy({})).toEqual(defaultTriagePolicy);
    expect(defaultTriagePolicy.symptoms).toEqual(symptomIds);
  });

  it("offers only the practice's symptoms, in its order", () => {
    const policy = defineTriagePolicy({ symptoms: ['forgot-password', 'code-not-received'] });
    expect(policy.symptoms).toEqual(['forgot-password', 'code-not-received']);
    expect(thrown(() => diagnose('browser-warning', {}, { policy })).issues[0]?.path).toEqual(['symptom']);
    expect(diagnose('forgot-password', {}, { policy }).status).toBe('diagnosed');
  });

  it("says the practice's own advice in every language, marked as the practice's", () => {
    const practiceAdvice = { 'password-forgotten': 'Call us on 555-0100 and we will reset it.' };
    for (const locale of [undefined, es]) {
      const result = diagnose('forgot-password', {}, { policy: { practiceAdvice }, locale });
      expect(result.say).toBe(practiceAdvice['password-forgotten']);
      expect(result.causes[0]?.practice).toBe(true);
    }
  });

  it('refuses bad overrides, naming the field', () => {
    expect(thrown(() => defineTriagePolicy({ symptoms: [] })).issues[0]?.path).toEqual(['symptoms']);
    expect(thrown(() => defineTriagePolicy({ symptoms: ['nope' as never] })).issues[0]?.path).toEqual([
      'symptoms',
      0,
    ]);
    expect(
      thrown(() => defineTriagePolicy({ symptoms: ['forgot-password', 'forgot-password'] })).issues[0],
    ).toEqual({ path: ['symptoms', 1], message: 'Symptom listed twice' });
    expect(
      thrown(() => defineTriagePolicy({ symptoms: new Array(16).fill('forgot-password') })).issues[0]?.path,
    ).toEqual(['symptoms']);
    // A cause whose fix is a workflow step is not the practice's to replace.
    expect(
      thrown(() => defineTriagePolicy({ practiceAdvice: { 'landline-cannot-text': 'x' } as never }))
        .issues[0],
    ).toEqual({ path: ['practiceAdvice', 'landline-cannot-text'], message: 'Unknown field' });
    expect(
      thrown(() => defineTriagePolicy({ practiceAdvice: { 'link-expired': '  ' } })).issues[0]?.path,
    ).toEqual(['practiceAdvice', 'link-expired']);
    expect(
      thrown(() => defineTriagePolicy({ practiceAdvice: { 'link-expired': 'x'.repeat(1001) } })).issues[0]
        ?.path,
    ).toEqual(['practiceAdvice', 'link-expired']);
    expect(thrown(() => defineTriagePolicy({ sympotms: [] } as never)).issues[0]?.path).toEqual(['sympotms']);
  });

  it('lists the practice causes: exactly those with practice fixes', () => {
    expect(practiceCauseCodes).toContain('email-filtered');
    expect(practiceCauseCodes).not.toContain('landline-cannot-text');
  });
});

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const factsArbitrary = fc.record(
  {
    userAgent: optional(fc.constantFrom(IE11, CHROME_WINDOWS, '', 'curl/8.0')),
    browser: optional(
      fc.constantFrom('chrome', 'edge', 'firefox', 'safari', 'internet-explorer', 'other', 'unknown'),
    ),
    os: optional(fc.constantFrom('windows', 'windows-10', 'macos', 'ios', 'android', 'linux', 'unknown')),
    birthDate: optional(fc.constantFrom('2016-03-01', '1990-01-01', '2013-01-15')),
    emailOnFile: optional(fc.boolean()),
    checkedJunk: optional(fc.boolean()),
    linkUsedBefore: optional(fc.boolean()),
    codeStep: optional(fc.constantFrom('security-setup', 'phone-of-record')),
    codeMethod: optional(fc.constantFrom('text', 'call')),
    phone: optional(fc.string({ maxLength: 20 })),
    phoneOfRecordCurrent: optional(fc.boolean()),
    answer: optional(fc.string({ maxLength: 12 })),
    savedAnswer: optional(fc.string({ maxLength: 12 })),
    answerSpecialCharacters: optional(fc.boolean()),
    startedFrom: optional(fc.constantFrom('home-page', 'messages-page')),
    attachments: optional(fc.integer({ min: 0, max: 20 })),
    messageText: optional(fc.string({ maxLength: 1100 })),
    providerSeen: optional(fc.boolean()),
    seenProviders: optional(fc.integer({ min: 0, max: 5 })),
    providerBasedRouting: optional(fc.boolean()),
    hasAccount: optional(fc.boolean()),
    nameUnderSwitchToView: optional(fc.boolean()),
  },
  { requiredKeys: [] },
);

describe('diagnose: property', () => {
  it('always gives a result: causes of the symptom when diagnosed, questions otherwise', () => {
    fc.assert(
      fc.property(fc.constantFrom(...symptomIds), factsArbitrary, (symptom, facts) => {
        const result = diagnose(symptom, facts as never, clock);
        const causes = result.causes.map((cause) => cause.code);
        expect(causes.every((code) => triageCatalog[symptom].causes.includes(code))).toBe(true);
        expect(causes.length).toBeGreaterThan(0);
        if (result.status === 'diagnosed') expect(result.questions).toEqual([]);
        else expect(result.questions.length).toBeGreaterThan(0);
        expect(result.say.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });
});
