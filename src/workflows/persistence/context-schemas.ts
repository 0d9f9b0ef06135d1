import * as z from 'zod/mini';
import { cappedArray } from '../../internal/capped-array.js';
import { textUpTo, wholeNumber } from '../../internal/checks.js';
import { readInstant } from '../../internal/instant.js';
import type { BrowserSupportReason } from '../../rules/browser-support.js';
import { checkPortalEligibility } from '../../rules/eligibility.js';
import { type MessageIssueCode, validateMessage } from '../../rules/message.js';
import { recipientOptions } from '../../rules/recipients.js';
import { type AssistSessionInput, assistInputSchema, checkSessionFacts } from '../assist/input.js';
import { userAgeCheck } from '../assist/registering-user.js';
import { type AssistTask, assistTasks } from '../assist/tasks.js';
import { factRecord, questionSchema, symptomSchema, triageAnswerSchema } from '../assist/triage.js';
import type { WorkflowId } from '../definitions.js';
import { registrationChannels } from '../registration/channels.js';
import { messageStarts } from '../secure-message/starts.js';
import type { WorkflowProblem } from '../shared/context-types.js';
import {
  countryCodeSchema,
  MAX_DEPARTMENTS,
  MAX_FAMILY_PROFILES,
  MAX_PROVIDERS,
} from '../shared/input-schemas.js';

// The shape of each machine's context, checked before a persisted snapshot reaches xstate: a
// snapshot whose context has the wrong shape would make a guard throw later, inside the actor.

const nullableText = (max: number) => z.nullable(textUpTo(max));
const count = wholeNumber(0, 1_000_000);

/** Every problem a workflow can flag (a record, so a new one does not compile until it is listed). */
const workflowProblems: Readonly<Record<WorkflowProblem, true>> = {
  'form-incomplete': true,
  'invalid-phone': true,
  'landline-cannot-text': true,
  'wrong-code': true,
  'empty-answer': true,
  'invalid-manager-details': true,
  'invalid-caregiver-details': true,
  'unknown-provider': true,
  'unknown-location': true,
  'unknown-profile': true,
  'message-invalid': true,
};
const problem = z.nullable(z.enum(Object.keys(workflowProblems) as [WorkflowProblem, ...WorkflowProblem[]]));

const messageIssueCodes: Readonly<Record<MessageIssueCode, true>> = {
  'card-number-in-message': true,
  'empty-message': true,
  'message-too-long': true,
  'attachments-need-home-page': true,
  'too-many-attachments': true,
};

/**
 * Why an assist task could not start (its pre-checks) or ended blocked (its workflow's output):
 * reason codes only, each with the tasks it can belong to.
 */
export const assistBlockReasons: Readonly<Record<string, readonly AssistTask[]>> = {
  'patient-under-minimum-age': ['registration', 'security-setup', 'phone-verification'],
  'family-member-under-minimum-age': ['registration'],
  'already-registered': ['registration'],
  'under-minimum-age': ['registration', 'relationship', 'family-access'],
  'no-phone-of-record': ['registration', 'phone-verification', 'family-access'],
};
const blockReason = z.enum(Object.keys(assistBlockReasons) as [string, ...string[]]);
const e164 = z.nullable(z.string().check(z.regex(/^\+[1-9]\d{5,14}$/)));
const underAge = z.nullable(z.object({ who: z.enum(['patient', 'manager']), eligibleOn: textUpTo(10) }));

/**
 * The clock a context stores: the instant its input gave, as `toISOString` wrote it. Anything else
 * (a date without a time, a time without an offset, an impossible day) would be read by
 * `new Date` in the host's time zone, or not at all, and the age rule's "today" would move with it.
 */
const storedInstant = z.string().check(
  z.maxLength(40),
  z.refine((text) => readInstant(text) === text, 'Expected an instant as toISOString writes it'),
);

