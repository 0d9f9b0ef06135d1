import type * as z from 'zod/mini';
import {
  calendarDate,
  eventSchema,
  MAX_EMAIL_LENGTH,
  MAX_EVENT_TEXT_LENGTH,
  text,
} from '../shared/event-schema.js';

/**
 * The events of the relationship steps. The manager's name and email go to the portal, not into
 * the machine: only the age check of their birth date is kept.
 */
export const relationshipEventSchemas = [
  eventSchema('I_AM_PATIENT'),
  eventSchema('I_MANAGE_ACCOUNT'),
  eventSchema('SUBMIT_MANAGER_DETAILS', {
    name: text(MAX_EVENT_TEXT_LENGTH),
    email: text(MAX_EMAIL_LENGTH),
    birthDate: calendarDate,
  }),
  eventSchema('CONTINUE'),
  eventSchema('BACK'),
] as const;

/** Events of the relationship steps. */
export type RelationshipEvent = z.infer<(typeof relationshipEventSchemas)[number]>;
