import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/locales/en/index.js';
import { es } from '../../../src/locales/es/index.js';
import {
  checkBrowserByName,
  checkBrowserSupport,
  checkStaffBrowser,
  describeSymptom,
  diagnose,
  type SymptomId,
  type TriageFacts,
} from '../../../src/rules/index.js';
import { sampleInputs } from '../../../src/testing/index.js';
import { type AssistInput, assistMachine, createWorkflowActor } from '../../../src/workflows/index.js';
import { thrown } from '../../helpers/thrown.js';
import { CHROME_WINDOWS, clock, IE11 } from './walks.js';

const languages = [
  ['en', en],
  ['es', es],
] as const;

const codes = (symptom: SymptomId, facts: TriageFacts) => diagnose(symptom, facts).causes.map((c) => c.code);
const asked = (symptom: SymptomId, facts: TriageFacts) => {
  const result = diagnose(symptom, facts);
  expect(result.status).toBe('needs-answers');
  return result.questions.map((question) => question.id);
};

/** An assist session in `triaging` for `symptom`, after the given answers. */
function session(symptom: SymptomId, answers: readonly { question: string; value: unknown }[]) {
  const actor = createWorkflowActor(
    assistMachine,
    sampleInputs.assist['patient-browser-unknown'] as AssistInput,
  ).start();
  actor.send({ type: 'CONTINUE' });
  actor.send({ type: 'CHOOSE_SYMPTOM', symptom });
  for (const answer of answers) actor.send({ type: 'ANSWER', ...answer } as never);
  return actor.getSnapshot();
}

describe('attachments need a message started from the home page', () => {
  it('diagnoses the Messages page whatever the count, and asks the count on the home page only', () => {
    for (const attachments of [undefined, 0, 1, 3]) {
      const facts: TriageFacts =
        attachments === undefined
          ? { startedFrom: 'messages-page' }
          : { startedFrom: 'messages-page', attachments };
      expect(codes('cannot-attach-file', facts)).toEqual(['attachments-need-home-page']);
    }
    expect(codes('cannot-attach-file', { startedFrom: 'messages-page', attachments: 11 })).toEqual([
      'attachments-need-home-page',
      'too-many-attachments',
    ]);
    expect(asked('cannot-attach-file', { startedFrom: 'home-page' })).toEqual(['attachments']);
    expect(asked('cannot-attach-file', { attachments: 2 })).toEqual(['started-from']);
    expect(codes('cannot-attach-file', { startedFrom: 'home-page', attachments: 2 })).toEqual([
      'one-file-at-a-time',
    ]);
  });

  it('says so in both languages', () => {
    for (const [, locale] of languages) {
      const result = diagnose('cannot-attach-file', { startedFrom: 'messages-page' }, { locale });
      expect(result.causes[0]?.explanation).toBe(locale.triage.causes['attachments-need-home-page']);
    }
  });

  it('asks where a message with files was started before calling it another problem', () => {
    expect(asked('message-will-not-send', { messageText: 'hi', attachments: 1 })).toEqual(['started-from']);
    expect(asked('message-will-not-send', { messageText: 'hi' })).toEqual(['attachments']);
    expect(
      codes('message-will-not-send', { messageText: 'hi', attachments: 1, startedFrom: 'messages-page' }),
    ).toEqual(['attachments-need-home-page']);
    expect(
      codes('message-will-not-send', { messageText: 'hi', attachments: 1, startedFrom: 'home-page' }),
    ).toEqual(['message-other-problem']);
    // A cause the text shows needs no further answer.
    expect(codes('message-will-not-send', { messageText: 'card 4111 1111 1111 1111' })).toEqual([
      'card-number-in-message',
    ]);
  });

  it('never tells a patient on the Messages page to click "Attach files" (property)', () => {
    fc.assert(
      fc.property(fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }), (attachments) => {
        const facts: TriageFacts =
          attachments === undefined
            ? { startedFrom: 'messages-page' }
            : { startedFrom: 'messages-page', attachments };
        expect(codes('cannot-attach-file', facts)[0]).toBe('attachments-need-home-page');
      }),
      { numRuns: 100 },
    );
  });

  it('in the assist session too', () => {
    const snapshot = session('cannot-attach-file', [{ question: 'started-from', value: 'messages-page' }]);
    expect(snapshot.value).toBe('diagnosis');
    expect(snapshot.context.triage?.causes).toEqual(['attachments-need-home-page']);
  });
});

