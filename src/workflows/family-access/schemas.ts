import type * as z from 'zod/mini';
import { registrationEventSchemas } from '../registration/schemas.js';
import { calendarDate, eventSchema } from '../shared/event-schema.js';

/**
 * The events of family access: staff's own (`ACCESS_SET_UP`, with the caregiver's date of birth,
 * which only the age rule reads) and those of the caregiver's account creation.
 */
export const familyAccessEventSchemas = [
  eventSchema('ACCESS_SET_UP', { caregiverBirthDate: calendarDate }),
  ...registrationEventSchemas,
] as const;

/** Events the family access workflow accepts. */
export type FamilyAccessEvent = z.infer<(typeof familyAccessEventSchemas)[number]>;
