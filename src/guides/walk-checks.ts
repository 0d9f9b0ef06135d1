import { checkPortalEligibility } from '../rules/eligibility.js';
import type { SymptomId, TriageCauseCode, TriageQuestionId } from '../rules/triage/catalog.js';
import { questionFacts } from '../rules/triage/facts.js';
import type { WorkflowChecks } from '../workflows/checks.js';
import {
  WALK_LANDLINE,
  WALK_MESSAGE,
  WALK_OTHER_PHONE,
  WALK_PHONE_OF_RECORD,
  WALK_PHONE_OF_RECORD_E164,
  WALK_SUPPORTED_BROWSER,
  WALK_UNSUPPORTED_BROWSER,
  WALK_UPDATED_PHONE,
} from '../workflows/shared/walk-inputs.js';

// What the rules say of each input a guide walk types or reports (src/workflows/shared/walk-inputs.ts):
// a guide is built with these stated verdicts instead of the rules, so it bundles neither
// libphonenumber-js nor the user-agent classifier (docs/decisions.md, "Workflow checks").
// test/guides/walk-checks.test.ts checks every verdict here against the live rules.

const mobile = (e164: string) => ({ valid: true, landline: false, e164 });

/** The phone rule's verdict on each number a walk types, read in the US. */
const typedPhones: Readonly<Record<string, ReturnType<WorkflowChecks['typedPhone']>>> = {
  [WALK_LANDLINE]: { valid: true, landline: true, e164: '+442079460958' },
  [WALK_OTHER_PHONE]: mobile('+12015550188'),
  [WALK_PHONE_OF_RECORD]: mobile(WALK_PHONE_OF_RECORD_E164),
  [WALK_PHONE_OF_RECORD_E164]: mobile(WALK_PHONE_OF_RECORD_E164),
  [WALK_UPDATED_PHONE]: mobile('+12015550147'),
};

const supported = { status: 'supported', reason: 'supported-browser' } as const;
const internetExplorer = { status: 'unsupported', reason: 'internet-explorer' } as const;

/** The browser rules' verdicts on each user agent a walk reports (patient and staff alike). */
const browsers: Readonly<Record<string, ReturnType<WorkflowChecks['patientBrowser']>>> = {
  [WALK_SUPPORTED_BROWSER]: supported,
  [WALK_UNSUPPORTED_BROWSER]: internetExplorer,
};

function stated<Verdict>(table: Readonly<Record<string, Verdict>>, key: string, what: string): Verdict {
  if (!Object.hasOwn(table, key)) {
    // A script typed something whose verdict is not stated here: a bug in the guide script.
    throw new Error(`walk-checks: no stated verdict (${what})`);
  }
  return table[key] as Verdict;
}

/**
 * What the triage finds for each symptom with the walk's own answers (src/workflows/assist/guide.ts):
 * the questions it asks, in order, then its cause; for a symptom that asks a birth date, the cause
 * when the age rule finds that date under the practice's minimum age (the walk answers with the
 * session patient's own). Stated so that a guide does not bundle the triage's evaluation;
 * test/guides/walk-checks.test.ts runs `diagnose`'s own evaluation over every symptom and checks it.
 */
const walkTriage: Readonly<Record<SymptomId, readonly [string, TriageCauseCode, TriageCauseCode?]>> = {
  'no-invitation-email': [
    'birth-date email-on-file checked-junk',
    'invitation-not-received',
    'under-minimum-age',
  ],
  'link-not-working': ['browser', 'browser-not-supported'],
  'code-not-received': ['code-step code-method phone', 'new-code-needed'],
  'security-answer-refused': ['answer-special-characters', 'answer-typed-differently'],
  'forgot-password': ['', 'password-forgotten'],
  'already-has-account': ['', 'account-exists'],
  'cannot-attach-file': ['started-from', 'attachments-need-home-page'],
  'provider-not-listed': ['provider-seen', 'provider-not-seen'],
  'office-staff-missing': ['provider-based-routing', 'provider-based-routing-on'],
  'message-will-not-send': ['message-text attachments', 'message-other-problem'],
  'browser-warning': ['browser', 'browser-not-supported'],
  'child-under-13': ['birth-date', 'old-enough', 'under-minimum-age'],
  'manage-family-account': ['has-account manager-birth-date', 'register-as-manager', 'manager-under-age'],
  'cannot-see-family-record': ['name-under-switch-to-view', 'family-access-not-set-up'],
  'staff-login-as-patient': ['staff-browser', 'staff-browser-not-supported'],
};

/** The walk's triage: {@link walkTriage}'s next unanswered question, or its cause. */
const walkTriageCauses: WorkflowChecks['triageCauses'] = (symptom, facts, session) => {
  const [questions, cause, underAgeCause] = walkTriage[symptom];
  const { birthDate } = facts;
  if (
    underAgeCause !== undefined &&
    birthDate !== undefined &&
    !checkPortalEligibility({
      birthDate,
      now: new Date(session.now),
      timeZone: session.practice.timeZone,
      ...(session.practice.minimumAge !== undefined ? { minimumAge: session.practice.minimumAge } : {}),
    }).eligible
  )
    return { causes: [{ cause: underAgeCause }] };
  const next = (questions.split(' ') as TriageQuestionId[]).find(
    (question) =>
      question !== ('' as TriageQuestionId) &&
      questionFacts[question].every((key) => facts[key] === undefined),
  );
  return next === undefined ? { causes: [{ cause }] } : { ask: [next] };
};

function walkRegion(region: string): void {
  if (region !== 'US') throw new Error('walk-checks: US only');
}

/**
 * The checks a guide walk builds its machines with: the verdicts the rules give the walk's own
 * inputs, stated as data. Same machine config as live sessions, different guard implementations.
 *
 * @example
 * ```ts
 * walkChecks.typedPhone(WALK_LANDLINE, 'US').landline;
 * //=> true
 * ```
 */
export const walkChecks: WorkflowChecks = Object.freeze<WorkflowChecks>({
  typedPhone: (phone, region) => {
    walkRegion(region);
    return stated(typedPhones, phone, 'phone number');
  },
  phoneOfRecord: (raw, region) => {
    walkRegion(region);
    return stated(typedPhones, raw, 'phone number').e164;
  },
  // The walk sends its own message, from the home page when it attaches files, within the policy.
  message: (draft, policy) => {
    const count = draft.attachments.length;
    const fits =
      draft.body === WALK_MESSAGE &&
      draft.body.length <= policy.maxLength &&
      count <= policy.maxAttachments &&
      (count === 0 || draft.startedFrom === 'home-page');
    return fits ? { ok: true, issues: [] } : stated<never>({}, draft.body, 'message');
  },
  patientBrowser: (userAgent) => stated(browsers, userAgent, 'user agent'),
  staffBrowser: (input) =>
    stated(browsers, typeof input === 'string' ? input : input.userAgent, 'user agent'),
  triageCauses: walkTriageCauses,
});