describe('a browser nobody can recognise means "switch browsers"', () => {
  const symptoms = [
    ['browser-warning', 'browser-not-supported'],
    ['link-not-working', 'browser-not-supported'],
    ['staff-login-as-patient', 'staff-browser-not-supported'],
  ] as const;

  it.each(symptoms)('%s: an unrecognised user agent or browser concludes %s', (symptom, cause) => {
    for (const facts of [
      { userAgent: 'curl/8.4.0' },
      { userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like' },
      { browser: 'unknown' },
      { browser: 'unknown', os: 'macos' },
    ] as const) {
      for (const [, locale] of languages) {
        const result = diagnose(symptom, facts, { locale });
        expect(result.status).toBe('diagnosed');
        expect(result.causes[0]?.code).toBe(cause);
        const staff = symptom === 'staff-login-as-patient';
        const expected =
          'userAgent' in facts
            ? (staff ? checkStaffBrowser : checkBrowserSupport)(facts.userAgent, { locale }).advice
            : staff
              ? undefined
              : checkBrowserByName({ browser: 'unknown', os: facts.os ?? 'unknown' }, { locale }).advice;
        if (expected !== undefined) expect(result.say).toBe(expected);
        expect(result.say).toContain('Google Chrome');
      }
    }
  });

  it.each(symptoms)('%s: a browser named after an unrecognised user agent decides', (symptom) => {
    const result = diagnose(symptom, {
      userAgent: 'curl/8.4.0',
      browser: 'chrome',
      os: 'windows',
      linkUsedBefore: false,
    });
    expect(result.status).toBe('diagnosed');
    expect(result.causes[0]?.code).not.toMatch(/not-supported$/);
    const check = symptom === 'staff-login-as-patient' ? 'staff-browser' : 'browser';
    expect(result.checks).toEqual([
      { check, reason: 'not-a-browser' },
      { check, reason: 'supported-browser' },
    ]);
    // A user agent the rule can judge is evidence: a browser named against it changes nothing.
    expect(diagnose(symptom, { userAgent: IE11, browser: 'chrome', os: 'windows' }).causes[0]?.code).toMatch(
      /not-supported$/,
    );
    expect(
      diagnose(symptom, {
        userAgent: CHROME_WINDOWS,
        browser: 'internet-explorer',
        os: 'windows',
        linkUsedBefore: false,
      }).causes[0]?.code,
    ).not.toMatch(/not-supported$/);
  });

  it('still asks for the Windows version of Edge (docs/policies.md), which an answer can give', () => {
    expect(asked('browser-warning', { browser: 'edge', os: 'windows' })).toEqual(['browser']);
    expect(codes('browser-warning', { browser: 'edge', os: 'windows-10' })).toEqual([
      'browser-warning-other',
    ]);
  });

  it('with any user agent, a browser symptom never asks the browser question again (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (userAgent) => {
        for (const [symptom] of symptoms) {
          const result = diagnose(symptom, { userAgent, linkUsedBefore: true });
          expect(result.status).toBe('diagnosed');
        }
      }),
      { numRuns: 200 },
    );
  });

  it('leaves the assist session’s triage on an unknown browser', () => {
    const snapshot = session('browser-warning', [{ question: 'browser', value: { browser: 'unknown' } }]);
    expect(snapshot.value).toBe('diagnosis');
    expect(snapshot.context.triage?.causes).toEqual(['browser-not-supported']);
  });
});

describe("a staff member's named browser gets advice for their system", () => {
  const MAC_EDGE =
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0';

  it.each(languages)('%s: Edge on a Mac is told what a Mac runs, as by user agent', (_, locale) => {
    const named = diagnose('staff-login-as-patient', { browser: 'edge', os: 'macos' }, { locale });
    expect(named.causes[0]?.code).toBe('staff-browser-not-supported');
    expect(named.say).toBe(checkStaffBrowser(MAC_EDGE, { locale }).advice);
    expect(named.say).toContain('Safari');
    expect(named.say).toContain('Quickview');
  });

  it('Internet Explorer on Windows 10 is offered Edge; on a Windows of unknown version, not', () => {
    const ten = diagnose('staff-login-as-patient', { browser: 'internet-explorer', os: 'windows-10' });
    expect(ten.say).toContain('Microsoft Edge');
    const unknown = diagnose('staff-login-as-patient', { browser: 'internet-explorer', os: 'windows' });
    // Edge is supported on Windows 7 or later only: with the version unknown it is not offered.
    expect(unknown.say).not.toContain('Microsoft Edge');
    expect(unknown.say).toContain('Quickview');
  });
});

