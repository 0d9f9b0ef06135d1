import { assistTasks } from '../assist/tasks.js';
import { registrationChannels } from '../registration/channels.js';
import { messageStarts } from '../secure-message/starts.js';

/** The shape of one payload field of an event, as a host form would collect it. */
export type PayloadField = 'string' | 'boolean' | 'number' | { readonly oneOf: readonly string[] };

/**
 * The payload fields of every event a workflow accepts from a host, by event type (events with
 * no payload are absent). Event types are shared across workflows and always carry the same
 * fields, so one table serves the step view of every workflow.
 */
export const eventPayloads: Readonly<Record<string, Readonly<Record<string, PayloadField>>>> = {
  CREATE_ACCOUNT: { emailConfirmed: 'boolean', passwordEnteredTwice: 'boolean', termsAccepted: 'boolean' },
  SEND_CODE: { phone: 'string' },
  CALL: { phone: 'string' },
  VERIFY: { accepted: 'boolean' },
  SAVE_ANSWER: { answer: 'string' },
  SUBMIT_MANAGER_DETAILS: { name: 'string', email: 'string', birthDate: 'string' },
  SELECT_PROVIDER: { providerId: 'string' },
  SELECT_LOCATION: { departmentId: 'string' },
  SELECT_SUBJECT: { subject: 'string' },
  ENTER_MESSAGE: { body: 'string' },
  ATTACH_FILE: { name: 'string' },
  REMOVE_ATTACHMENT: { index: 'number' },
  SWITCH_TO: { profileId: 'string' },
  REPORT_PATIENT_BROWSER: { userAgent: 'string' },
  CHOOSE_TASK: {
    task: { oneOf: assistTasks },
    channel: { oneOf: registrationChannels },
    startedFrom: { oneOf: messageStarts },
  },
};
