import * as z from 'zod/mini';
import type { StateNotes } from '../define-workflow.js';
import { type StateScript, send, stop } from '../shared/guide-script.js';
import { WALK_MESSAGE } from '../shared/walk-inputs.js';
import type { SecureMessageContext } from './machine.js';
import { messageStarts } from './starts.js';
import type { secureMessageStates } from './states.js';

/** The scenario of a secure-message guide. */
export const secureMessageScenarioSchema = z.strictObject({
  /** Where the patient starts the message. Default `home-page`. */
  startedFrom: z.optional(z.enum(messageStarts)),
  /** How many files the patient attaches (0 to 10). */
  attachments: z.optional(z.int().check(z.gte(0), z.lte(10))),
  /** "Office staff" is the recipient (provider-based routing is off). */
  officeStaff: z.optional(z.boolean()),
});

/** A secure-message guide scenario, as parsed. */
export type SecureMessageScenario = z.output<typeof secureMessageScenarioSchema>;

type MessageStateId = keyof typeof secureMessageStates;

function wantsFiles(scenario: SecureMessageScenario): boolean {
  return (scenario.attachments ?? 0) > 0;
}

/** The moves of the secure-message guide. */
export const secureMessageScript: StateScript<MessageStateId, SecureMessageScenario> = {
  start: stop,
  onHomePage: send({ type: 'SHOW_FORM' }),
  // A message with files cannot start here: the guide says so once and goes to the home page.
  onMessagesPage: (_, scenario) =>
    wantsFiles(scenario)
      ? { kind: 'send', event: { type: 'ATTACH_FILE', name: 'file-1.pdf' } }
      : { kind: 'send', event: { type: 'SHOW_FORM' } },
  choosingProvider: (snapshot, scenario) => {
    const context = snapshot.context as SecureMessageContext;
    return {
      kind: 'send',
      event: {
        type: 'SELECT_PROVIDER',
        providerId: scenario.officeStaff ? 'office-staff' : (context.providers[0]?.id ?? ''),
      },
    };
  },
  choosingLocation: (snapshot) => {
    const context = snapshot.context as SecureMessageContext;
    const provider = context.providers.find((p) => p.id === context.recipientId) ?? context.providers[0];
    return {
      kind: 'send',
      event: { type: 'SELECT_LOCATION', departmentId: provider?.departments[0]?.id ?? '' },
    };
  },
  choosingSubject: send({ type: 'SELECT_SUBJECT', subject: 'Medical question' }),
  writing: (snapshot, scenario) => {
    const context = snapshot.context as SecureMessageContext;
    if (context.body === '') return { kind: 'send', event: { type: 'ENTER_MESSAGE', body: WALK_MESSAGE } };
    if (context.attachments.length < (scenario.attachments ?? 0))
      return {
        kind: 'send',
        event: { type: 'ATTACH_FILE', name: `file-${context.attachments.length + 1}.pdf` },
      };
    return { kind: 'send', event: { type: 'SEND' } };
  },
  attachmentsUnavailable: send({ type: 'START_FROM_HOME_PAGE' }),
  attachmentLimit: stop,
  sendBlocked: stop,
  sent: stop,
};

const fromHomePage = (context: SecureMessageContext) => context.startedFrom === 'home-page';

/** Notes beside the secure-message steps: attachment tips only where files can be attached. */
export const secureMessageNotes: { readonly [Id in MessageStateId]?: StateNotes<SecureMessageContext> } = {
  onHomePage: ['patient.attachmentsHomePageOnly'],
  choosingProvider: ['staff.officeStaffRouting'],
  choosingLocation: ['staff.officeLocationRouting'],
  // The step itself gives the length limit and says where to work; notes add what it does not.
  writing: (context) =>
    fromHomePage(context) ? ['patient.attachOneAtATime', 'patient.removeWrongFile'] : [],
  attachmentLimit: ['patient.removeWrongFile'],
  // The step says to take card details out; the warning says why, on the screen that refused them.
  sendBlocked: ['warning.noCardInformation'],
};