describe('a code that never came', () => {
  it.each(languages)(
    '%s: a call to a landline is not told to choose "Call me" as if texts failed',
    (_, locale) => {
      const result = diagnose(
        'code-not-received',
        { codeStep: 'security-setup', codeMethod: 'call', phone: '+44 20 7946 0958' },
        { locale },
      );
      expect(result.causes[0]?.code).toBe('new-code-needed');
      expect(result.say).toMatch(locale === en ? /If you chose "Text me"/ : /Si eligió "Text me"/);
    },
  );

  it.each(languages)('%s: a toll-free or service number needs a phone the patient answers', (_, locale) => {
    for (const [phone, reason] of [
      ['+1 800 555 0100', 'toll-free'],
      ['+44 909 879 0000', 'service-number'],
    ] as const) {
      for (const codeMethod of ['text', 'call', undefined] as const) {
        const facts: TriageFacts =
          codeMethod === undefined
            ? { codeStep: 'security-setup', phone }
            : { codeStep: 'security-setup', codeMethod, phone };
        const result = diagnose('code-not-received', facts, { locale });
        expect(result.causes[0]?.code).toBe('phone-not-personal');
        // The rule's advice speaks to staff ("Ask for a phone..."): it is the cause's advice, and
        // staff say the catalog's line to the patient.
        expect(result.causes[0]?.advice).toBe(locale.phone[reason]);
        expect(result.say).toBe(locale.triage.tell['phone-not-personal']);
        expect(result.causes[0]?.explanation).toBe(locale.triage.causes['phone-not-personal']);
      }
    }
  });
});

describe('a manager under the minimum age', () => {
  it.each(languages)('%s: hears the catalog line, never family access offered back to them', (_, locale) => {
    const result = diagnose('manage-family-account', { birthDate: '2015-05-01' }, { ...clock, locale });
    expect(result.causes[0]?.code).toBe('manager-under-age');
    expect(result.say).toBe(locale.triage.tell['manager-under-age']);
  });
});

