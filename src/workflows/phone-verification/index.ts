import * as z from 'zod/mini';
import { defineWorkflow } from '../define-workflow.js';
import { WALK_PHONE_OF_RECORD } from '../shared/walk-inputs.js';
import { phoneVerificationNotes, phoneVerificationScript, verificationChoicesShape } from './guide.js';
import { createPhoneVerificationMachine } from './machine.js';
import { phoneVerificationEventSchemas } from './schemas.js';

/** Verifying access to the phone of record: "Text" or "Call", then the code and "Verify". */
export const phoneVerification = defineWorkflow({
  id: 'phone-verification',
  title: 'Verify the phone of record',
  createMachine: createPhoneVerificationMachine,
  events: phoneVerificationEventSchemas,
  notes: phoneVerificationNotes,
  guide: {
    scenario: z.strictObject({
      ...verificationChoicesShape,
      /** The practice has no phone of record on file. */
      noPhoneOfRecord: z.optional(z.boolean()),
    }),
    input: (scenario) => ({
      phoneOfRecord: scenario.noPhoneOfRecord ? null : WALK_PHONE_OF_RECORD,
      defaultCountry: 'US' as const,
    }),
    states: phoneVerificationScript,
  },
});
