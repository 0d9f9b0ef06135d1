import * as z from 'zod/mini';
import { defineWorkflow } from '../define-workflow.js';
import { securityChoicesShape, securitySetupNotes, securitySetupScript } from './guide.js';
import { createSecuritySetupMachine } from './machine.js';
import { securitySetupEventSchemas } from './schemas.js';

/** The one-time security setup: "Text me", "Call me" or "Security Question". */
export const securitySetup = defineWorkflow({
  id: 'security-setup',
  title: 'Set up account security',
  createMachine: createSecuritySetupMachine,
  events: securitySetupEventSchemas,
  notes: securitySetupNotes,
  guide: {
    scenario: z.strictObject(securityChoicesShape),
    input: () => ({ defaultCountry: 'US' as const }),
    states: securitySetupScript,
  },
});
