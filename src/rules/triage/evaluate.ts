import type { Locale } from '../../locales/types.js';
import { checkPortalEligibility } from '../eligibility.js';
import { recipientOptions } from '../recipients.js';
import type { SymptomId, TriageCauseCode, TriageCheck, TriageQuestionId } from './catalog.js';
import type { TriageFacts } from './facts.js';
import type { TriageRuleChecks } from './rule-checks.js';

/**
 * What one rule check said during a diagnosis: the check and its reason code.
 *
 * @example
 * ```ts
 * const result: TriageCheckResult = { check: 'phone', reason: 'landline' };
 * ```
 */
export interface TriageCheckResult {
  readonly check: TriageCheck;
  readonly reason: string;
}

/** A cause found, with the check's own advice when a check found it. */
export interface Finding {
  readonly cause: TriageCauseCode;
  readonly advice?: string;
}

/** A symptom's evaluation: the causes found, or the questions still to ask. */
export type Evaluation =
  | { readonly causes: readonly Finding[] }
  | { readonly ask: readonly TriageQuestionId[] };

/** What an evaluator may use besides the facts (validated options of `diagnose`). */
export interface EvaluationContext {
  /** A locale object; `undefined` for English. */
  readonly locale: Locale | undefined;
  readonly now: Date | undefined;
  readonly timeZone: string | undefined;
  readonly minimumAge: number | undefined;
  /** The phone and browser rules (injected: a guide walk states their verdicts). */
  readonly checks: TriageRuleChecks;
  /** Records a check's verdict. */
  readonly record: (check: TriageCheck, reason: string) => void;
}

type Evaluator = (facts: TriageFacts, context: EvaluationContext) => Evaluation;

const found = (...causes: Finding[]): Evaluation => ({ causes });
const withAdvice = (cause: TriageCauseCode, advice: string | undefined): Finding =>
  advice === undefined ? { cause } : { cause, advice };
const ask = (...questions: TriageQuestionId[]): Evaluation => ({ ask: questions });

/** The browser verdict from a user agent, or else from a browser named on the phone; none without either. */
function browserVerdict(facts: TriageFacts, context: EvaluationContext, staff: boolean) {
  const { locale, checks } = context;
  let result: { status: string; reason: string; advice: string | undefined } | undefined;
  if (facts.userAgent !== undefined) {
    result = staff ? checks.staffBrowser(facts.userAgent, locale) : checks.browser(facts.userAgent, locale);
  } else if (facts.browser !== undefined) {
    const named = checks.browserByName(
      { browser: facts.browser, os: facts.os ?? 'unknown', osVersion: facts.osVersion },
      locale,
    );
    // Its advice speaks to the patient; for a staff member's browser the triage's own words stand.
    result = staff ? { status: named.status, reason: named.reason, advice: undefined } : named;
  }
  if (result !== undefined) context.record(staff ? 'staff-browser' : 'browser', result.reason);
  return result;
}

/** The age check, when a birth date is known (`diagnose` made sure `now` and `timeZone` came with it). */
function eligibility(facts: TriageFacts, context: EvaluationContext) {
  if (facts.birthDate === undefined || context.now === undefined || context.timeZone === undefined)
    return undefined;
  const result = checkPortalEligibility({
    birthDate: facts.birthDate,
    now: context.now,
    timeZone: context.timeZone,
    minimumAge: context.minimumAge,
    locale: context.locale,
  });
  context.record('eligibility', result.reason);
  return result;
}

/** The message check on what is known: the text (or a stand-in when only files matter) and the files. */
function messageCheck(facts: TriageFacts, context: EvaluationContext, body: string) {
  const attachments = Array.from({ length: facts.attachments ?? 0 }, (_, index) => ({
    name: `file-${index + 1}`,
  }));
  const result = context.checks.message(
    { body, attachments, startedFrom: facts.startedFrom ?? 'home-page' },
    context.locale,
  );
  context.record('message', result.reason);
  return result;
}

function issueFindings(
  issues: readonly { readonly code: string; readonly message: string | undefined }[],
  order: readonly TriageCauseCode[],
): Finding[] {
  return order.flatMap((cause) => {
    const issue = issues.find((candidate) => candidate.code === cause);
    return issue === undefined ? [] : [withAdvice(cause, issue.message)];
  });
}

