import { checkBrowserSupport } from '../rules/browser-support.js';
import { validateMessage } from '../rules/message.js';
import { checkPhoneNumber } from '../rules/phone.js';
import { checkStaffBrowser } from '../rules/staff-browser.js';
import { findCauses, readTriageOptions } from '../rules/triage/find-causes.js';
import { liveTriageChecks } from '../rules/triage/live-rule-checks.js';
import { sessionDiagnoseOptions } from './assist/triage.js';
import type { WorkflowChecks } from './checks.js';

/**
 * The workflow checks run by the real rules: the phone rule (libphonenumber-js), the browser
 * rules and the triage's checks. Every public live machine is built with them; a guide walk never
 * imports this module (docs/decisions.md, "Workflow checks").
 *
 * @example
 * ```ts
 * liveChecks.typedPhone('+44 20 7946 0958', 'US');
 * //=> { valid: true, landline: true, e164: '+442079460958' }
 * ```
 */
export const liveChecks: WorkflowChecks = {
  typedPhone: (phone, region) => {
    const check = checkPhoneNumber(phone, { defaultCountry: region });
    return { valid: check.valid, landline: check.type === 'fixed-line', e164: check.e164 ?? null };
  },
  phoneOfRecord: (raw, region) => {
    const check = checkPhoneNumber(raw, { defaultCountry: region });
    return check.valid && check.e164 !== undefined ? check.e164 : null;
  },
  patientBrowser: (userAgent) => {
    const result = checkBrowserSupport(userAgent);
    return { status: result.status, reason: result.reason };
  },
  staffBrowser: (input) => {
    const result = checkStaffBrowser(input);
    return { status: result.status, reason: result.reason };
  },
  message: (draft, policy) => {
    const result = validateMessage(draft, policy);
    return { ok: result.ok, issues: result.issues.map((issue) => issue.code) };
  },
  triageCauses: (symptom, facts, session) =>
    findCauses(
      symptom,
      facts,
      readTriageOptions(sessionDiagnoseOptions(session), 'diagnose'),
      liveTriageChecks,
      'diagnose',
    ).evaluation,
};
