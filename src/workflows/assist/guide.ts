import * as z from 'zod/mini';
import type { TriageQuestionId } from '../../rules/triage/catalog.js';
import type { GuideSettings, StateNotes } from '../define-workflow.js';
import {
  birthDateYearsBefore,
  type StateScript,
  type StepDecider,
  send,
  stop,
} from '../shared/guide-script.js';
import {
  WALK_PHONE_OF_RECORD,
  WALK_SUPPORTED_BROWSER,
  WALK_UNSUPPORTED_BROWSER,
} from '../shared/walk-inputs.js';
import type { AssistContext } from './machine.js';
import { assistTasks } from './tasks.js';
import { fixTask, symptomSchema, type triageAnswerSchema } from './triage.js';

/** The scenario of an assist-session guide. */
export const assistScenarioSchema = z.strictObject({
  /** The patient's browser is not supported (the session asks for another one first). */
  patientBrowserUnsupported: z.optional(z.boolean()),
  /** The staff member's own browser is not supported: "Log in to Portal as Patient" is not offered. */
  staffBrowserUnsupported: z.optional(z.boolean()),
  /** The patient is under the minimum age: registration, security and phone tasks are refused. */
  patientUnderMinimumAge: z.optional(z.boolean()),
  /** The task staff choose. Default `registration`. */
  task: z.optional(z.enum(assistTasks)),
  /**
   * Who registers (registration only): `patient` (the default), `family-member` (an adult who
   * manages the patient's account), or `under-age-family-member` (refused before any step).
   */
  user: z.optional(z.enum(['patient', 'family-member', 'under-age-family-member'])),
  /** A symptom to triage first; the walk answers its questions, then starts the fix's task when it has one. */
  symptom: z.optional(symptomSchema),
});

/** An assist-session guide scenario, as parsed. */
export type AssistScenario = z.output<typeof assistScenarioSchema>;

// User agents the walk reports, never shown: a current Chrome on Windows, and Internet Explorer 11
// (walk-checks.ts states the browser rules' verdicts on them).

/** The session's input for a guide: the settings' practice, a patient standing for any patient. */
export function assistGuideInput(scenario: AssistScenario, settings: GuideSettings) {
  return {
    staff: {
      userAgent: scenario.staffBrowserUnsupported ? WALK_UNSUPPORTED_BROWSER : WALK_SUPPORTED_BROWSER,
    },
    patient: {
      id: 'patient',
      displayName: settings.patientName,
      birthDate:
        settings.patientBirthDate ??
        birthDateYearsBefore(settings.now, scenario.patientUnderMinimumAge ? 9 : 40),
      phoneOfRecord: WALK_PHONE_OF_RECORD,
      ...(scenario.patientBrowserUnsupported ? { userAgent: WALK_UNSUPPORTED_BROWSER } : {}),
    },
    practice: {
      timeZone: settings.timeZone,
      minimumAge: settings.minimumAge,
      // The walk never shows this address; the guide's own portal URL comes from the options.
      portalUrl: settings.portalUrl ?? 'https://portal.invalid',
      providerBasedRouting: settings.providerBasedRouting ?? true,
      providers: settings.providers.map((provider) => ({
        ...provider,
        departments: provider.departments.map((department) => ({ ...department })),
      })),
    },
    now: settings.now,
  };
}

type WalkAnswer = z.output<typeof triageAnswerSchema>;

// The answers a walk gives, never shown: each leads the checks to one of the symptom's causes.
// Exported for the test that checks what src/guides/walk-checks.ts states the triage finds with them.
export const walkAnswers: {
  readonly [Id in Exclude<TriageQuestionId, 'birth-date' | 'manager-birth-date'>]: WalkAnswer;
} = {
  browser: WALK_UNSUPPORTED_BROWSER,
  'staff-browser': WALK_UNSUPPORTED_BROWSER,
  'email-on-file': true,
  'checked-junk': true,
  'link-used-before': true,
  'code-step': 'security-setup',
  'code-method': 'text',
  phone: WALK_PHONE_OF_RECORD,
  'phone-of-record-current': true,
  'saved-answer': { answer: 'Blue', savedAnswer: 'blue!' },
  'answer-special-characters': true,
  'started-from': 'messages-page',
  attachments: 0,
  'message-text': '-',
  'provider-seen': false,
  'seen-providers': 1,
  'provider-based-routing': true,
  'has-account': false,
  'name-under-switch-to-view': false,
};

