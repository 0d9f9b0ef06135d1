import type {
  PracticeCauseCode,
  SymptomId,
  TriageCauseCode,
  TriageCheck,
  TriageQuestionId,
} from '../rules/triage/catalog.js';
import type { GuideWords } from './guide-words.js';

/**
 * The shape of a language: every sentence the rule checks say, one section per rule. A rule reads
 * only its own section, so a host that passes its own language writes plain functions and strings,
 * and a bundle holds only the sections (and the languages) it uses. Keys are the rules' reason
 * codes, so a missing sentence is a type error. See docs/locales.md.
 */

/**
 * What the browser sentences may mention. Names are display names ("Google Chrome"), never
 * translated: they are the names the browsers' makers and the vendor's help page use.
 *
 * @example
 * ```ts
 * const params: BrowserAdviceParams = { browserName: 'Safari', browsers: ['Google Chrome', 'Mozilla Firefox'] };
 * es.browser['safari-requires-apple-os'](params);
 * //=> 'Safari es compatible con el portal del paciente solo en dispositivos Apple, ...'
 * ```
 */
export interface BrowserAdviceParams {
  /** The detected browser, when it is one of the four supported ones or Internet Explorer. */
  readonly browserName?: string | undefined;
  /** The app whose built-in browser is in use ("Instagram"), when known. */
  readonly appName?: string | undefined;
  /** The browsers offered as download links, in order; empty when the system can run none we know. */
  readonly browsers: readonly string[];
}

/**
 * One sentence builder per browser reason code (`BrowserSupportReason`), shared by the patient's
 * and the staff member's wording. The same keys as `checkBrowserSupport`'s reasons.
 *
 * @example
 * ```ts
 * en.browser['internet-explorer']({ browsers: ['Google Chrome', 'Microsoft Edge', 'Mozilla Firefox'] });
 * //=> "Internet Explorer doesn't work with the Patient Portal. Please install Google Chrome, ..."
 * ```
 */
export interface BrowserReasonWords {
  /** The browser is supported on this system. */
  readonly 'supported-browser': (params: BrowserAdviceParams) => string;
  /** Microsoft Edge on a system other than Windows 7 to 11. */
  readonly 'edge-requires-windows': (params: BrowserAdviceParams) => string;
  /** Safari on a system other than macOS, iOS or iPadOS. */
  readonly 'safari-requires-apple-os': (params: BrowserAdviceParams) => string;
  /** Chrome or Firefox on a system a custom policy leaves out. */
  readonly 'browser-not-allowed-on-os': (params: BrowserAdviceParams) => string;
  /** Older than the policy's minimum version. */
  readonly 'outdated-browser': (params: BrowserAdviceParams) => string;
  /** Internet Explorer, never supported. */
  readonly 'internet-explorer': (params: BrowserAdviceParams) => string;
  /** The built-in browser of another app (`appName` says which, when known). */
  readonly 'in-app-browser': (params: BrowserAdviceParams) => string;
  /** A web view inside another app. */
  readonly webview: (params: BrowserAdviceParams) => string;
  /** A TV, game console or car browser. */
  readonly 'tv-console-or-car-browser': (params: BrowserAdviceParams) => string;
  /** Any other browser, forks of the four included. */
  readonly 'other-browser': (params: BrowserAdviceParams) => string;
  /** The Windows version is not known (10 or 11, or not named) and the policy allows only some. */
  readonly 'windows-version-unknown': (params: BrowserAdviceParams) => string;
  /** Client hints that contradict the user agent. */
  readonly 'conflicting-client-hints': (params: BrowserAdviceParams) => string;
  /** A bot, a tool or a library rather than a browser. */
  readonly 'not-a-browser': (params: BrowserAdviceParams) => string;
  /** A damaged user-agent string. */
  readonly 'malformed-user-agent': (params: BrowserAdviceParams) => string;
  /** A string (or, by name, a browser) nobody can tell. */
  readonly 'unrecognised-user-agent': (params: BrowserAdviceParams) => string;
  /** No user agent at all. */
  readonly 'empty-user-agent': (params: BrowserAdviceParams) => string;
  /** A user agent too long to read. */
  readonly 'user-agent-too-long': (params: BrowserAdviceParams) => string;
}

/**
 * What `checkBrowserSupport` and `checkBrowserByName` tell the patient, per reason code.
 *
 * @example
 * ```ts
 * en.browser['supported-browser']({ browsers: [] });
 * //=> 'Your browser works with the Patient Portal, so there is nothing to change there.'
 * ```
 */
export interface BrowserWords extends BrowserReasonWords {}

/**
 * What `checkStaffBrowser` tells a staff member about their own browser and the Quickview action
 * "Log in to Portal as Patient", per reason code.
 *
 * @example
 * ```ts
 * en.staffBrowser['supported-browser']({ browsers: [] });
 * //=> 'Your browser is supported, so you can use "Log in to Portal as Patient" on the Quickview.'
 * ```
 */
