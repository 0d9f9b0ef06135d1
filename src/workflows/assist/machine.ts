import { assign, forwardTo, raise, setup } from 'xstate';
import { parseInput } from '../../internal/validate.js';
import type { WorkflowChecks } from '../checks.js';
import { createFamilyAccessMachine, type FamilyAccessEvent } from '../family-access/machine.js';
import { createPhoneVerificationMachine } from '../phone-verification/machine.js';
import type { PhoneVerificationEvent } from '../phone-verification/states.js';
import { type ProfileSwitchEvent, profileSwitchMachine } from '../profile-switch/machine.js';
import { createRegistrationMachine, type RegistrationEvent } from '../registration/machine.js';
import { relationshipMachine } from '../relationship/machine.js';
import type { RelationshipEvent } from '../relationship/states.js';
import { createSecureMessageMachine, type SecureMessageEvent } from '../secure-message/machine.js';
import { createSecuritySetupMachine } from '../security-setup/machine.js';
import type { SecuritySetupEvent } from '../security-setup/states.js';
import { EVENT_IS_VALID, eventChecker, eventIsValid, guardEvents } from '../shared/event-guard.js';
import { perChecks } from '../shared/per-checks.js';
import { perEvent } from '../shared/per-event.js';
import type { StepMeta } from '../shared/step-meta.js';
import { type AssistInput, type AssistSessionInput, assistInputSchema, checkSessionFacts } from './input.js';
import { type AssistPreChecks, runPreChecks } from './pre-checks.js';
import {
  type AssistUser,
  familyMemberIsUnderAge,
  PATIENT_USER,
  userDetailsAreInvalid,
} from './registering-user.js';
import { assistEventSchemas } from './schemas.js';
import {
  familyAccessTaskInput,
  phoneVerificationTaskInput,
  profileSwitchTaskInput,
  registrationTaskInput,
  relationshipTaskInput,
  secureMessageTaskInput,
  securitySetupTaskInput,
  type TaskOptions,
} from './task-inputs.js';
import {
  type AssistBlock,
  type AssistTask,
  assistTaskStates,
  outcomeOf,
  outputIsBlocked,
  type TaskOutcome,
  taskNeedsEligiblePatient,
  taskNeedsPatient,
} from './tasks.js';
import { type AssistTriage, answerTriage, fixTask, offeredSymptoms, runTriage } from './triage.js';

export type { AssistOwnEvent } from './schemas.js';

import type { AssistOwnEvent } from './schemas.js';

/** Events of {@link assistMachine}: its own, and the events of every workflow it can run. */
export type AssistEvent =
  | AssistOwnEvent
  | RegistrationEvent
  | SecuritySetupEvent
  | PhoneVerificationEvent
  | RelationshipEvent
  | FamilyAccessEvent
  | SecureMessageEvent
  | ProfileSwitchEvent;

/** Context of {@link assistMachine}. */
export type AssistContext = {
  session: AssistSessionInput;
  preChecks: AssistPreChecks;
  currentTask: AssistTask | null;
  taskOptions: TaskOptions;
  outcomes: TaskOutcome[];
  /**
   * `patient-required`: the task needs the patient; `triage-refused`: a symptom or answer did not
   * fit; `invalid-user-details`: the age rule refuses the registering family member's date of birth
   * (in the future, or more than 150 years back).
   */
  problem: 'patient-required' | 'triage-refused' | 'invalid-user-details' | null;
  /** Why the task staff chose cannot start, or why it stopped: set exactly in `taskBlocked`. */
  blocked: AssistBlock | null;
  /** The symptom being triaged and its answers: set exactly in `triaging` and `diagnosis`. */
  triage: AssistTriage | null;
  /** Every diagnosis reached, as codes: the symptom and the causes found. */
  diagnoses: AssistDiagnosis[];
  /** The step a task started from a diagnosis must reach (the task starts at its beginning). */
  fixStep: { task: AssistTask; state: string; step: string } | null;
};