const eligibility = {
  patient: z.object({ displayName: textUpTo(200), birthDate: textUpTo(10) }),
  now: storedInstant,
  timeZone: textUpTo(64),
  minimumAge: z.number(),
};
const codeEntry = { codeAttempts: count, codeResends: count, problem };
const security = {
  defaultCountry: countryCodeSchema,
  securityMethod: z.nullable(z.enum(['text', 'call', 'question'])),
  recoveryPhone: e164,
  ...codeEntry,
};
const verification = {
  defaultCountry: countryCodeSchema,
  phoneOfRecord: e164,
  verificationMethod: z.nullable(z.enum(['text', 'call'])),
  phoneVerified: z.boolean(),
  // A session saved by an earlier unreleased build has no such field: read it as "not updated"
  // (the step view then uses the first-time wording, as it did when that session was saved).
  phoneOfRecordUpdated: z._default(z.boolean(), false),
  ...codeEntry,
};
const user = z.union([
  z.object({ role: z.literal('patient') }),
  z.object({ role: z.literal('family-member'), birthDate: nullableText(10) }),
]);
const relationship = {
  ...eligibility,
  relationship: z.nullable(z.enum(['self', 'manager'])),
  underAge,
  problem,
};
const department = z.object({ id: textUpTo(128), name: textUpTo(200) });
const provider = z.object({
  id: textUpTo(128),
  name: textUpTo(200),
  departments: cappedArray(department, MAX_DEPARTMENTS),
});
const channel = z.enum(registrationChannels);
const task = z.enum(assistTasks);
/** More causes than any symptom has. */
const MAX_TRIAGE_CAUSES = 32;
/** Every reason code of the browser rules, by the status it comes with (docs/rules-browser.md). */
const browserReasons = {
  supported: ['supported-browser'],
  unsupported: [
    'edge-requires-windows',
    'safari-requires-apple-os',
    'browser-not-allowed-on-os',
    'outdated-browser',
    'internet-explorer',
    'in-app-browser',
    'webview',
    'tv-console-or-car-browser',
    'other-browser',
  ],
  unknown: [
    'windows-version-unknown',
    'conflicting-client-hints',
    'not-a-browser',
    'malformed-user-agent',
    'unrecognised-user-agent',
    'empty-user-agent',
    'user-agent-too-long',
  ],
} as const satisfies Record<string, readonly BrowserSupportReason[]>;
// Every reason is listed: a reason added to the rule and not here fails to compile.
const everyBrowserReason: Exclude<
  BrowserSupportReason,
  (typeof browserReasons)[keyof typeof browserReasons][number]
> extends never
  ? true
  : never = true;
void everyBrowserReason;

/** A stored browser verdict: a reason code of the rules, with the status that code comes with. */
const verdict = z.union(
  (['supported', 'unsupported', 'unknown'] as const).map((status) =>
    z.object({ status: z.literal(status), reason: z.enum(browserReasons[status]) }),
  ),
);

/** The age rule must accept the stored facts, or every age guard would silently pass. */
type StoredEligibility = {
  patient: { birthDate: string };
  now: string;
  timeZone: string;
  minimumAge: number;
};
/** Whether the age rule accepts a stored birth date with the stored clock and practice facts. */
function ageRuleTakes(birthDate: string, context: StoredEligibility): boolean {
  try {
    checkPortalEligibility({
      birthDate,
      now: new Date(context.now),
      timeZone: context.timeZone,
      minimumAge: context.minimumAge,
    });
    return true;
  } catch {
    return false;
  }
}
const ageRuleAccepts = z.refine<StoredEligibility>(
  (context) => ageRuleTakes(context.patient.birthDate, context),
  { message: 'Stored patient, clock or practice facts are not valid' },
);

/** A family member's stored date of birth must be one the age rule accepts, or their age guard would silently pass. */
type StoredUser = StoredEligibility & {
  user: { role: 'patient' } | { role: 'family-member'; birthDate: string | null };
};
const userAgeRuleAccepts = z.refine<StoredUser>(
  (context) =>
    context.user.role === 'patient' ||
    context.user.birthDate === null ||
    ageRuleTakes(context.user.birthDate, context),
  { message: 'Stored user facts are not valid' },
);

/** The message rules that the Provider, Office location and Send guards run must accept the stored draft. */
type StoredMessage = {
  startedFrom: 'home-page' | 'messages-page';
  providers: { id: string; name: string; departments: { id: string; name: string }[] }[];
  providerBasedRouting: boolean;
  policy: { maxLength: number; maxAttachments: number };
  body: string;
  attachments: { name: string }[];
};
const messageRulesAccept = z.refine<StoredMessage>(
  (context) => {
    try {
      recipientOptions({ providers: context.providers, providerBasedRouting: context.providerBasedRouting });
      validateMessage(
        { body: context.body, attachments: context.attachments, startedFrom: context.startedFrom },
        context.policy,
      );
      return true;
    } catch {
      return false;
    }
  },
  { message: 'Stored providers, policy or message are not valid' },
);

