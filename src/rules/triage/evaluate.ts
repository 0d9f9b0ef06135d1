import type { Locale } from '../../locales/types.js';
import { checkPortalEligibility } from '../eligibility.js';
import { recipientOptions } from '../recipients.js';
import {
  type SymptomId,
  type TriageCauseCode,
  type TriageCheck,
  type TriageQuestionId,
  triageCatalog,
} from './catalog.js';
import { questionFacts, type TriageFacts } from './facts.js';
import type { TriageBrowserVerdict, TriageRuleChecks } from './rule-checks.js';

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
/** Asks those of `questions` that no known fact answers yet (an answered question is not asked again). */
const askUnanswered = (facts: TriageFacts, ...questions: TriageQuestionId[]): Evaluation =>
  ask(...questions.filter((question) => questionFacts[question].every((key) => facts[key] === undefined)));

/**
 * The browser verdict from a user agent or, when there is none or it cannot be recognised, from a
 * browser named on the phone; none without either.
 */
function browserVerdict(facts: TriageFacts, context: EvaluationContext, staff: boolean) {
  const { locale, checks } = context;
  const check = staff ? 'staff-browser' : 'browser';
  let result: TriageBrowserVerdict | undefined;
  if (facts.userAgent !== undefined) {
    result = (staff ? checks.staffBrowser : checks.browser)(facts.userAgent, locale);
    context.record(check, result.reason);
  }
  if (facts.browser !== undefined && (result === undefined || result.status === 'unknown')) {
    result = checks.browserByName(
      { browser: facts.browser, os: facts.os ?? 'unknown', osVersion: facts.osVersion },
      locale,
      staff,
    );
    context.record(check, result.reason);
  }
  return result;
}

/**
 * The cause when the browser must change: unsupported, or `unknown` (staff treat it as "switch
 * browsers"), save a Windows of unknown version, which naming the version settles.
 */
const mustSwitch = (
  browser: TriageBrowserVerdict | undefined,
  cause: TriageCauseCode,
): Evaluation | undefined =>
  browser !== undefined && browser.status !== 'supported' && browser.reason !== 'windows-version-unknown'
    ? found(withAdvice(cause, browser.advice))
    : undefined;

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

/**
 * The message check on what is known: the text (or a stand-in when only files matter), the files
 * and where the message was started (a stand-in when no file makes it matter).
 */
function messageCheck(facts: TriageFacts, context: EvaluationContext, body: string, files: number) {
  const result = context.checks.message(
    {
      body,
      attachments: Array.from({ length: files }, (_, index) => ({ name: `file-${index + 1}` })),
      startedFrom: facts.startedFrom ?? 'home-page',
    },
    context.locale,
  );
  context.record('message', result.reason);
  return result;
}

/** The issues of a message check that are causes of the symptom, in the catalog's order. */
function issueFindings(
  issues: readonly { readonly code: string; readonly message: string | undefined }[],
  symptom: SymptomId,
): Finding[] {
  return triageCatalog[symptom].causes.flatMap((cause) => {
    const issue = issues.find((candidate) => candidate.code === cause);
    return issue === undefined ? [] : [withAdvice(cause, issue.message)];
  });
}