/**
 * A diagnosis as the summary records it: the symptom id and the cause codes, never an answer.
 *
 * @example
 * ```ts
 * const diagnosis: AssistDiagnosis = { symptom: 'code-not-received', causes: ['new-code-needed'] };
 * ```
 */
export type AssistDiagnosis = { symptom: string; causes: string[] };

/**
 * The session summary: ids and reason codes only, safe to log. It never holds names, dates,
 * phone numbers, email addresses or user-agent strings.
 */
export type AssistSummary = {
  patientId: string | null;
  preChecks: {
    staffBrowser: string;
    patientBrowser: string | null;
    eligibility: string | null;
    portalStatus: AssistPreChecks['portalStatus'];
    schedulingAllowed: boolean | null;
  };
  tasks: TaskOutcome[];
  diagnoses: AssistDiagnosis[];
};

const startTask = (task: AssistTask) =>
  ({
    guard: { type: 'taskIs', params: { task } },
    target: `runningTask.${assistTaskStates[task]}`,
    actions: 'startTask',
  }) as const;

type Args = { context: AssistContext; event: AssistEvent };

// Guards and actions of one CHOOSE_SYMPTOM or ANSWER share one run of the triage, per session
// context (a host may send the same event object to several sessions).
function triageRunner(checks: WorkflowChecks) {
  const triageRuns = new WeakMap<AssistContext, WeakMap<AssistEvent, AssistTriage | null>>();
  return ({ context, event }: Args): AssistTriage | null => {
    let triageRun = triageRuns.get(context);
    if (triageRun === undefined) {
      triageRun = new WeakMap();
      triageRuns.set(context, triageRun);
    }
    if (triageRun.has(event)) return triageRun.get(event) ?? null;
    let result: AssistTriage | null = null;
    if (event.type === 'CHOOSE_SYMPTOM' && offeredSymptoms(context.session).includes(event.symptom))
      result = runTriage(checks, context.session, event.symptom, {});
    else if (event.type === 'ANSWER' && context.triage !== null)
      result = answerTriage(checks, context.session, context.triage, event.question, event.value);
    triageRun.set(event, result);
    return result;
  };
}

const runningTaskMeta = { guide: 'assist.runningTask', labels: [], audience: 'staff' } as const;

// A task that ended blocked goes to `taskBlocked`, which carries the reason; never to "finished".
const finishTask = (task: AssistTask) =>
  [
    {
      guard: 'taskOutputIsBlocked',
      target: '#assist.taskBlocked',
      actions: { type: 'recordTaskOutput', params: { task } },
    },
    { target: '#assist.taskFinished', actions: { type: 'recordTaskOutput', params: { task } } },
  ] as const;

const blockTask = (
  guard: 'patientIsUnderAgeForTask' | 'familyMemberIsUnderAgeForTask' | 'patientIsAlreadyRegistered',
  reason: 'patient-under-minimum-age' | 'family-member-under-minimum-age' | 'already-registered',
) => ({ guard, target: 'taskBlocked', actions: { type: 'blockTask', params: { reason } } }) as const;

type ChooseTask = Extract<AssistOwnEvent, { type: 'CHOOSE_TASK' }>;

/** The options a CHOOSE_TASK sets. Who registers holds for the registration task only. */
function chosenOptions(context: AssistContext, event: ChooseTask): TaskOptions {
  return {
    channel: event.channel ?? context.taskOptions.channel,
    startedFrom: event.startedFrom ?? context.taskOptions.startedFrom,
    user: event.task === 'registration' ? (event.user ?? PATIENT_USER) : PATIENT_USER,
  };
}

/** The summary's record of who registers: the role only, and on registration outcomes only. */
function outcomeUser(task: AssistTask, user: AssistUser): Pick<TaskOutcome, 'user'> {
  return task === 'registration' ? { user: user.role } : {};
}

// The pre-check step, with or without "Log in to Portal as Patient" (the staff member's browser decides).
const preCheckEvents = {
  REPORT_PATIENT_BROWSER: { actions: 'recordPatientBrowser' },
  CONTINUE: [
    { guard: 'patientBrowserIsNotSupported', target: 'browserMustChange' },
    { target: 'choosingTask' },
  ],
} as const;

