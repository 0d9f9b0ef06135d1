import type { TriageRuleChecks } from '../rules/triage/rule-checks.js';
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
 * The message rule's verdicts on the drafts a triage walk checks (the answers in
 * src/workflows/assist/guide.ts), by start page, attachment count and text.
 */
const triageMessages: Readonly<
  Record<string, { reason: string; issues: { code: string; message: undefined }[] }>
> = {
  'messages-page 1 -': {
    reason: 'attachments-need-home-page',
    issues: [{ code: 'attachments-need-home-page', message: undefined }],
  },
  'home-page 0 -': { reason: 'ready-to-send', issues: [] },
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
  // The session keeps a triage's codes only, so no advice is stated (it would only word a diagnosis).
  triage: Object.freeze<TriageRuleChecks>({
    phone: (phone) => {
      if (phone !== WALK_PHONE_OF_RECORD) stated({}, phone, 'phone number');
      return { valid: true, reason: 'mobile-or-landline', advice: undefined };
    },
    browser: (userAgent) => ({ ...stated(browsers, userAgent, 'user agent'), advice: undefined }),
    staffBrowser: (userAgent) => ({ ...stated(browsers, userAgent, 'user agent'), advice: undefined }),
    browserByName: () => stated<never>({}, '', 'named browser'),
    securityAnswer: () => stated<never>({}, '', 'security answer'),
    message: (draft) => {
      const { reason, issues } = stated(
        triageMessages,
        `${draft.startedFrom} ${draft.attachments.length} ${draft.body}`,
        'message',
      );
      return { reason, issues: issues.map((issue) => ({ ...issue })) };
    },
  }),
});