/** How each symptom is diagnosed from its facts: one evaluator per symptom, so none can be missing. */
export const evaluators: { readonly [Id in SymptomId]: Evaluator } = {
  'no-invitation-email': (facts, context) => {
    const age = eligibility(facts, context);
    if (age?.eligible === false) return found({ cause: 'under-minimum-age', advice: age.advice });
    // Every other cause ends in a new invitation, which nobody under the minimum age may get: age first.
    if (age !== undefined) {
      if (facts.emailOnFile === false) return found({ cause: 'email-address-wrong' });
      if (facts.checkedJunk === false) return found({ cause: 'email-filtered' });
      if (facts.emailOnFile === true && facts.checkedJunk === true)
        return found({ cause: 'invitation-not-received' });
    }
    return askUnanswered(facts, 'birth-date', 'email-on-file', 'checked-junk');
  },
  'link-not-working': (facts, context) => {
    const browser = browserVerdict(facts, context, false);
    const change = mustSwitch(browser, 'browser-not-supported');
    if (change) return change;
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
    if (facts.phone === undefined) return askUnanswered(facts, 'code-method', 'phone');
    const phone = context.checks.phone(facts.phone, context.locale);
    context.record('phone', phone.reason);
    if (!phone.valid) return found(withAdvice('phone-number-invalid', phone.advice));
    // A toll-free or service number reaches a business: staff ask for a phone the patient answers.
    if (phone.reason === 'toll-free' || phone.reason === 'service-number')
      return found(withAdvice('phone-not-personal', phone.advice));
    if (facts.codeMethod === undefined) return ask('code-method');
    if (facts.codeMethod === 'text' && phone.reason === 'landline')
      return found(withAdvice('landline-cannot-text', phone.advice));
    return found({ cause: 'new-code-needed' });
  },
  'security-answer-refused': (facts, context) => {
    if (facts.answer !== undefined && facts.savedAnswer !== undefined) {
      const reason = context.checks.securityAnswer(facts.answer, facts.savedAnswer);
      context.record('answers', reason);
      // Only spaces or special characters apart: typed differently. Another answer, or the same one
      // (then the note is not what was set): the answer is not remembered.
      return found({
        cause: reason === 'answers-differ-in-characters' ? 'answer-typed-differently' : 'answer-forgotten',
      });
    }
    if (facts.answerSpecialCharacters === true) return found({ cause: 'answer-typed-differently' });
    if (facts.answerSpecialCharacters === false) return found({ cause: 'answer-forgotten' });
    return ask('answer-special-characters', 'saved-answer');
  },
  'forgot-password': () => found({ cause: 'password-forgotten' }),
  'already-has-account': () => found({ cause: 'account-exists' }),
  'cannot-attach-file': (facts, context) => {
    const { startedFrom, attachments } = facts;
    // The Messages page sends no file at all, however many: the count matters on the home page only.
    if (startedFrom === undefined || (startedFrom === 'home-page' && attachments === undefined))
      return askUnanswered(facts, 'started-from', 'attachments');
    // The patient is attaching at least one file: that is the symptom.
    const result = messageCheck(facts, context, '-', Math.max(1, attachments ?? 1));
    const causes = issueFindings(result.issues, 'cannot-attach-file');
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
    const files = facts.attachments ?? 0;
    const result = messageCheck(facts, context, facts.messageText, files);
    const causes = issueFindings(result.issues, 'message-will-not-send');
    if (causes.length > 0) return found(...causes);
    // Nothing found yet: files sent from an unknown page, or an unknown number of files, may still be the cause.
    if (facts.attachments === undefined) return ask('attachments');
    if (files > 0 && facts.startedFrom === undefined) return ask('started-from');
    return found({ cause: 'message-other-problem' });
  },
  'browser-warning': (facts, context) => {
    const browser = browserVerdict(facts, context, false);
    // No user agent and no named browser yet, or Windows without its version: ask which browser, on what device.
    return (
      mustSwitch(browser, 'browser-not-supported') ??
      (browser?.status === 'supported' ? found({ cause: 'browser-warning-other' }) : ask('browser'))
    );
  },
  'child-under-13': (facts, context) => {
    const age = eligibility(facts, context);
    if (age === undefined) return ask('birth-date');
    return found({ cause: age.eligible ? 'old-enough' : 'under-minimum-age', advice: age.advice });
  },
  'manage-family-account': (facts, context) => {
    const age = eligibility(facts, context);
    // The catalog's words, not the age check's: those offer family access to the person under age.
    if (age?.eligible === false) return found({ cause: 'manager-under-age' });
    if (facts.hasAccount === true) return found({ cause: 'use-switch-to-view' });
    // Family access is promised only to a caregiver old enough for an account: the birth date first.
    if (facts.hasAccount === false && age !== undefined) return found({ cause: 'register-as-manager' });
    return askUnanswered(facts, 'has-account', 'manager-birth-date');
  },
  'cannot-see-family-record': (facts) => {
    if (facts.nameUnderSwitchToView === true) return found({ cause: 'use-switch-to-view' });
    if (facts.nameUnderSwitchToView === false) return found({ cause: 'family-access-not-set-up' });
    return ask('name-under-switch-to-view');
  },
  'staff-login-as-patient': (facts, context) => {
    const browser = browserVerdict(facts, context, true);
    return (
      mustSwitch(browser, 'staff-browser-not-supported') ??
      (browser?.status === 'supported' ? found({ cause: 'staff-login-other' }) : ask('staff-browser'))
    );
  },
};