export interface StaffBrowserWords extends BrowserReasonWords {}

/**
 * A calendar date in parts, for a language to write in its own way.
 *
 * @example
 * ```ts
 * const date: CalendarDateParts = { year: 2025, month: 3, day: 1 };
 * ```
 */
export interface CalendarDateParts {
  readonly year: number;
  /** 1 (January) to 12 (December). */
  readonly month: number;
  readonly day: number;
}

/**
 * What `checkPortalEligibility` says, per reason code.
 *
 * @example
 * ```ts
 * en.eligibility.eligible({ minimumAge: 13 });
 * //=> 'They are 13 or older, so they can create a Patient Portal account.'
 * ```
 */
export interface EligibilityWords {
  /** Old enough to create, or be invited to, a portal account. */
  readonly eligible: (params: { readonly minimumAge: number }) => string;
  /** Too young: when they become eligible, and the family access account to offer meanwhile. */
  readonly 'under-minimum-age': (params: {
    readonly minimumAge: number;
    readonly eligibleOn: CalendarDateParts;
  }) => string;
}

/**
 * What `validateMessage` says: one message per issue code (also used as `advice` when it is the
 * first issue), and the advice for a message that is ready.
 *
 * @example
 * ```ts
 * en.message['message-too-long']({ maxLength: 1000, over: 20 });
 * //=> 'The portal allows up to 1000 characters, and this message is 20 over. ...'
 * ```
 */
export interface MessageWords {
  /** The text holds a typed credit card number (`count` of them). */
  readonly 'card-number-in-message': (params: { readonly count: number }) => string;
  /** Nothing but spaces. */
  readonly 'empty-message': string;
  /** Over the length limit by `over` characters. */
  readonly 'message-too-long': (params: { readonly maxLength: number; readonly over: number }) => string;
  /** Files attached to a message started from the Messages page. */
  readonly 'attachments-need-home-page': string;
  /** More files than the limit, by `over`. */
  readonly 'too-many-attachments': (params: {
    readonly maxAttachments: number;
    readonly over: number;
  }) => string;
  /** Ready, with no attachment. */
  readonly 'ready-to-send': string;
  /** Ready, with attachments: a reminder about pictures of cards, which no check can see. */
  readonly 'ready-to-send-with-attachments': string;
}

/**
 * What `checkPhoneNumber` says, per reason code.
 *
 * @example
 * ```ts
 * en.phone.landline;
 * //=> 'This is a landline, which cannot receive text messages. Choose "Call me" ...'
 * ```
 */
export interface PhoneWords {
  /** A mobile: "Text me". */
  readonly mobile: string;
  /** A landline: "Call me". */
  readonly landline: string;
  /** The country's numbers do not tell mobile from landline (the United States, Canada...). */
  readonly 'mobile-or-landline': string;
  /** An internet (VoIP) number. */
  readonly voip: string;
  /** A toll-free number. */
  readonly 'toll-free': string;
  /** A pager, premium-rate or other special-service number. */
  readonly 'service-number': string;
  /** A valid number of no known type. */
  readonly 'type-unknown': string;
  /** Nothing typed. */
  readonly empty: string;
  /** Longer than any phone number. */
  readonly 'too-long': string;
  /** Not a phone number. */
  readonly 'not-a-phone-number': string;
  /** A number with an extension. */
  readonly 'has-extension': string;
}

/**
 * What `recipientOptions` says about the Provider list, per reason code.
 *
 * @example
 * ```ts
 * en.recipients['no-recipients'];
 * //=> 'There is no provider to write to yet: ...'
 * ```
 */
export interface RecipientsWords {
  /** Provider-based message routing is on: providers only. */
  readonly 'providers-only': string;
  /** Routing is off: providers and "Office staff". */
  readonly 'providers-and-office-staff': string;
  /** Nobody to write to. */
  readonly 'no-recipients': string;
}

/**
 * The words of one symptom: its name as staff see it in a menu, and phrasings of it in the
 * patient's own words (what `searchHelp` matches what staff type against).
 *
 * @example
 * ```ts
 * en.triage.symptoms['code-not-received'].name;
 * //=> 'The code never came'
 * ```
 */
export interface SymptomWords {
  readonly name: string;
  readonly phrasings: readonly string[];
}

/**
 * What `diagnose` and `describeSymptom` say: symptom names and phrasings, the questions staff ask,
 * per cause what went wrong (for staff) and what to tell the patient, and the general advice of
 * causes where the reference is silent, which is the practice's to replace.
 *
 * @example
 * ```ts
 * en.triage.causes['landline-cannot-text'];
 * //=> 'The number is a landline, which cannot receive text messages.'
 * ```
 */
