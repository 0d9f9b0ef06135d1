import * as z from 'zod/mini';
import { MAX_USER_AGENT_LENGTH } from '../../rules/input-limits.js';
import { familyAccessEventSchemas } from '../family-access/schemas.js';
import { phoneVerificationEventSchemas } from '../phone-verification/schemas.js';
import { profileSwitchEventSchemas } from '../profile-switch/schemas.js';
import { registrationChannels } from '../registration/channels.js';
import { registrationEventSchemas } from '../registration/schemas.js';
import { relationshipEventSchemas } from '../relationship/schemas.js';
import { secureMessageEventSchemas } from '../secure-message/schemas.js';
import { messageStarts } from '../secure-message/starts.js';
import { securitySetupEventSchemas } from '../security-setup/schemas.js';
import { eventSchema, text } from '../shared/event-schema.js';
import { assistUserSchema } from './registering-user.js';
import { assistTasks } from './tasks.js';
import { questionSchema, symptomSchema, triageAnswerSchema } from './triage.js';

/** The session's own events. */
export const assistOwnEventSchemas = [
  eventSchema('REPORT_PATIENT_BROWSER', { userAgent: text(MAX_USER_AGENT_LENGTH) }),
  eventSchema('CONTINUE'),
  eventSchema('CHOOSE_TASK', {
    task: z.enum(assistTasks),
    channel: z.optional(z.enum(registrationChannels)),
    startedFrom: z.optional(z.enum(messageStarts)),
    /** Who registers (registration only): the patient, the default, or a family member. */
    user: z.optional(assistUserSchema),
  }).check(
    z.refine((event) => event.user === undefined || event.task === 'registration', {
      message: 'Only the registration task takes a user',
      path: ['user'],
    }),
  ),
  eventSchema('CHOOSE_SYMPTOM', { symptom: symptomSchema }),
  eventSchema('ANSWER', { question: questionSchema, value: triageAnswerSchema }),
  eventSchema('START_FIX'),
  eventSchema('SWITCH_TASK'),
  eventSchema('CHOOSE_ANOTHER_TASK'),
  eventSchema('END_SESSION'),
] as const;

/** Every event the session accepts: its own, and those it forwards to the running task. */
export const assistEventSchemas = [
  ...assistOwnEventSchemas,
  ...registrationEventSchemas,
  ...securitySetupEventSchemas,
  ...phoneVerificationEventSchemas,
  ...relationshipEventSchemas,
  ...familyAccessEventSchemas,
  ...secureMessageEventSchemas,
  ...profileSwitchEventSchemas,
] as const;

/** The session's own events; any other workflow event is forwarded to the running task. */
export type AssistOwnEvent = z.infer<(typeof assistOwnEventSchemas)[number]>;
