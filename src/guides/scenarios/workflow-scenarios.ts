import type { AnyMachineSnapshot } from 'xstate';
import * as z from 'zod/mini';
import type { RegistrationChannel } from '../../workflows/registration/channels.js';
import type { WorkflowId } from '../../workflows/registry.js';
import { choose, type Decision, send, stop } from './decision.js';
import {
  nested,
  type RelationshipChoices,
  relationshipDriver,
  type SecurityChoices,
  securityDriver,
  type VerificationChoices,
  verificationDriver,
} from './steps.js';

const flag = z.optional(z.boolean());

/** Scenario schemas by workflow: each field picks a branch; a missing field leaves it open. */
export const scenarioSchemas = {
  registration: z.strictObject({
    channel: z.optional(
      z.enum(['invitation', 'appointment-reminder', 'lab-result', 'online-check-in', 'in-office']),
    ),
    security: z.optional(z.enum(['text', 'call', 'question'])),
    landline: flag,
    recoveryPhoneDiffers: flag,
    verification: z.optional(z.enum(['text', 'call'])),
    relationship: z.optional(z.enum(['self', 'manager'])),
    patientUnderMinimumAge: flag,
    managerUnderMinimumAge: flag,
    noPhoneOfRecord: flag,
  }),
  'security-setup': z.strictObject({
    security: z.optional(z.enum(['text', 'call', 'question'])),
    landline: flag,
  }),
  'phone-verification': z.strictObject({
    verification: z.optional(z.enum(['text', 'call'])),
    noPhoneOfRecord: flag,
  }),
  relationship: z.strictObject({
    relationship: z.optional(z.enum(['self', 'manager'])),
    patientUnderMinimumAge: flag,
    managerUnderMinimumAge: flag,
  }),
  'secure-message': z.strictObject({
    startedFrom: z.optional(z.enum(['home-page', 'messages-page'])),
    attachments: z.optional(z.int().check(z.gte(0), z.lte(10))),
    officeStaff: flag,
  }),
  'profile-switch': z.strictObject({ profile: z.optional(z.enum(['my-profile', 'family-member'])) }),
  assist: z.strictObject({
    patientBrowserUnsupported: flag,
    task: z.optional(
      z.enum([
        'registration',
        'security-setup',
        'phone-verification',
        'relationship',
        'secure-message',
        'profile-switch',
      ]),
    ),
  }),
} satisfies Record<WorkflowId, z.ZodMiniType>;

/** The scenario of each workflow: the branches it picks. */
export type GuideScenarios = { [Id in WorkflowId]: z.input<(typeof scenarioSchemas)[Id]> };

/** A scenario of any workflow. */
export type GuideScenario = GuideScenarios[WorkflowId];

type RegistrationScenario = SecurityChoices &
  VerificationChoices &
  RelationshipChoices & { channel?: RegistrationChannel | undefined };

function registrationDecision(
  stateId: string,
  snapshot: AnyMachineSnapshot,
  scenario: RegistrationScenario,
): Decision {
  const inner =
    nested('security', securityDriver, stateId, snapshot, scenario) ??
    nested('phoneVerification', verificationDriver, stateId, snapshot, scenario) ??
    nested('relationship', relationshipDriver, stateId, snapshot, scenario);
  if (inner) return inner;
  switch (stateId) {
    case 'openingInvitation':
    case 'openingLabResult':
    case 'openingNotification':
    case 'startingOnlineCheckIn':
      return send({ type: 'OPEN_LINK' });
    case 'createPassword':
      return send({
        type: 'CREATE_ACCOUNT',
        emailConfirmed: true,
        passwordEnteredTwice: true,
        termsAccepted: true,
      });
    case 'confirmation':
      return send({ type: 'CONTINUE' });
    default:
      return stop;
  }
}

type MessageScenario = z.output<(typeof scenarioSchemas)['secure-message']>;

function messageDecision(stateId: string, snapshot: AnyMachineSnapshot, scenario: MessageScenario): Decision {
  const context = snapshot.context as {
    body: string;
    attachments: unknown[];
    providers: { id: string; departments: { id: string }[] }[];
  };
  switch (stateId) {
    case 'onHomePage':
    case 'onMessagesPage':
      return send({ type: 'SHOW_FORM' });
    case 'choosingProvider':
      return send({
        type: 'SELECT_PROVIDER',
        providerId: scenario.officeStaff ? 'office-staff' : (context.providers[0]?.id ?? ''),
      });
    case 'choosingLocation':
      return send({
        type: 'SELECT_LOCATION',
        departmentId: context.providers.flatMap((p) => p.departments)[0]?.id ?? '',
      });
    case 'choosingSubject':
      return send({ type: 'SELECT_SUBJECT', subject: 'Medical question' });
    case 'writing':
      if (context.body === '') return send({ type: 'ENTER_MESSAGE', body: 'A question for my provider.' });
      if (context.attachments.length < (scenario.attachments ?? 0))
        return send({ type: 'ATTACH_FILE', name: `file-${context.attachments.length + 1}.pdf` });
      return send({ type: 'SEND' });
    case 'attachmentsUnavailable':
      return send({ type: 'START_FROM_HOME_PAGE' });
    default:
      return stop;
  }
}

/** The decision of a scenario in a state, by workflow. */
export const drivers: {
  [Id in WorkflowId]: (
    stateId: string,
    snapshot: AnyMachineSnapshot,
    scenario: z.output<(typeof scenarioSchemas)[Id]>,
  ) => Decision;
} = {
  registration: registrationDecision,
  'security-setup': securityDriver,
  'phone-verification': verificationDriver,
  relationship: relationshipDriver,
  'secure-message': messageDecision,
  'profile-switch': (stateId, _snapshot, scenario) => {
    if (stateId === 'portalHome') return send({ type: 'OPEN_MENU' });
    if (stateId !== 'menuOpen') return stop;
    return choose(
      [
        { key: 'profile.my-profile', event: { type: 'CHOOSE_MY_PROFILE' } },
        { key: 'profile.family-member', event: { type: 'SWITCH_TO', profileId: 'family-member' } },
      ],
      scenario.profile ? `profile.${scenario.profile}` : undefined,
      'profile.my-profile',
    );
  },
  assist: (stateId, _snapshot, scenario) => {
    switch (stateId) {
      case 'reviewingPreChecks':
        return send({ type: 'CONTINUE' });
      case 'browserMustChange':
        return send({
          type: 'REPORT_PATIENT_BROWSER',
          userAgent:
            'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
        });
      case 'choosingTask':
        return send({ type: 'CHOOSE_TASK', task: scenario.task ?? 'registration' });
      case 'taskFinished':
        return send({ type: 'END_SESSION' });
      default:
        return stateId.startsWith('runningTask.')
          ? send({ type: 'xstate.done.actor.task', output: { status: 'completed' } })
          : stop;
    }
  },
};