export interface TriageWords {
  readonly symptoms: { readonly [Id in SymptomId]: SymptomWords };
  /** The question staff ask, in their own voice. */
  readonly questions: { readonly [Id in TriageQuestionId]: string };
  /** What each check is, for staff ("Browser check"). */
  readonly checks: { readonly [Check in TriageCheck]: string };
  /** What went wrong, for staff. */
  readonly causes: { readonly [Code in TriageCauseCode]: string };
  /** What staff tell the patient for a cause whose fix is a workflow step, in the patient's voice. */
  readonly tell: { readonly [Code in Exclude<TriageCauseCode, PracticeCauseCode>]: string };
  /** The default general advice of a cause the reference says nothing about: the practice's to replace. */
  readonly practiceAdvice: { readonly [Code in PracticeCauseCode]: string };
  /**
   * The words of answers with fixed choices, as a step view offers them (`describeStep`'s
   * `triage.question.answer`): yes and no, and the values of the facts `codeStep`, `codeMethod`
   * and `startedFrom`.
   */
  readonly answers: {
    readonly yes: string;
    readonly no: string;
    readonly codeStep: { readonly 'security-setup': string; readonly 'phone-of-record': string };
    readonly codeMethod: { readonly text: string; readonly call: string };
    readonly startedFrom: { readonly 'home-page': string; readonly 'messages-page': string };
    /** A browser or system named on the phone that is none of the list, or that nobody knows. */
    readonly other: string;
    readonly unknown: string;
    /** The fields of a question answered with several facts. */
    readonly facts: {
      readonly userAgent: string;
      readonly browser: string;
      readonly os: string;
      readonly answer: string;
      readonly savedAnswer: string;
    };
  };
  /** Headings and marks of the generated troubleshooting page and the CLI. */
  readonly ui: {
    readonly title: string;
    readonly intro: string;
    readonly questions: string;
    readonly checks: string;
    readonly causes: string;
    readonly fix: string;
    readonly say: string;
    readonly workflowStep: string;
    readonly practiceAdvice: string;
    readonly noQuestions: string;
    readonly noChecks: string;
  };
}

/**
 * What `searchHelp` reads besides the triage words, in one language: the function words it skips,
 * the words that mark a staff member's own problem, and more ways patients say each symptom. Only
 * the search reads it, so `diagnose` and the element do not carry these words.
 *
 * @example
 * ```ts
 * en.search.stopWords.includes('the');
 * //=> true
 * ```
 */
export interface SearchWords {
  /**
   * Function words neither the index nor a query keeps (articles, pronouns, prepositions,
   * auxiliaries, negations, "says"), written without apostrophes ("cant", "im"): a query made of
   * them alone finds nothing. Folded like every term (case, accents).
   */
  readonly stopWords: readonly string[];
  /**
   * Words or phrases only staff use about their own screen ("Quickview", "as the patient"): a query
   * without one ranks the staff members' own symptoms (`staff-login-as-patient`) below the
   * patients'.
   */
  readonly staffWords: readonly string[];
  /**
   * More ways patients say each symptom, indexed with its phrasings; `describeSymptom` does not
   * show them.
   */
  readonly symptoms: { readonly [Id in SymptomId]: readonly string[] };
}

/**
 * A language: pass one as the `locale` option of a rule check. English (`en`) is the default;
 * import Spanish from `portal-helpdesk/locales/es`, or implement this type for another language.
 *
 * @example
 * ```ts
 * import { es } from 'portal-helpdesk/locales/es';
 * const safariOnMac =
 *   'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15';
 * checkBrowserSupport(safariOnMac, { locale: es }).advice;
 * //=> 'Su navegador es compatible con el portal del paciente, ...'
 * ```
 */
export interface Locale {
  /** BCP 47 language tag, such as `en` or `es-US`; for the host's own use (no rule reads it). */
  readonly code: string;
  /** `checkBrowserSupport` and `checkBrowserByName`: advice to the patient. */
  readonly browser: BrowserWords;
  /** `checkStaffBrowser`: advice to the staff member. */
  readonly staffBrowser: StaffBrowserWords;
  /** `checkPortalEligibility`. */
  readonly eligibility: EligibilityWords;
  /** `validateMessage`: issue messages and advice. */
  readonly message: MessageWords;
  /** `checkPhoneNumber`. */
  readonly phone: PhoneWords;
  /** `recipientOptions`. */
  readonly recipients: RecipientsWords;
  /** `diagnose`, `describeSymptom`, `searchHelp` and the troubleshooting page. */
  readonly triage: TriageWords;
  /**
   * `searchHelp` only: stop words, staff words and more patient phrasings per symptom. Optional: a
   * locale without it is searched by its triage and guide words alone.
   */
  readonly search?: SearchWords;
  /** Guides and step views (`buildGuide`, `describeStep`) and the renderers' headings. */
  readonly guide: GuideWords;
}