/**
 * The staff assist session: pre-checks (the staff member's and the patient's browsers, age
 * eligibility, Prospective status, scheduling, the portal URL), then the task the patient needs,
 * run as a child actor with id `task`. Staff can switch task; the session ends with a summary
 * that carries reason codes and ids only.
 *
 * Workflow events sent to the session while a task runs are forwarded to the task. Built with the
 * given checks, which its tasks' machines get too (`liveChecks` for live sessions; see `assistMachine`).
 *
 * @example
 * ```ts
 * const actor = createWorkflowActor(createAssistMachine(liveChecks), {
 *   ...sampleInputs.assist['patient-browser-unknown'],
 *   patient: { ...sampleAdultPatient, userAgent: sampleStaffUserAgent },
 * }).start();
 * actor.send({ type: 'CONTINUE' });
 * actor.send({ type: 'CHOOSE_TASK', task: 'secure-message', startedFrom: 'home-page' });
 * actor.getSnapshot().value;
 * //=> { runningTask: 'secureMessage' }
 * ```
 */
export const createAssistMachine = perChecks((checks: WorkflowChecks) => {
  // The guard and the action of one REPORT_PATIENT_BROWSER share the check; the context gets a copy.
  const reportedBrowserVerdict = perEvent(checks.patientBrowser);
  const triageAfter = triageRunner(checks);
  return setup({
    types: {
      context: {} as AssistContext,
      events: {} as AssistEvent,
      input: {} as AssistInput,
      output: {} as AssistSummary,
      meta: {} as StepMeta,
    },
    actors: {
      registration: createRegistrationMachine(checks),
      securitySetup: createSecuritySetupMachine(checks),
      phoneVerification: createPhoneVerificationMachine(checks),
      relationship: relationshipMachine,
      familyAccess: createFamilyAccessMachine(checks),
      secureMessage: createSecureMessageMachine(checks),
      profileSwitch: profileSwitchMachine,
    },
    guards: {
      [EVENT_IS_VALID]: eventIsValid(eventChecker(assistEventSchemas)),
      staffBrowserIsNotSupported: ({ context }) => context.preChecks.staffBrowser.status !== 'supported',
      // Fail closed: a browser that cannot be recognised (`unknown`) is treated as "switch browsers".
      patientBrowserIsNotSupported: ({ context }) => {
        const verdict = context.preChecks.patientBrowser;
        return verdict !== null && verdict.status !== 'supported';
      },
      reportedBrowserIsSupported: ({ event }) =>
        event.type === 'REPORT_PATIENT_BROWSER' &&
        reportedBrowserVerdict(event, event.userAgent).status === 'supported',
      // The age rule applies to the user: a family member registering for a child is not the child.
      patientIsUnderAgeForTask: ({ context, event }) =>
        event.type === 'CHOOSE_TASK' &&
        taskNeedsEligiblePatient(event.task) &&
        !(event.task === 'registration' && event.user?.role === 'family-member') &&
        context.preChecks.eligibility?.eligible === false,
      familyMemberIsUnderAgeForTask: ({ context, event }) =>
        event.type === 'CHOOSE_TASK' &&
        event.task === 'registration' &&
        familyMemberIsUnderAge(context.session, event.user),
      chosenUserDetailsAreInvalid: ({ context, event }) =>
        event.type === 'CHOOSE_TASK' && userDetailsAreInvalid(context.session, event.user),
      patientIsAlreadyRegistered: ({ context, event }) =>
        event.type === 'CHOOSE_TASK' &&
        event.task === 'registration' &&
        (context.preChecks.portalStatus === 'registered' || context.preChecks.portalStatus === 'prospective'),
      taskOutputIsBlocked: ({ event }) => outputIsBlocked('output' in event ? event.output : undefined),
      taskNeedsMissingPatient: ({ context, event }) =>
        event.type === 'CHOOSE_TASK' && taskNeedsPatient(event.task) && context.session.patient === undefined,
      taskIs: ({ event }, params: { task: AssistTask }) =>
        event.type === 'CHOOSE_TASK' && event.task === params.task,
      triageRefused: (args) => triageAfter(args) === null,
      triageIsDiagnosed: (args) => triageAfter(args)?.question === null,
      fixHasTask: ({ context }) => fixTask(context.triage?.fix ?? null) !== null,
    },
    actions: {
      recordPatientBrowser: assign(({ context, event }) =>
        event.type === 'REPORT_PATIENT_BROWSER'
          ? {
              preChecks: {
                ...context.preChecks,
                patientBrowser: { ...reportedBrowserVerdict(event, event.userAgent) },
              },
            }
          : {},
      ),
      startTask: assign(({ context, event }) =>
        event.type === 'CHOOSE_TASK'
          ? {
              currentTask: event.task,
              taskOptions: chosenOptions(context, event),
              problem: null,
              // A fix step holds only while the fix's own task runs.
              fixStep: context.fixStep?.task === event.task ? context.fixStep : null,
            }
          : {},
      ),
      flagPatientRequired: assign({ problem: 'patient-required' as const }),
      clearProblem: assign({ problem: null }),
      flagInvalidUserDetails: assign({ problem: 'invalid-user-details' as const }),
      blockTask: assign(({ context, event }, params: { reason: AssistBlock['reason'] }) => {
        if (event.type !== 'CHOOSE_TASK') return {};
        const taskOptions = chosenOptions(context, event);
        return {
          taskOptions,
          blocked: { task: event.task, reason: params.reason },
          outcomes: [
            ...context.outcomes,
            {
              task: event.task,
              outcome: 'blocked',
              reason: params.reason,
              ...outcomeUser(event.task, taskOptions.user),
            } as const,
          ],
          problem: null,
        };
      }),
      clearBlocked: assign({ blocked: null }),
      recordTaskOutput: assign(({ context, event }, params: { task: AssistTask }) => {
        const outcome = {
          ...outcomeOf(params.task, 'output' in event ? event.output : undefined),
          ...outcomeUser(params.task, context.taskOptions.user),
        };
        return {
          outcomes: [...context.outcomes, outcome],
          currentTask: null,
          fixStep: null,
          blocked:
            outcome.outcome === 'blocked' ? { task: params.task, reason: outcome.reason ?? 'blocked' } : null,
        };
      }),
      recordTaskLeft: assign(({ context, event }) =>
        context.currentTask
          ? {
              outcomes: [
                ...context.outcomes,
                {
                  task: context.currentTask,
                  outcome: event.type === 'END_SESSION' ? 'abandoned' : 'switched',
                  reason: null,
                  ...outcomeUser(context.currentTask, context.taskOptions.user),
                } as const,
              ],
              currentTask: null,
              fixStep: null,
            }
          : {},
      ),
      forwardToTask: forwardTo('task'),
      recordTriage: assign((args) => ({ triage: triageAfter(args), problem: null })),
      recordDiagnosis: assign((args) => {
        const triage = triageAfter(args);
        return triage === null
          ? {}
          : {
              triage,
              problem: null,
              diagnoses: [...args.context.diagnoses, { symptom: triage.symptom, causes: [...triage.causes] }],
            };
      }),
      flagTriageRefused: assign({ problem: 'triage-refused' as const }),
      clearTriage: assign({ triage: null, problem: null }),
      rememberFixStep: assign(({ context }) => {
        const fix = context.triage?.fix;
        const task = fixTask(fix ?? null);
        return {
          fixStep:
            fix?.kind === 'workflow' && task !== null ? { task, state: fix.state, step: fix.step } : null,
          triage: null,
        };
      }),
      // The fix's task goes through CHOOSE_TASK, so the same checks (patient, age, registered) apply.
      chooseFixTask: raise(({ context }) => ({
        type: 'CHOOSE_TASK' as const,
        task: context.fixStep?.task ?? 'registration',
      })),
      clearFixStep: assign({ fixStep: null }),
    },
  }).createMachine({
    id: 'assist',
    context: ({ input }) => {
      const session = parseInput(assistInputSchema, input, 'assistMachine');
      checkSessionFacts(session, 'assistMachine');
      return {
        session,
        preChecks: runPreChecks(checks, session),
        currentTask: null,
        taskOptions: { channel: 'invitation', startedFrom: 'home-page', user: PATIENT_USER },
        outcomes: [],
        problem: null,
        blocked: null,
        triage: null,
        diagnoses: [],
        fixStep: null,
      };
    },
    initial: 'start',
    states: guardEvents({
      start: {
        always: [
          { guard: 'staffBrowserIsNotSupported', target: 'reviewingPreChecksWithoutPortalLogin' },
          { target: 'reviewingPreChecks' },
        ],
      },
      reviewingPreChecks: {
        meta: {
          guide: 'assist.preChecks',
          labels: ['Log in to Portal as Patient'],
          audience: 'staff',
        },
        on: preCheckEvents,
      },
      // Staff on Internet Explorer (or any unsupported browser): "Log in to Portal as Patient" is not offered.
      reviewingPreChecksWithoutPortalLogin: {
        meta: {
          guide: 'assist.preChecksWithoutPortalLogin',
          labels: ['Quickview'],
          audience: 'staff',
        },
        on: preCheckEvents,
      },
      browserMustChange: {
        meta: { guide: 'assist.browserMustChange', labels: [], audience: 'staff' },
        on: {
          REPORT_PATIENT_BROWSER: [
            { guard: 'reportedBrowserIsSupported', target: 'choosingTask', actions: 'recordPatientBrowser' },
            { actions: 'recordPatientBrowser' },
          ],
          END_SESSION: 'ended',
        },
      },
      choosingTask: {
        meta: { guide: 'assist.chooseTask', labels: [], audience: 'staff' },
        on: {
          CHOOSE_TASK: [
            { guard: 'taskNeedsMissingPatient', actions: 'flagPatientRequired' },
            { guard: 'chosenUserDetailsAreInvalid', actions: 'flagInvalidUserDetails' },
            blockTask('patientIsUnderAgeForTask', 'patient-under-minimum-age'),
            blockTask('familyMemberIsUnderAgeForTask', 'family-member-under-minimum-age'),
            blockTask('patientIsAlreadyRegistered', 'already-registered'),
            startTask('registration'),
            startTask('security-setup'),
            startTask('phone-verification'),
            startTask('relationship'),
            startTask('family-access'),
            startTask('secure-message'),
            startTask('profile-switch'),
          ],
          CHOOSE_SYMPTOM: [
            { guard: 'triageRefused', actions: 'flagTriageRefused' },
            { guard: 'triageIsDiagnosed', target: 'diagnosis', actions: ['clearFixStep', 'recordDiagnosis'] },
            { target: 'triaging', actions: ['clearFixStep', 'recordTriage'] },
          ],
          REPORT_PATIENT_BROWSER: { actions: 'recordPatientBrowser' },
          END_SESSION: { target: 'ended', actions: 'clearFixStep' },
        },
      },
      // Staff ask the symptom's questions one at a time; `context.triage.question` is the next one.
      triaging: {
        meta: { guide: 'assist.triageQuestion', labels: [], audience: 'staff' },
        on: {
          ANSWER: [
            { guard: 'triageRefused', actions: 'flagTriageRefused' },
            { guard: 'triageIsDiagnosed', target: 'diagnosis', actions: 'recordDiagnosis' },
            { actions: 'recordTriage' },
          ],
          CHOOSE_ANOTHER_TASK: { target: 'choosingTask', actions: 'clearTriage' },
          END_SESSION: { target: 'ended', actions: 'clearTriage' },
        },
      },
      // The causes found and the fix of the first one; staff start the fix's task or go back.
      diagnosis: {
        meta: { guide: 'assist.diagnosis', labels: [], audience: 'staff' },
        on: {
          START_FIX: {
            guard: 'fixHasTask',
            target: 'choosingTask',
            actions: ['rememberFixStep', 'chooseFixTask'],
          },
          CHOOSE_ANOTHER_TASK: { target: 'choosingTask', actions: 'clearTriage' },
          END_SESSION: { target: 'ended', actions: 'clearTriage' },
        },
      },
      runningTask: {
        // Always entered through a CHOOSE_TASK transition that names the task; xstate requires a default.
        initial: 'registration',
        on: {
          SWITCH_TASK: { target: 'choosingTask', actions: 'recordTaskLeft' },
          END_SESSION: { target: 'ended', actions: 'recordTaskLeft' },
          '*': { actions: 'forwardToTask' },
        },
        states: {
          registration: {
            meta: runningTaskMeta,
            invoke: {
              id: 'task',
              src: 'registration',
              input: ({ context }: { context: AssistContext }) => registrationTaskInput(context),
              onDone: finishTask('registration'),
            },
          },
          securitySetup: {
            meta: runningTaskMeta,
            invoke: {
              id: 'task',
              src: 'securitySetup',
              input: ({ context }: { context: AssistContext }) => securitySetupTaskInput(context),
              onDone: finishTask('security-setup'),
            },
          },
          phoneVerification: {
            meta: runningTaskMeta,
            invoke: {
              id: 'task',
              src: 'phoneVerification',
              input: ({ context }: { context: AssistContext }) => phoneVerificationTaskInput(context),
              onDone: finishTask('phone-verification'),
            },
          },
          relationship: {
            meta: runningTaskMeta,
            invoke: {
              id: 'task',
              src: 'relationship',
              input: ({ context }: { context: AssistContext }) => relationshipTaskInput(context),
              onDone: finishTask('relationship'),
            },
          },
          familyAccess: {
            meta: runningTaskMeta,
            invoke: {
              id: 'task',
              src: 'familyAccess',
              input: ({ context }: { context: AssistContext }) => familyAccessTaskInput(context),
              onDone: finishTask('family-access'),
            },
          },
          secureMessage: {
            meta: runningTaskMeta,
            invoke: {
              id: 'task',
              src: 'secureMessage',
              input: ({ context }: { context: AssistContext }) => secureMessageTaskInput(context),
              onDone: finishTask('secure-message'),
            },
          },
          profileSwitch: {
            meta: runningTaskMeta,
            invoke: {
              id: 'task',
              src: 'profileSwitch',
              input: ({ context }: { context: AssistContext }) => profileSwitchTaskInput(context),
              onDone: finishTask('profile-switch'),
            },
          },
        },
      },
      taskBlocked: {
        meta: { guide: 'assist.taskBlocked', labels: [], audience: 'staff' },
        on: {
          CHOOSE_ANOTHER_TASK: { target: 'choosingTask', actions: 'clearBlocked' },
          END_SESSION: { target: 'ended', actions: 'clearBlocked' },
        },
      },
      taskFinished: {
        meta: { guide: 'assist.taskFinished', labels: [], audience: 'staff' },
        on: { CHOOSE_ANOTHER_TASK: 'choosingTask', END_SESSION: 'ended' },
      },
      ended: {
        type: 'final',
        // Whatever was refused before the session ended is no longer a problem.
        entry: 'clearProblem',
        meta: { guide: 'assist.ended', labels: [], audience: 'staff', outcome: 'completed' },
      },
    }),
    output: ({ context }) => ({
      patientId: context.session.patient?.id ?? null,
      preChecks: {
        staffBrowser: context.preChecks.staffBrowser.reason,
        patientBrowser: context.preChecks.patientBrowser?.reason ?? null,
        eligibility: context.preChecks.eligibility?.reason ?? null,
        portalStatus: context.preChecks.portalStatus,
        schedulingAllowed: context.preChecks.schedulingAllowed,
      },
      tasks: context.outcomes,
      diagnoses: context.diagnoses,
    }),
  });
});

/** The assist session machine of {@link createAssistMachine}, whatever checks it was built with. */
export type AssistMachine = ReturnType<typeof createAssistMachine>;
