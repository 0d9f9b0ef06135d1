import { assign, forwardTo, setup } from 'xstate';
import { parseInput } from '../../internal/validate.js';
import { type FamilyAccessEvent, familyAccessMachine } from '../family-access/machine.js';
import { phoneVerificationMachine } from '../phone-verification/machine.js';
import type { PhoneVerificationEvent } from '../phone-verification/states.js';
import { type ProfileSwitchEvent, profileSwitchMachine } from '../profile-switch/machine.js';
import type { RegistrationChannel } from '../registration/channels.js';
import { type RegistrationEvent, registrationMachine } from '../registration/machine.js';
import { relationshipMachine } from '../relationship/machine.js';
import type { RelationshipEvent } from '../relationship/states.js';
import { type SecureMessageEvent, secureMessageMachine } from '../secure-message/machine.js';
import { securitySetupMachine } from '../security-setup/machine.js';
import type { SecuritySetupEvent } from '../security-setup/states.js';
import { EVENT_IS_VALID, eventChecker, eventIsValid, guardEvents } from '../shared/event-guard.js';
import { perEvent } from '../shared/per-event.js';
import type { StepMeta } from '../shared/step-meta.js';
import { type AssistInput, type AssistSessionInput, assistInputSchema, checkSessionFacts } from './input.js';
import { type AssistPreChecks, patientBrowserVerdict, runPreChecks } from './pre-checks.js';
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
import { type AssistTask, assistTaskStates, outcomeOf, type TaskOutcome, taskNeedsPatient } from './tasks.js';

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
  problem: 'patient-required' | null;
};

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
};

const startTask = (task: AssistTask) =>
  ({
    guard: { type: 'taskIs', params: { task } },
    target: `runningTask.${assistTaskStates[task]}`,
    actions: 'startTask',
  }) as const;

// The guard and the action of one REPORT_PATIENT_BROWSER share the check; the context gets a copy.
const reportedBrowserVerdict = perEvent(patientBrowserVerdict);

const runningTaskMeta = { guide: 'assist.runningTask', labels: [], audience: 'staff' } as const;

const finishTask = (task: AssistTask) =>
  ({ target: '#assist.taskFinished', actions: { type: 'recordTaskOutput', params: { task } } }) as const;

/**
 * The staff assist session: pre-checks (the staff member's and the patient's browsers, age
 * eligibility, Prospective status, scheduling, the portal URL), then the task the patient needs,
 * run as a child actor with id `task`. Staff can switch task; the session ends with a summary
 * that carries reason codes and ids only.
 *
 * Workflow events sent to the session while a task runs are forwarded to the task.
 *
 * @example
 * ```ts
 * const actor = createWorkflowActor(assistMachine, {
 *   ...sampleInputs.assist['patient-browser-unknown'],
 *   patient: { ...sampleAdultPatient, userAgent: sampleStaffUserAgent },
 * }).start();
 * actor.send({ type: 'CONTINUE' });
 * actor.send({ type: 'CHOOSE_TASK', task: 'secure-message', startedFrom: 'home-page' });
 * actor.getSnapshot().value;
 * //=> { runningTask: 'secureMessage' }
 * ```
 */
export const assistMachine = setup({
  types: {
    context: {} as AssistContext,
    events: {} as AssistEvent,
    input: {} as AssistInput,
    output: {} as AssistSummary,
    meta: {} as StepMeta,
  },
  actors: {
    registration: registrationMachine,
    securitySetup: securitySetupMachine,
    phoneVerification: phoneVerificationMachine,
    relationship: relationshipMachine,
    familyAccess: familyAccessMachine,
    secureMessage: secureMessageMachine,
    profileSwitch: profileSwitchMachine,
  },
  guards: {
    [EVENT_IS_VALID]: eventIsValid(eventChecker(assistEventSchemas)),
    patientBrowserIsUnsupported: ({ context }) => context.preChecks.patientBrowser?.status === 'unsupported',
    reportedBrowserIsSupported: ({ event }) =>
      event.type === 'REPORT_PATIENT_BROWSER' &&
      reportedBrowserVerdict(event, event.userAgent).status !== 'unsupported',
    taskNeedsMissingPatient: ({ context, event }) =>
      event.type === 'CHOOSE_TASK' && taskNeedsPatient(event.task) && context.session.patient === undefined,
    taskIs: ({ event }, params: { task: AssistTask }) =>
      event.type === 'CHOOSE_TASK' && event.task === params.task,
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
            taskOptions: {
              channel: event.channel ?? context.taskOptions.channel,
              startedFrom: event.startedFrom ?? context.taskOptions.startedFrom,
            },
            problem: null,
          }
        : {},
    ),
    flagPatientRequired: assign({ problem: 'patient-required' as const }),
    recordTaskOutput: assign(({ context, event }, params: { task: AssistTask }) => ({
      outcomes: [...context.outcomes, outcomeOf(params.task, 'output' in event ? event.output : undefined)],
      currentTask: null,
    })),
    recordTaskLeft: assign(({ context, event }) =>
      context.currentTask
        ? {
            outcomes: [
              ...context.outcomes,
              {
                task: context.currentTask,
                outcome: event.type === 'END_SESSION' ? 'abandoned' : 'switched',
                reason: null,
              } as const,
            ],
            currentTask: null,
          }
        : {},
    ),
    forwardToTask: forwardTo('task'),
  },
}).createMachine({
  id: 'assist',
  context: ({ input }) => {
    const session = parseInput(assistInputSchema, input, 'assistMachine');
    checkSessionFacts(session, 'assistMachine');
    return {
      session,
      preChecks: runPreChecks(session),
      currentTask: null,
      taskOptions: { channel: 'invitation', startedFrom: 'home-page' },
      outcomes: [],
      problem: null,
    };
  },
  initial: 'reviewingPreChecks',
  states: guardEvents({
    reviewingPreChecks: {
      meta: {
        guide: 'assist.preChecks',
        labels: ['Log in to Portal as Patient', 'Manage Prospective Patients'],
        audience: 'staff',
      },
      on: {
        REPORT_PATIENT_BROWSER: { actions: 'recordPatientBrowser' },
        CONTINUE: [
          { guard: 'patientBrowserIsUnsupported', target: 'browserMustChange' },
          { target: 'choosingTask' },
        ],
      },
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
          startTask('registration'),
          startTask('security-setup'),
          startTask('phone-verification'),
          startTask('relationship'),
          startTask('family-access'),
          startTask('secure-message'),
          startTask('profile-switch'),
        ],
        REPORT_PATIENT_BROWSER: { actions: 'recordPatientBrowser' },
        END_SESSION: 'ended',
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
    taskFinished: {
      meta: { guide: 'assist.taskFinished', labels: [], audience: 'staff' },
      on: { CHOOSE_ANOTHER_TASK: 'choosingTask', END_SESSION: 'ended' },
    },
    ended: {
      type: 'final',
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
  }),
});