describe('security answers', () => {
  it('a match rules out "typed differently"; another word is a forgotten answer', () => {
    for (const answerSpecialCharacters of [true, false]) {
      const result = diagnose('security-answer-refused', {
        answerSpecialCharacters,
        answer: 'Fluffy',
        savedAnswer: 'fluffy',
      });
      expect(result.checks).toEqual([{ check: 'answers', reason: 'answers-match' }]);
      expect(result.causes.map((cause) => cause.code)).toEqual(['answer-forgotten']);
    }
    const other = diagnose('security-answer-refused', { answer: 'rex', savedAnswer: 'max' });
    expect(other.checks).toEqual([{ check: 'answers', reason: 'answers-differ' }]);
    expect(other.causes[0]?.code).toBe('answer-forgotten');
    const spaced = diagnose('security-answer-refused', { answer: 'Blue_Sky!', savedAnswer: 'blue sky' });
    expect(spaced.checks).toEqual([{ check: 'answers', reason: 'answers-differ-in-characters' }]);
    expect(spaced.causes[0]?.code).toBe('answer-typed-differently');
  });

  it('answers apart only by spaces and special characters are typed differently (property)', () => {
    const word = fc.stringMatching(/^[a-z0-9]{1,12}$/);
    const marks = fc.stringMatching(/^[ _.,!?'-]{1,3}$/);
    fc.assert(
      fc.property(word, word, marks, (left, right, mark) => {
        const result = diagnose('security-answer-refused', {
          answer: `${left}${mark}${right}`.toUpperCase(),
          savedAnswer: `${left}${right}`,
        });
        expect(result.causes[0]?.code).toBe('answer-typed-differently');
      }),
      { numRuns: 100 },
    );
  });
});

describe("diagnose's options are checked up front", () => {
  it('refuses a minimum age under 13 and an unknown time zone without a birth date, by path', () => {
    for (const [options, path] of [
      [{ minimumAge: 5 }, 'minimumAge'],
      [{ minimumAge: 12 }, 'minimumAge'],
      [{ timeZone: 'Not/AZone' }, 'timeZone'],
      [{ now: new Date('1800-01-01T00:00:00Z') }, 'now'],
    ] as const) {
      const error = thrown(() => diagnose('forgot-password', {}, options));
      expect(error.code).toBe('invalid-input');
      expect(error.issues.map((issue) => issue.path)).toEqual([[path]]);
      expect(error.message).toContain('diagnose(options)');
      expect(error.message).not.toContain('checkPortalEligibility');
      expect(JSON.stringify(error) + String(error)).not.toContain('Not/AZone');
    }
    expect(diagnose('forgot-password', {}, { minimumAge: 13, timeZone: 'UTC' }).status).toBe('diagnosed');
  });

  it('names diagnose(options), not the age check, when a birth date comes with bad options', () => {
    const error = thrown(() =>
      diagnose(
        'child-under-13',
        { birthDate: '2015-01-01' },
        { now: clock.now, minimumAge: 5, timeZone: 'UTC' },
      ),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([['minimumAge']]);
    expect(error.message).toContain('diagnose(options)');
  });

  it('refuses the same in describeSymptom', () => {
    expect(thrown(() => describeSymptom('forgot-password', { minimumAge: 5 })).issues[0]?.path).toEqual([
      'minimumAge',
    ]);
  });
});

describe('the message symptom says the card rule as advice, not as the portal refusing', () => {
  it.each(languages)('%s: no phrasing says the portal will not let a card number through', (_, locale) => {
    const { phrasings, causes } = describeSymptom('message-will-not-send', { locale });
    for (const phrasing of phrasings) expect(phrasing).not.toMatch(/will not let me|no me deja/);
    const card = causes.find((cause) => cause.code === 'card-number-in-message');
    expect(card?.explanation).toMatch(/patients must not send|los pacientes no deben enviar/);
  });
});

describe('an answered question is not asked again', () => {
  it('no-invitation-email with the junk folder checked', () => {
    expect(asked('no-invitation-email', { checkedJunk: true })).toEqual(['birth-date', 'email-on-file']);
  });
});

describe('no invitation email: the age comes before any new invitation (COPPA)', () => {
  it.each(languages)(
    '%s: without a birth date, no cause that sends an invitation is concluded',
    (_, locale) => {
      for (const facts of [
        { emailOnFile: false },
        { emailOnFile: true, checkedJunk: false },
        { emailOnFile: true, checkedJunk: true },
        { checkedJunk: false },
      ] satisfies TriageFacts[]) {
        const result = diagnose('no-invitation-email', facts, { locale });
        expect(result.status).toBe('needs-answers');
        expect(result.questions[0]?.id).toBe('birth-date');
        expect(result.say).toBe(locale.triage.questions['birth-date']);
        // With a child's birth date, family access; with an adult's, the email facts decide.
        const child = diagnose(
          'no-invitation-email',
          { ...facts, birthDate: '2016-03-01' },
          { ...clock, locale },
        );
        expect(child.causes.map((cause) => cause.code)).toEqual(['under-minimum-age']);
        const adult = diagnose(
          'no-invitation-email',
          { ...facts, birthDate: '1990-03-01' },
          { ...clock, locale },
        );
        expect(adult.status).toBe('diagnosed');
        expect(adult.causes[0]?.code).not.toBe('under-minimum-age');
      }
    },
  );
});

describe("managing a family account: the caregiver's age comes before family access is promised (COPPA)", () => {
  it.each(languages)('%s: without a birth date, register-as-manager is not concluded', (_, locale) => {
    const result = diagnose('manage-family-account', { hasAccount: false }, { locale });
    expect(result.status).toBe('needs-answers');
    expect(result.questions.map((question) => question.id)).toEqual(['manager-birth-date']);
    const underAge = diagnose(
      'manage-family-account',
      { hasAccount: false, birthDate: '2016-03-01' },
      { ...clock, locale },
    );
    expect(underAge.causes.map((cause) => cause.code)).toEqual(['manager-under-age']);
    const adult = diagnose(
      'manage-family-account',
      { hasAccount: false, birthDate: '1980-03-01' },
      { ...clock, locale },
    );
    expect(adult.causes.map((cause) => cause.code)).toEqual(['register-as-manager']);
    // An account already there: no age to check, the caregiver switches profiles.
    expect(diagnose('manage-family-account', { hasAccount: true }, { locale }).causes[0]?.code).toBe(
      'use-switch-to-view',
    );
  });
});