/** The session facts the assist session hands to its tasks must pass the tasks' own rules. */
const sessionFactsAccepted = z.refine<AssistSessionInput>(
  (session) => {
    try {
      checkSessionFacts(session, 'restoreSession');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'Stored patient, clock or practice facts are not valid' },
);

/** Who registers in the session's registration task: the patient, or a family member with their details. */
const assistUser = z.union([
  z.object({ role: z.literal('patient') }),
  z.object({
    role: z.literal('family-member'),
    displayName: z.string().check(z.minLength(1), z.maxLength(200)),
    birthDate: textUpTo(10),
  }),
]);

/**
 * A registering family member's stored date of birth must be one the age rule accepts with the
 * session's clock and practice, as CHOOSE_TASK checked it: otherwise their age guard would pass.
 */
const assistUserAccepted = z.refine<{
  session: AssistSessionInput;
  taskOptions: { user: { role: 'patient' } | { role: 'family-member'; birthDate: string } };
}>(
  (context) =>
    context.taskOptions.user.role === 'patient' ||
    userAgeCheck(context.session, context.taskOptions.user.birthDate) !== null,
  { message: 'Stored user facts are not valid' },
);

/** Context schema of every workflow, by workflow id. */
export const contextSchemas: Record<WorkflowId, z.ZodMiniType> = {
  'security-setup': z.object(security),
  'phone-verification': z.object(verification),
  relationship: z.object(relationship).check(ageRuleAccepts),
  registration: z
    .object({ ...security, ...verification, ...relationship, channel, user })
    .check(ageRuleAccepts, userAgeRuleAccepts),
  // Family access runs account creation's steps for a caregiver: the same context.
  'family-access': z
    .object({ ...security, ...verification, ...relationship, channel, user })
    .check(ageRuleAccepts, userAgeRuleAccepts),
  'secure-message': z
    .object({
      startedFrom: z.enum(messageStarts),
      providers: cappedArray(provider, MAX_PROVIDERS),
      providerBasedRouting: z.boolean(),
      policy: z.object({ maxLength: count, maxAttachments: count }),
      recipientId: nullableText(128),
      departmentId: nullableText(128),
      subject: nullableText(200),
      body: z.string(),
      attachments: cappedArray(z.object({ name: textUpTo(1024) }), 10_000),
      sendIssues: cappedArray(
        z.enum(Object.keys(messageIssueCodes) as [MessageIssueCode, ...MessageIssueCode[]]),
        16,
      ),
      problem,
    })
    .check(messageRulesAccept),
  'profile-switch': z.object({
    familyProfiles: cappedArray(
      z.object({ id: textUpTo(128), displayName: textUpTo(200) }),
      MAX_FAMILY_PROFILES,
    ),
    viewing: textUpTo(128),
    problem,
  }),
  assist: z
    .object({
      // The session is the parsed input: check it with the input schema and the tasks' rules again.
      session: assistInputSchema.check(sessionFactsAccepted),
      preChecks: z.object({
        staffBrowser: verdict,
        patientBrowser: z.nullable(verdict),
        eligibility: z.nullable(
          z.object({ eligible: z.boolean(), reason: textUpTo(64), eligibleOn: nullableText(10) }),
        ),
        portalStatus: z.nullable(z.enum(['not-registered', 'prospective', 'registered'])),
        schedulingAllowed: z.nullable(z.boolean()),
        portalUrl: textUpTo(2048),
      }),
      currentTask: z.nullable(task),
      taskOptions: z.object({ channel, startedFrom: z.enum(messageStarts), user: assistUser }),
      outcomes: cappedArray(
        z.object({
          task,
          outcome: z.enum(['completed', 'blocked', 'switched', 'abandoned']),
          reason: z.nullable(blockReason),
          user: z.optional(z.enum(['patient', 'family-member'])),
        }),
        10_000,
      ),
      problem: z.nullable(z.enum(['patient-required', 'triage-refused', 'invalid-user-details'])),
      blocked: z.nullable(z.object({ task, reason: blockReason })),
      // The answers are checked again by `diagnose` on restore, and the diagnosis recomputed from them.
      triage: z.nullable(
        z.object({
          symptom: symptomSchema,
          answers: factRecord(triageAnswerSchema),
          question: z.nullable(questionSchema),
          causes: cappedArray(textUpTo(64), MAX_TRIAGE_CAUSES),
          fix: z.nullable(
            z.union([
              z.object({
                kind: z.literal('workflow'),
                workflow: textUpTo(64),
                state: textUpTo(128),
                step: textUpTo(128),
              }),
              z.object({ kind: z.literal('practice') }),
            ]),
          ),
        }),
      ),
      diagnoses: cappedArray(
        z.object({ symptom: symptomSchema, causes: cappedArray(textUpTo(64), MAX_TRIAGE_CAUSES) }),
        10_000,
      ),
      fixStep: z.nullable(z.object({ task, state: textUpTo(128), step: textUpTo(128) })),
    })
    .check(assistUserAccepted),
};
