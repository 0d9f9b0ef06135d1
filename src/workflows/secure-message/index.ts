import { defineWorkflow } from '../define-workflow.js';
import { secureMessageNotes, secureMessageScenarioSchema, secureMessageScript } from './guide.js';
import { createSecureMessageMachine } from './machine.js';
import { secureMessageEventSchemas } from './schemas.js';

/** Sending a secure message, with attachments when it starts on the home page. */
export const secureMessage = defineWorkflow({
  id: 'secure-message',
  title: 'Send a secure message',
  createMachine: createSecureMessageMachine,
  events: secureMessageEventSchemas,
  notes: secureMessageNotes,
  guide: {
    scenario: secureMessageScenarioSchema,
    input: (scenario, settings) => ({
      startedFrom: scenario.startedFrom ?? 'home-page',
      providers: settings.providers.map((provider) => ({
        ...provider,
        departments: provider.departments.map((department) => ({ ...department })),
      })),
      providerBasedRouting: scenario.officeStaff ? false : settings.providerBasedRouting,
    }),
    states: secureMessageScript,
    notes: ['warning.noCardInformation'],
  },
});
