import { defineWorkflow } from '../define-workflow.js';
import { assistGuideInput, assistNotes, assistScenarioSchema, assistScript } from './guide.js';
import { createAssistMachine } from './machine.js';
import { assistEventSchemas } from './schemas.js';

/** The staff assist session: pre-checks, then the task the patient needs. */
export const assist = defineWorkflow({
  id: 'assist',
  title: 'Staff assist session',
  createMachine: createAssistMachine,
  staffOnly: true,
  events: assistEventSchemas,
  notes: assistNotes,
  guide: { scenario: assistScenarioSchema, input: assistGuideInput, states: assistScript },
});
