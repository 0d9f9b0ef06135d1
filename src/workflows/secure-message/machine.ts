import { assign, setup } from 'xstate';
import * as z from 'zod/mini';
import { parseInput } from '../../internal/validate.js';
import type { MessageIssueCode } from '../../rules/message.js';
import {
  defineMessagePolicy,
  type MessagePolicy,
  type MessagePolicyOverrides,
} from '../../rules/message-policy.js';
import { type MessageProvider, recipientOptions } from '../../rules/recipients.js';
import type { MessageCheck, WorkflowChecks } from '../checks.js';
import type { WorkflowProblem } from '../shared/context-types.js';
import { EVENT_IS_VALID, eventChecker, eventIsValid, guardEvents } from '../shared/event-guard.js';
import { providersSchema } from '../shared/input-schemas.js';
import { perChecks } from '../shared/per-checks.js';
import { checkWithRule } from '../shared/rule-input.js';
import type { StepMeta } from '../shared/step-meta.js';
import { secureMessageEventSchemas } from './schemas.js';
import { messageStarts } from './starts.js';
import { secureMessageStates } from './states.js';

/** Validates the input of {@link secureMessageMachine}. */
export const secureMessageInputSchema = z.strictObject({
  /** Where the patient starts: only a message started on the home page can carry attachments. */
  startedFrom: z.enum(messageStarts),
  /** Providers the patient has seen, with the departments each works in. */
  providers: providersSchema,
  /** The Portal Settings option "Provider-based message routing". */
  providerBasedRouting: z.boolean(),
  policy: z.optional(
    z.strictObject({ maxLength: z.optional(z.number()), maxAttachments: z.optional(z.number()) }),
  ),
});

/**
 * Input of {@link secureMessageMachine}: where the patient starts and what the practice's Provider
 * list holds. Checked against `secureMessageInputSchema` by type tests.
 *
 * @example
 * ```ts
 * const input: SecureMessageInput = {
 *   startedFrom: 'home-page',
 *   providers: [{ id: 'prov-1', name: 'Dr. Avery Lee', departments: [{ id: 'dept-1', name: 'North Clinic' }] }],
 *   providerBasedRouting: true,
 * };
 * createWorkflowActor(secureMessageMachine, input).start().getSnapshot().value;
 * //=> 'onHomePage'
 * ```
 */
export interface SecureMessageInput {
  /**
   * Where the patient starts the message: `home-page` (the Messages section of the portal home
   * page, the only start that can carry attachments) or `messages-page` (the Messages page opened
   * from the icon at the top, which sends without attachments).
   */
  readonly startedFrom: 'home-page' | 'messages-page';
  /**
   * The providers the patient has seen, each with the departments they work in (the **Office
   * location** choices). At most 500 providers of at most 100 departments each.
   */
  readonly providers: readonly MessageProvider[];
  /**
   * The Portal Settings option "provider-based message routing". When it is off, "Office staff"
   * is offered in the **Provider** list.
   */
  readonly providerBasedRouting: boolean;
  /** The message limits, when the practice's differ from the portal's (1000 characters, 10 files). */
  readonly policy?: MessagePolicyOverrides | undefined;
}

export type { SecureMessageEvent } from './schemas.js';

import type { SecureMessageEvent } from './schemas.js';

type Provider = { id: string; name: string; departments: { id: string; name: string }[] };

/** Context of {@link secureMessageMachine}. */
export type SecureMessageContext = {
  startedFrom: 'home-page' | 'messages-page';
  providers: Provider[];
  providerBasedRouting: boolean;
  policy: MessagePolicy;
  recipientId: string | null;
  departmentId: string | null;
  subject: string | null;
  body: string;
  attachments: { name: string }[];
  /** Why the last SEND was refused, as rule issue codes. */
  sendIssues: MessageIssueCode[];
  problem: WorkflowProblem | null;
};

/** Where the message went: the recipient's Clinical Inbox for the chosen office location. */
export type SecureMessageOutput = {
  status: 'sent';
  routedTo: 'clinical-inbox';
  recipient: { id: string; name: string };
  department: { id: string; name: string };
  attachmentCount: number;
};

/** The Provider-list entry for a recipient id, as the portal offers it (see `recipientOptions`). */
export function offeredRecipient(context: SecureMessageContext, recipientId: string | null) {
  return recipientOptions({
    providers: context.providers,
    providerBasedRouting: context.providerBasedRouting,
  }).options.find((option) => option.id === recipientId);
}

export function chosenLocation(context: SecureMessageContext, departmentId: string | null) {
  return offeredRecipient(context, context.recipientId)?.officeLocations.find(
    (location) => location.id === departmentId,
  );
}

type Validation = {
  readonly checks: WorkflowChecks;
  readonly draft: readonly unknown[];
  readonly result: MessageCheck;
};

// A SEND runs the rule in its guard and again to record the issues, on one context. The result is
// reused only while the context holds the very same draft values, with the same checks.
const validations = new WeakMap<SecureMessageContext, Validation>();

/** The message rule's verdict on the context's draft, with the given checks. */
export function validation(checks: WorkflowChecks, context: SecureMessageContext): MessageCheck {
  const draft = [
    context.body,
    context.attachments,
    context.attachments.length,
    context.startedFrom,
    context.policy,
  ];
  const known = validations.get(context);
  if (known?.checks === checks && known.draft.every((value, index) => value === draft[index]))
    return known.result;
  const result = checks.message(
    { body: context.body, attachments: context.attachments, startedFrom: context.startedFrom },
    context.policy,
  );
  validations.set(context, { checks, draft, result });
  return result;
}

