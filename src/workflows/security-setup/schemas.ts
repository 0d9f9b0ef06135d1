import * as z from 'zod/mini';
import { MAX_PHONE_INPUT_LENGTH } from '../../rules/input-limits.js';
import { eventSchema, MAX_ANSWER_LENGTH, text } from '../shared/event-schema.js';

/**
 * The events of the security setup steps. `VERIFY.accepted` is what the portal answered to the
 * code the person typed: the library never sees or stores the code itself.
 */
export const securitySetupEventSchemas = [
  eventSchema('CHOOSE_TEXT'),
  eventSchema('CHOOSE_CALL'),
  eventSchema('CHOOSE_QUESTION'),
  eventSchema('SEND_CODE', { phone: text(MAX_PHONE_INPUT_LENGTH) }),
  eventSchema('CALL', { phone: text(MAX_PHONE_INPUT_LENGTH) }),
  eventSchema('VERIFY', { accepted: z.boolean() }),
  eventSchema('TRY_AGAIN'),
  eventSchema('RESEND_CODE'),
  eventSchema('SWITCH_TO_CALL'),
  eventSchema('CHANGE_NUMBER'),
  eventSchema('BACK'),
  eventSchema('SAVE_ANSWER', { answer: text(MAX_ANSWER_LENGTH) }),
] as const;

/** Events of the security setup steps. */
export type SecuritySetupEvent = z.infer<(typeof securitySetupEventSchemas)[number]>;
