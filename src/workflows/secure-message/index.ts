import { PortalHelpdeskError } from '../../errors.js';
import { defineWorkflow } from '../define-workflow.js';

import { secureMessageNotes, secureMessageScenarioSchema, secureMessageScript } from './guide.js';
import { createSecureMessageMachine } from './machine.js';
import { secureMessageEventSchemas } from './schemas.js';

/** A guide's options or scenario that leave the message nowhere to go: refused, naming the field. */
const guideError = (context: string, path: (string | number)[], message: string) =>
  new PortalHelpdeskError('invalid-input', [{ path, message }], context);

/** Sending a secure message, with attachments when it starts on the home page. */
export const secureMessage = defineWorkflow({
  id: 'secure-message',
  title: 'Send a secure message',
  createMachine: createSecureMessageMachine,
  events: secureMessageEventSchemas,
  notes: secureMessageNotes,
  guide: {
    scenario: secureMessageScenarioSchema,
    input: (scenario, settings) => {
      const { providers, providerBasedRouting } = settings;
      // "Office staff" is offered only with provider-based routing off: a practice that says it is
      // on has no such choice. A guide the practice's settings would stop half-way is refused.
      if (scenario.officeStaff && providerBasedRouting)
        throw guideError(
          'buildGuide(scenario)',
          ['officeStaff'],
          'Does not apply: the practice has provider-based routing on',
        );
      // Every message goes to an Office location of a listed provider, "Office staff" included.
      if (providers.length === 0)
        throw guideError(
          'buildGuide(options)',
          ['practice', 'providers'],
          'Lists no provider, so no Office location to send a message to',
        );
      const noLocation = providers.findIndex((provider) => provider.departments.length === 0);
      if (noLocation >= 0)
        throw guideError(
          'buildGuide(options)',
          ['practice', 'providers', noLocation, 'departments'],
          'Lists no Office location to send a message to',
        );
      return {
        startedFrom: scenario.startedFrom ?? 'home-page',
        providers: providers.map((provider) => ({
          ...provider,
          departments: provider.departments.map((department) => ({ ...department })),
        })),
        providerBasedRouting: scenario.officeStaff ? false : (providerBasedRouting ?? true),
      };
    },
    states: secureMessageScript,
    notes: ['warning.noCardInformation'],
  },
});
