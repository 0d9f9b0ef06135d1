import * as z from 'zod/mini';
import type { GuideSettings, StateNotes } from '../define-workflow.js';
import { WALK_PHONE_OF_RECORD } from '../phone-verification/guide.js';
import { type StateScript, type StepDecider, send, stop } from '../shared/guide-script.js';
import type { AssistContext } from './machine.js';
import { assistTasks } from './tasks.js';

/** The scenario of an assist-session guide. */
export const assistScenarioSchema = z.strictObject({
  /** The patient's browser is not supported (the session asks for another one first). */
  patientBrowserUnsupported: z.optional(z.boolean()),
  /** The task staff choose. Default `registration`. */
  task: z.optional(z.enum(assistTasks)),
});

/** An assist-session guide scenario, as parsed. */
export type AssistScenario = z.output<typeof assistScenarioSchema>;

// User agents the walk reports, never shown: a current Chrome on Windows, and Internet Explorer 11.
const WALK_SUPPORTED_BROWSER =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36';
const WALK_UNSUPPORTED_BROWSER = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';

/** The session's input for a guide: the settings' practice, a patient standing for any patient. */
export function assistGuideInput(scenario: AssistScenario, settings: GuideSettings) {
  return {
    staff: { userAgent: WALK_SUPPORTED_BROWSER },
    patient: {
      id: 'patient',
      displayName: settings.patientName,
      birthDate: settings.patientBirthDate ?? `${String(Number(settings.now.slice(0, 4)) - 41)}-01-01`,
      phoneOfRecord: WALK_PHONE_OF_RECORD,
      ...(scenario.patientBrowserUnsupported ? { userAgent: WALK_UNSUPPORTED_BROWSER } : {}),
    },
    practice: {
      timeZone: settings.timeZone,
      minimumAge: settings.minimumAge,
      // The walk never shows this address; the guide's own portal URL comes from the options.
      portalUrl: settings.portalUrl ?? 'https://portal.invalid',
      providerBasedRouting: settings.providerBasedRouting,
      providers: settings.providers.map((provider) => ({
        ...provider,
        departments: provider.departments.map((department) => ({ ...department })),
      })),
    },
    now: settings.now,
  };
}

// The guide does not run the task itself (its own guide does): it stands for the task's end.
const taskDone: StepDecider<AssistScenario> = () => ({
  kind: 'send',
  event: { type: 'xstate.done.actor.task', output: { status: 'completed' } },
});

/** The moves of the assist-session guide. */
export const assistScript: StateScript<
  | 'reviewingPreChecks'
  | 'browserMustChange'
  | 'choosingTask'
  | `runningTask.${'registration' | 'securitySetup' | 'phoneVerification' | 'relationship' | 'familyAccess' | 'secureMessage' | 'profileSwitch'}`
  | 'taskFinished'
  | 'ended',
  AssistScenario
> = {
  reviewingPreChecks: send({ type: 'CONTINUE' }),
  browserMustChange: send({ type: 'REPORT_PATIENT_BROWSER', userAgent: WALK_SUPPORTED_BROWSER }),
  choosingTask: (_, scenario) => ({
    kind: 'send',
    event: { type: 'CHOOSE_TASK', task: scenario.task ?? 'registration' },
  }),
  'runningTask.registration': taskDone,
  'runningTask.securitySetup': taskDone,
  'runningTask.phoneVerification': taskDone,
  'runningTask.relationship': taskDone,
  'runningTask.familyAccess': taskDone,
  'runningTask.secureMessage': taskDone,
  'runningTask.profileSwitch': taskDone,
  taskFinished: send({ type: 'END_SESSION' }),
  ended: stop,
};

/** Notes beside the assist-session steps. */
export const assistNotes: { readonly reviewingPreChecks: StateNotes<AssistContext> } = {
  reviewingPreChecks: [
    'staff.staffBrowser',
    'staff.prospectiveStatus',
    'staff.schedulingAllowed',
    'staff.portalUrl',
  ],
};
