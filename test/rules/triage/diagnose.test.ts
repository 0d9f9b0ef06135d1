import { describe, expect, it } from 'vitest';
import { en } from '../../../src/locales/en/index.js';
import { es } from '../../../src/locales/es/index.js';
import {
  causeFixes,
  describeSymptom,
  diagnose,
  symptomIds,
  triageCatalog,
} from '../../../src/rules/index.js';
import { thrown } from '../../helpers/thrown.js';
import { CHROME_WINDOWS, causeWalks, clock, IE11 } from './walks.js';

describe('diagnose: every cause of every symptom, walked to its fix', () => {
  it.each(causeWalks)('$symptom -> $cause', ({ symptom, facts, cause, options }) => {
    const english = diagnose(symptom, facts, { ...options, locale: en });
    const spanish = diagnose(symptom, facts, { ...options, locale: es });
    for (const result of [english, spanish]) {
      expect(result.status).toBe('diagnosed');
      expect(result.questions).toEqual([]);
      expect(result.causes[0]?.code).toBe(cause);
      expect(result.causes[0]?.fix).toEqual(causeFixes[cause]);
      expect(result.causes[0]?.practice).toBe(causeFixes[cause].kind === 'practice');
      expect(result.say).toBe(result.causes[0]?.say);
      expect(result.say.length).toBeGreaterThan(10);
    }
    expect(spanish.say).not.toBe(english.say);
    expect(spanish.causes[0]?.explanation).toBe(es.triage.causes[cause]);
    expect(english.causes[0]?.explanation).toBe(en.triage.causes[cause]);
    expect(english.name).toBe(en.triage.symptoms[symptom].name);
    expect(spanish.name).toBe(es.triage.symptoms[symptom].name);
  });

  it('walks every cause the catalog lists for each symptom', () => {
    for (const symptom of symptomIds) {
      const walked = causeWalks.filter((walk) => walk.symptom === symptom).map((walk) => walk.cause);
      expect(new Set(walked)).toEqual(new Set(triageCatalog[symptom].causes));
    }
  });

  it("says a check's own advice when a check found the cause", () => {
    const result = diagnose('code-not-received', {
      codeStep: 'security-setup',
      codeMethod: 'text',
      phone: '+44 20 7946 0958',
    });
    expect(result.checks).toEqual([{ check: 'phone', reason: 'landline' }]);
    expect(result.say).toBe(en.phone.landline);
    expect(result.causes[0]?.advice).toBeUndefined();
    // The message check speaks to staff: its advice comes with the cause, the patient hears the catalog's line.
    const tooLong = diagnose('message-will-not-send', { messageText: 'a'.repeat(1020) });
    expect(tooLong.causes[0]?.advice).toContain('1000');
    expect(tooLong.say).toBe(en.triage.tell['message-too-long']);
    expect(tooLong.checks).toEqual([{ check: 'message', reason: 'message-too-long' }]);
  });

  it('lists every issue of a message as a cause, most specific first', () => {
    const result = diagnose('message-will-not-send', {
      messageText: `4111 1111 1111 1111 ${'a'.repeat(1000)}`,
      startedFrom: 'messages-page',
      attachments: 2,
    });
    expect(result.causes.map((cause) => cause.code)).toEqual([
      'card-number-in-message',
      'message-too-long',
      'attachments-need-home-page',
    ]);
  });
});

describe('diagnose: questions when the facts cannot tell yet', () => {
  it.each([
    ['no-invitation-email', ['birth-date', 'email-on-file', 'checked-junk']],
    ['link-not-working', ['browser']],
    ['code-not-received', ['code-step']],
    ['security-answer-refused', ['answer-special-characters', 'saved-answer']],
    ['cannot-attach-file', ['started-from', 'attachments']],
    ['provider-not-listed', ['provider-seen']],
    ['office-staff-missing', ['provider-based-routing']],
    ['message-will-not-send', ['message-text']],
    ['browser-warning', ['browser']],
    ['child-under-13', ['birth-date']],
    ['manage-family-account', ['has-account', 'manager-birth-date']],
    ['cannot-see-family-record', ['name-under-switch-to-view']],
    ['staff-login-as-patient', ['staff-browser']],
  ] as const)('%s asks %j and lists every possible cause', (symptom, questions) => {
    const result = diagnose(symptom, {});
    expect(result.status).toBe('needs-answers');
    expect(result.questions.map((question) => question.id)).toEqual(questions);
    expect(result.causes.map((cause) => cause.code)).toEqual(triageCatalog[symptom].causes);
    expect(result.say).toBe(en.triage.questions[questions[0]]);
  });

  it('asks "which browser, on what device" with no user agent, then checks the browser by name', () => {
    const asked = diagnose('browser-warning', {}, { locale: es });
    expect(asked.say).toBe(es.triage.questions.browser);
    expect(asked.questions[0]?.facts).toEqual(['userAgent', 'browser']);
    const named = diagnose('browser-warning', { browser: 'edge', os: 'macos' });
    expect(named.checks).toEqual([{ check: 'browser', reason: 'edge-requires-windows' }]);
    expect(named.causes[0]?.code).toBe('browser-not-supported');
    // A browser nobody can vouch for yet (Windows of unknown version) asks again.
    const windows = diagnose('browser-warning', { browser: 'edge', os: 'windows' });
    expect(windows.status).toBe('needs-answers');
  });

  it('asks the next question as answers come in', () => {
    expect(diagnose('code-not-received', { codeStep: 'security-setup' }).questions.map((q) => q.id)).toEqual([
      'code-method',
      'phone',
    ]);
    expect(
      diagnose('code-not-received', { codeStep: 'security-setup', phone: '+1 201 555 0123' }).questions.map(
        (q) => q.id,
      ),
    ).toEqual(['code-method']);
    expect(diagnose('code-not-received', { codeStep: 'phone-of-record' }).questions.map((q) => q.id)).toEqual(
      ['phone-of-record-current'],
    );
    expect(diagnose('link-not-working', { userAgent: CHROME_WINDOWS }).questions.map((q) => q.id)).toEqual([
      'link-used-before',
    ]);
    expect(
      diagnose('manage-family-account', { birthDate: '1980-01-01' }, clock).questions.map((q) => q.id),
    ).toEqual(['has-account']);
  });
});

