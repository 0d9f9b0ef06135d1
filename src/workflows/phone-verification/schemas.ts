import * as z from 'zod/mini';
import { MAX_PHONE_INPUT_LENGTH } from '../../rules/input-limits.js';
import { eventSchema, text } from '../shared/event-schema.js';

/**
 * The events of the phone-of-record verification steps. `PHONE_OUT_OF_DATE` says the patient no
 * longer has the phone of record; `PHONE_OF_RECORD_UPDATED` carries the number staff saved instead.
 */
export const phoneVerificationEventSchemas = [
  eventSchema('CHOOSE_TEXT'),
  eventSchema('CHOOSE_CALL'),
  eventSchema('VERIFY', { accepted: z.boolean() }),
  eventSchema('TRY_AGAIN'),
  eventSchema('RESEND_CODE'),
  eventSchema('SWITCH_TO_CALL'),
  eventSchema('PHONE_OUT_OF_DATE'),
  eventSchema('PHONE_OF_RECORD_UPDATED', { phone: text(MAX_PHONE_INPUT_LENGTH) }),
] as const;

/** Events of the phone-of-record verification steps. */
export type PhoneVerificationEvent = z.infer<(typeof phoneVerificationEventSchemas)[number]>;
