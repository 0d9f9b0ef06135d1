import * as z from 'zod/mini';
import { phoneVerificationEventSchemas } from '../phone-verification/schemas.js';
import { relationshipEventSchemas } from '../relationship/schemas.js';
import { securitySetupEventSchemas } from '../security-setup/schemas.js';
import { eventSchema } from '../shared/event-schema.js';

/** The events of account creation: its own and those of the steps it nests. */
export const registrationEventSchemas = [
  eventSchema('OPEN_LINK'),
  /** Staff finished registering the patient in the office (the in-office channel's first step). */
  eventSchema('REGISTERED_IN_OFFICE'),
  eventSchema('CREATE_ACCOUNT', {
    emailConfirmed: z.boolean(),
    passwordEnteredTwice: z.boolean(),
    termsAccepted: z.boolean(),
  }),
  ...securitySetupEventSchemas,
  ...phoneVerificationEventSchemas,
  ...relationshipEventSchemas,
] as const;

/** Events the account-creation workflow accepts (its own and those of the steps it nests). */
export type RegistrationEvent = z.infer<(typeof registrationEventSchemas)[number]>;
