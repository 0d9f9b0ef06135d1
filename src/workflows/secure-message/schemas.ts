import * as z from 'zod/mini';
import {
  eventSchema,
  MAX_EVENT_BODY_LENGTH,
  MAX_EVENT_ID_LENGTH,
  MAX_EVENT_TEXT_LENGTH,
  MAX_FILE_NAME_LENGTH,
  text,
} from '../shared/event-schema.js';

/** The events of the secure-message workflow. Attachments are added one file at a time. */
export const secureMessageEventSchemas = [
  eventSchema('SHOW_FORM'),
  eventSchema('SELECT_PROVIDER', { providerId: text(MAX_EVENT_ID_LENGTH) }),
  eventSchema('SELECT_LOCATION', { departmentId: text(MAX_EVENT_ID_LENGTH) }),
  eventSchema('SELECT_SUBJECT', { subject: text(MAX_EVENT_TEXT_LENGTH) }),
  eventSchema('ENTER_MESSAGE', { body: text(MAX_EVENT_BODY_LENGTH) }),
  eventSchema('ATTACH_FILE', { name: text(MAX_FILE_NAME_LENGTH) }),
  eventSchema('REMOVE_ATTACHMENT', { index: z.int().check(z.gte(0), z.lte(10_000)) }),
  eventSchema('SEND'),
  eventSchema('CONTINUE_WITHOUT_ATTACHMENTS'),
  eventSchema('START_FROM_HOME_PAGE'),
  eventSchema('DISMISS'),
] as const;

/** Events of the secure-message workflow. */
export type SecureMessageEvent = z.infer<(typeof secureMessageEventSchemas)[number]>;