/**
 * Sending a secure message: from the home page (attachments allowed, one at a time, at most 10) or
 * the Messages page (no attachments); Provider, Office location, Subject, Message, then
 * "Send message", which routes it to the provider's Clinical Inbox. Sending is guarded by
 * the message rule (`checks.message`: `validateMessage` in live sessions): an empty or over-long message, or one holding a card number, cannot be sent,
 * and `sendBlocked` says why in `context.sendIssues`.
 *
 * @example
 * ```ts
 * const actor = createActor(createSecureMessageMachine(liveChecks), {
 *   input: { startedFrom: 'home-page', providerBasedRouting: true, providers: [{ id: 'p1', name: 'Dr. Lee', departments: [{ id: 'd1', name: 'Main St' }] }] },
 * }).start();
 * for (const event of [{ type: 'SHOW_FORM' }, { type: 'SELECT_PROVIDER', providerId: 'p1' }, { type: 'SELECT_LOCATION', departmentId: 'd1' },
 *   { type: 'SELECT_SUBJECT', subject: 'Medical question' }, { type: 'ENTER_MESSAGE', body: 'Is my refill ready?' }, { type: 'SEND' }] as const) actor.send(event);
 * actor.getSnapshot().output?.department;
 * //=> { id: 'd1', name: 'Main St' }
 * ```
 */
export const createSecureMessageMachine = perChecks((checks: WorkflowChecks) =>
  setup({
    types: {
      context: {} as SecureMessageContext,
      events: {} as SecureMessageEvent,
      input: {} as SecureMessageInput,
      output: {} as SecureMessageOutput,
      meta: {} as StepMeta,
    },
    guards: {
      [EVENT_IS_VALID]: eventIsValid(eventChecker(secureMessageEventSchemas)),
      startedFromHomePage: ({ context }) => context.startedFrom === 'home-page',
      recipientIsOffered: ({ context, event }) =>
        event.type === 'SELECT_PROVIDER' && offeredRecipient(context, event.providerId) !== undefined,
      locationServesRecipient: ({ context, event }) =>
        event.type === 'SELECT_LOCATION' && chosenLocation(context, event.departmentId) !== undefined,
      locationChosen: ({ context }) => context.departmentId !== null,
      attachmentLimitReached: ({ context }) => context.attachments.length >= context.policy.maxAttachments,
      messageCanBeSent: ({ context }) => validation(checks, context).ok,
    },
    actions: {
      selectRecipient: assign(({ event }) =>
        event.type === 'SELECT_PROVIDER'
          ? { recipientId: event.providerId, departmentId: null, problem: null }
          : {},
      ),
      selectLocation: assign(({ event }) =>
        event.type === 'SELECT_LOCATION' ? { departmentId: event.departmentId, problem: null } : {},
      ),
      selectSubject: assign(({ event }) =>
        event.type === 'SELECT_SUBJECT' ? { subject: event.subject } : {},
      ),
      enterBody: assign(({ event }) =>
        event.type === 'ENTER_MESSAGE' ? { body: event.body, sendIssues: [], problem: null } : {},
      ),
      addAttachment: assign(({ context, event }) =>
        event.type === 'ATTACH_FILE' ? { attachments: [...context.attachments, { name: event.name }] } : {},
      ),
      removeAttachment: assign(({ context, event }) =>
        event.type === 'REMOVE_ATTACHMENT'
          ? {
              attachments: context.attachments.filter((_, index) => index !== event.index),
              sendIssues: [],
              problem: null,
            }
          : {},
      ),
      recordIssues: assign(({ context }) => ({
        sendIssues: [...validation(checks, context).issues],
        problem: 'message-invalid' as const,
      })),
      clearIssues: assign({ sendIssues: [], problem: null }),
      // A message started again from the home page is a new message: the form starts empty.
      restartFromHomePage: assign({
        startedFrom: 'home-page' as const,
        recipientId: null,
        departmentId: null,
        subject: null,
        body: '',
        attachments: [],
        sendIssues: [],
        problem: null,
      }),
      flagProblem: assign((_, params: { problem: WorkflowProblem }) => ({ problem: params.problem })),
    },
  }).createMachine({
    id: 'secureMessage',
    context: ({ input }) => {
      const parsed = parseInput(secureMessageInputSchema, input, 'secureMessageMachine');
      // The guards run these rules on every SELECT_PROVIDER and SEND: refuse what they would refuse now.
      checkWithRule(
        () =>
          recipientOptions({
            providers: parsed.providers,
            providerBasedRouting: parsed.providerBasedRouting,
          }),
        [],
        'secureMessageMachine',
      );
      const policy = checkWithRule(
        () => defineMessagePolicy(parsed.policy),
        ['policy'],
        'secureMessageMachine',
      );
      return {
        startedFrom: parsed.startedFrom,
        providers: parsed.providers,
        providerBasedRouting: parsed.providerBasedRouting,
        policy: { ...policy },
        recipientId: null,
        departmentId: null,
        subject: null,
        body: '',
        attachments: [],
        sendIssues: [],
        problem: null,
      };
    },
    initial: 'start',
    states: guardEvents(secureMessageStates),
    output: ({ context }) => ({
      status: 'sent',
      routedTo: 'clinical-inbox',
      recipient: {
        id: context.recipientId ?? '',
        name: offeredRecipient(context, context.recipientId)?.label ?? '',
      },
      department: {
        id: context.departmentId ?? '',
        name: chosenLocation(context, context.departmentId)?.label ?? '',
      },
      attachmentCount: context.attachments.length,
    }),
  }),
);

/** The message form machine of {@link createSecureMessageMachine}, whatever checks it was built with. */
export type SecureMessageMachine = ReturnType<typeof createSecureMessageMachine>;