// Answers the question the session asks; a birth date is the session patient's own.
const answerQuestion: StepDecider<AssistScenario> = (snapshot) => {
  const context = snapshot.context as AssistContext;
  const question = context.triage?.question ?? 'browser';
  const value =
    question === 'birth-date' || question === 'manager-birth-date'
      ? (context.session.patient?.birthDate ?? '2000-01-01')
      : walkAnswers[question];
  return { kind: 'send', event: { type: 'ANSWER', question, value } };
};

// The family member a walk registers, never shown (the guide's words take the name from its options).
const WALK_FAMILY_MEMBER = 'Family member';

/** The CHOOSE_TASK a walk sends: registration says who registers when the scenario does. */
function chooseTask(snapshot: Parameters<StepDecider<AssistScenario>>[0], scenario: AssistScenario) {
  const task = scenario.task ?? 'registration';
  const user = task === 'registration' ? scenario.user : undefined;
  if (user === undefined || user === 'patient') return { type: 'CHOOSE_TASK' as const, task };
  const now = (snapshot.context as AssistContext).session.now;
  return {
    type: 'CHOOSE_TASK' as const,
    task,
    user: {
      role: 'family-member' as const,
      displayName: WALK_FAMILY_MEMBER,
      birthDate: birthDateYearsBefore(now, user === 'family-member' ? 40 : 9),
    },
  };
}

// The guide does not run the task itself (its own guide does): it stands for the task's end.
const taskDone: StepDecider<AssistScenario> = () => ({
  kind: 'send',
  event: { type: 'xstate.done.actor.task', output: { status: 'completed' } },
});

/** The moves of the assist-session guide. */
export const assistScript: StateScript<
  | 'start'
  | 'reviewingPreChecks'
  | 'reviewingPreChecksWithoutPortalLogin'
  | 'browserMustChange'
  | 'choosingTask'
  | `runningTask.${'registration' | 'securitySetup' | 'phoneVerification' | 'relationship' | 'familyAccess' | 'secureMessage' | 'profileSwitch'}`
  | 'taskFinished'
  | 'taskBlocked'
  | 'triaging'
  | 'diagnosis'
  | 'ended',
  AssistScenario
> = {
  start: stop,
  reviewingPreChecks: send({ type: 'CONTINUE' }),
  reviewingPreChecksWithoutPortalLogin: send({ type: 'CONTINUE' }),
  browserMustChange: send({ type: 'REPORT_PATIENT_BROWSER', userAgent: WALK_SUPPORTED_BROWSER }),
  choosingTask: (snapshot, scenario) => ({
    kind: 'send',
    event:
      scenario.symptom !== undefined && (snapshot.context as AssistContext).diagnoses.length === 0
        ? { type: 'CHOOSE_SYMPTOM', symptom: scenario.symptom }
        : chooseTask(snapshot, scenario),
  }),
  triaging: answerQuestion,
  diagnosis: (snapshot) => ({
    kind: 'send',
    event: {
      type:
        fixTask((snapshot.context as AssistContext).triage?.fix ?? null) === null
          ? 'END_SESSION'
          : 'START_FIX',
    },
  }),
  'runningTask.registration': taskDone,
  'runningTask.securitySetup': taskDone,
  'runningTask.phoneVerification': taskDone,
  'runningTask.relationship': taskDone,
  'runningTask.familyAccess': taskDone,
  'runningTask.secureMessage': taskDone,
  'runningTask.profileSwitch': taskDone,
  taskFinished: send({ type: 'END_SESSION' }),
  taskBlocked: send({ type: 'END_SESSION' }),
  ended: stop,
};

const preCheckNotes = [
  'staff.staffBrowser',
  'staff.prospectiveStatus',
  'staff.schedulingAllowed',
  'staff.portalUrl',
] as const;

/** Notes beside the assist-session steps. */
export const assistNotes: {
  readonly reviewingPreChecks: StateNotes<AssistContext>;
  readonly reviewingPreChecksWithoutPortalLogin: StateNotes<AssistContext>;
  readonly 'runningTask.registration': StateNotes<AssistContext>;
  readonly taskBlocked: StateNotes<AssistContext>;
} = {
  reviewingPreChecks: preCheckNotes,
  reviewingPreChecksWithoutPortalLogin: preCheckNotes,
  // Who registers: the age rule and the phone of record follow that person.
  'runningTask.registration': (context) =>
    context.taskOptions.user.role === 'family-member'
      ? ['staff.familyMemberRegisters']
      : ['staff.patientRegisters'],
  taskBlocked: (context) =>
    context.blocked?.reason === 'patient-under-minimum-age' ||
    context.blocked?.reason === 'family-member-under-minimum-age' ||
    context.blocked?.reason === 'under-minimum-age'
      ? ['staff.under13']
      : [],
};
