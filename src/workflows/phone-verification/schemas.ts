import * as z from 'zod/mini';
import { eventSchema } from '../shared/event-schema.js';

/** The events of the phone-of-record verification steps. */
export const phoneVerificationEventSchemas = [
  eventSchema('CHOOSE_TEXT'),
  eventSchema('CHOOSE_CALL'),
  eventSchema('VERIFY', { accepted: z.boolean() }),
  eventSchema('TRY_AGAIN'),
  eventSchema('RESEND_CODE'),
] as const;

/** Events of the phone-of-record verification steps. */
export type PhoneVerificationEvent = z.infer<(typeof phoneVerificationEventSchemas)[number]>;