/** How each symptom is diagnosed from its facts: one evaluator per symptom, so none can be missing. */
export const evaluators: { readonly [Id in SymptomId]: Evaluator } = {
  'no-invitation-email': (facts, context) => {
    const age = eligibility(facts, context);
    if (age?.eligible === false) return found({ cause: 'under-minimum-age', advice: age.advice });
    if (facts.emailOnFile === false) return found({ cause: 'email-address-wrong' });
    if (facts.checkedJunk === false) return found({ cause: 'email-filtered' });
    if (facts.emailOnFile === true && facts.checkedJunk === true)
      return found({ cause: 'invitation-not-received' });
    const questions: TriageQuestionId[] = [];
    if (facts.birthDate === undefined) questions.push('birth-date');
    if (facts.emailOnFile === undefined) questions.push('email-on-file');
    questions.push('checked-junk');
    return ask(...questions);
  },
  'link-not-working': (facts, context) => {
    const browser = browserVerdict(facts, context, false);
    if (browser?.status === 'unsupported') return found(withAdvice('browser-not-supported', browser.advice));
    if (facts.linkUsedBefore === true) return found({ cause: 'account-already-created' });
    if (browser?.status === 'supported' && facts.linkUsedBefore === false)
      return found({ cause: 'link-expired' });
    return browser?.status === 'supported' ? ask('link-used-before') : ask('browser');
  },
  'code-not-received': (facts, context) => {
    if (facts.codeStep === 'phone-of-record') {
      if (facts.phoneOfRecordCurrent === false) return found({ cause: 'phone-of-record-out-of-date' });
      if (facts.phoneOfRecordCurrent === true) return found({ cause: 'new-verification-code-needed' });
      return ask('phone-of-record-current');
    }
    if (facts.codeStep === undefined) return ask('code-step');
    if (facts.phone === undefined)
      return facts.codeMethod === undefined ? ask('code-method', 'phone') : ask('phone');
    const phone = context.checks.phone(facts.phone, context.locale);
    context.record('phone', phone.reason);
    if (!phone.valid) return found(withAdvice('phone-number-invalid', phone.advice));
    if (facts.codeMethod === undefined) return ask('code-method');
    if (facts.codeMethod === 'text' && phone.reason === 'landline')
      return found(withAdvice('landline-cannot-text', phone.advice));
    return found({ cause: 'new-code-needed' });
  },
  'security-answer-refused': (facts, context) => {
    if (facts.answer !== undefined && facts.savedAnswer !== undefined) {
      const match = context.checks.securityAnswer(facts.answer, facts.savedAnswer);
      context.record('answers', match ? 'answers-match' : 'answers-differ');
      if (!match) return found({ cause: 'answer-typed-differently' });
    }
    if (facts.answerSpecialCharacters === true) return found({ cause: 'answer-typed-differently' });
    if (facts.answerSpecialCharacters === false) return found({ cause: 'answer-forgotten' });
    return facts.answer === undefined || facts.savedAnswer === undefined
      ? ask('answer-special-characters', 'saved-answer')
      : ask('answer-special-characters');
  },
  'forgot-password': () => found({ cause: 'password-forgotten' }),
  'already-has-account': () => found({ cause: 'account-exists' }),
  'cannot-attach-file': (facts, context) => {
    if (facts.startedFrom === undefined) return ask('started-from', 'attachments');
    const result = messageCheck(facts, context, facts.messageText ?? '-');
    const causes = issueFindings(result.issues, ['attachments-need-home-page', 'too-many-attachments']);
    return causes.length > 0 ? found(...causes) : found({ cause: 'one-file-at-a-time' });
  },
  'provider-not-listed': (facts, context) => {
    if (facts.seenProviders === 0) {
      const result = recipientOptions({
        providers: [],
        providerBasedRouting: facts.providerBasedRouting ?? true,
        locale: context.locale,
      });
      context.record('recipients', result.reason);
      return found({ cause: 'provider-not-seen', advice: result.advice });
    }
    if (facts.providerSeen === false) return found({ cause: 'provider-not-seen' });
    if (facts.providerSeen === true) return found({ cause: 'provider-list-other' });
    return ask('provider-seen');
  },
  'office-staff-missing': (facts, context) => {
    if (facts.providerBasedRouting === undefined) return ask('provider-based-routing');
    const { officeStaffOffered } = recipientOptions({
      providers: [],
      providerBasedRouting: facts.providerBasedRouting,
    });
    context.record('recipients', officeStaffOffered ? 'providers-and-office-staff' : 'providers-only');
    return found({ cause: officeStaffOffered ? 'office-staff-expected' : 'provider-based-routing-on' });
  },
  'message-will-not-send': (facts, context) => {
    if (facts.messageText === undefined) return ask('message-text');
    const result = messageCheck(facts, context, facts.messageText);
    const causes = issueFindings(result.issues, [
      'card-number-in-message',
      'message-too-long',
      'empty-message',
      'attachments-need-home-page',
      'too-many-attachments',
    ]);
    return causes.length > 0 ? found(...causes) : found({ cause: 'message-other-problem' });
  },
  'browser-warning': (facts, context) => {
    const browser = browserVerdict(facts, context, false);
    if (browser?.status === 'unsupported') return found(withAdvice('browser-not-supported', browser.advice));
    if (browser?.status === 'supported') return found({ cause: 'browser-warning-other' });
    // No user agent and no named browser, or one nobody can vouch for: ask which browser, on what device.
    return ask('browser');
  },
  'child-under-13': (facts, context) => {
    const age = eligibility(facts, context);
    if (age === undefined) return ask('birth-date');
    return found({ cause: age.eligible ? 'old-enough' : 'under-minimum-age', advice: age.advice });
  },
  'manage-family-account': (facts, context) => {
    const age = eligibility(facts, context);
    if (age?.eligible === false) return found({ cause: 'manager-under-age', advice: age.advice });
    if (facts.hasAccount === true) return found({ cause: 'use-switch-to-view' });
    if (facts.hasAccount === false) return found({ cause: 'register-as-manager' });
    return age === undefined ? ask('has-account', 'manager-birth-date') : ask('has-account');
  },
  'cannot-see-family-record': (facts) => {
    if (facts.nameUnderSwitchToView === true) return found({ cause: 'use-switch-to-view' });
    if (facts.nameUnderSwitchToView === false) return found({ cause: 'family-access-not-set-up' });
    return ask('name-under-switch-to-view');
  },
  'staff-login-as-patient': (facts, context) => {
    const browser = browserVerdict(facts, context, true);
    if (browser?.status === 'unsupported')
      return found(withAdvice('staff-browser-not-supported', browser.advice));
    if (browser?.status === 'supported') return found({ cause: 'staff-login-other' });
    return ask('staff-browser');
  },
};
