import type * as z from 'zod/mini';
import { eventSchema, MAX_EVENT_ID_LENGTH, text } from '../shared/event-schema.js';

/** The events of the profile workflow. */
export const profileSwitchEventSchemas = [
  eventSchema('OPEN_MENU'),
  eventSchema('CLOSE_MENU'),
  eventSchema('CHOOSE_MY_PROFILE'),
  eventSchema('SWITCH_TO', { profileId: text(MAX_EVENT_ID_LENGTH) }),
] as const;

/** Events of the profile workflow. */
export type ProfileSwitchEvent = z.infer<(typeof profileSwitchEventSchemas)[number]>;