describe('diagnose: the boundary', () => {
  it('refuses an unknown fact by name, never by value', () => {
    const error = thrown(() => diagnose('browser-warning', { userAgnet: IE11 } as never));
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toEqual([{ path: ['userAgnet'], message: 'Unknown field' }]);
    expect(error.message).not.toContain('Trident');
  });

  it('refuses facts of the wrong type or over their length, naming the fact', () => {
    expect(
      thrown(() => diagnose('browser-warning', { userAgent: 'x'.repeat(2049) })).issues[0]?.path,
    ).toEqual(['userAgent']);
    expect(thrown(() => diagnose('cannot-attach-file', { attachments: -1 })).issues[0]?.path).toEqual([
      'attachments',
    ]);
    expect(
      thrown(() => diagnose('browser-warning', { browser: 'netscape' as never })).issues[0]?.path,
    ).toEqual(['browser']);
    const secret = 'Jane Doe 555-0100';
    expect(thrown(() => diagnose('code-not-received', { phone: secret.repeat(10) })).message).not.toContain(
      secret,
    );
  });

  it('refuses a birth date that is no calendar date, whatever the symptom reads', () => {
    for (const birthDate of ['SECRETPHI', '2013-02-30', '2013-2-3', `${'9'.repeat(100_000)}`]) {
      const error = thrown(() => diagnose('code-not-received', { birthDate }, clock));
      expect(error.issues.map((issue) => issue.path)).toEqual([['birthDate']]);
      expect(JSON.stringify(error) + String(error)).not.toContain(birthDate.slice(0, 9));
    }
  });

  it('refuses an unknown symptom and a birth date without a clock', () => {
    expect(thrown(() => diagnose('no-such-symptom' as never, {})).issues).toEqual([
      { path: ['symptom'], message: 'Not one of the allowed values' },
    ]);
    expect(
      thrown(() => diagnose('child-under-13', { birthDate: '2016-03-01' })).issues.map((i) => i.path),
    ).toEqual([['now'], ['timeZone']]);
    expect(
      thrown(() => diagnose('child-under-13', {}, { now: new Date(Number.NaN), timeZone: 'UTC' })).issues[0]
        ?.path,
    ).toEqual(['now']);
  });

  it('speaks about the patient, not to them, when the caller may be a parent (child-under-13)', () => {
    for (const birthDate of ['2016-03-01', '1990-03-01']) {
      const english = diagnose('child-under-13', { birthDate }, clock);
      // Words to say aloud: about the patient ("they"), never to the child, never an order to staff.
      expect(english.say).toMatch(/^(The patient|They) /);
      expect(english.say).not.toMatch(/\b(you|your|offer)\b/i);
      const spanish = diagnose('child-under-13', { birthDate }, { ...clock, locale: es });
      expect(spanish.say).not.toMatch(/\b(Ofrezca|usted)\b/);
    }
  });

  it('reads the age check with the practice minimum age', () => {
    const result = diagnose('child-under-13', { birthDate: '2012-01-15' }, { ...clock, minimumAge: 16 });
    expect(result.causes[0]?.code).toBe('under-minimum-age');
  });
});

describe('describeSymptom', () => {
  it.each(symptomIds)('%s: questions, checks and every cause with its fix, in both languages', (symptom) => {
    const english = describeSymptom(symptom);
    const spanish = describeSymptom(symptom, { locale: es });
    expect(english.causes.map((cause) => cause.code)).toEqual(triageCatalog[symptom].causes);
    expect(english.questions.map((question) => question.id)).toEqual(triageCatalog[symptom].questions);
    expect(spanish.checks.map((check) => check.name)).toEqual(
      triageCatalog[symptom].checks.map((check) => es.triage.checks[check]),
    );
    expect(spanish.name).not.toBe(english.name);
    expect(english.phrasings.length).toBeGreaterThan(1);
    expect(Object.isFrozen(english.causes)).toBe(true);
  });
});
