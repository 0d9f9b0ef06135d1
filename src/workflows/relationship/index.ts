import * as z from 'zod/mini';
import { defineWorkflow } from '../define-workflow.js';
import { birthDateYearsBefore } from '../shared/guide-script.js';
import { relationshipChoicesShape, relationshipNotes, relationshipScript } from './guide.js';
import { relationshipMachine } from './machine.js';
import { relationshipEventSchemas } from './schemas.js';

/** "Choose your patient relationship": "I am <patient>" or "I manage <patient>'s account". */
export const relationship = defineWorkflow({
  id: 'relationship',
  title: 'Choose the patient relationship',
  // Its machine needs no rule-dependent check: the same machine whatever the checks.
  createMachine: () => relationshipMachine,
  events: relationshipEventSchemas,
  notes: relationshipNotes,
  guide: {
    scenario: z.strictObject({
      ...relationshipChoicesShape,
      /** The patient is under the minimum age (so only a manager may hold the account). */
      patientUnderMinimumAge: z.optional(z.boolean()),
    }),
    input: (scenario, settings) => ({
      patient: {
        displayName: settings.patientName,
        birthDate:
          settings.patientBirthDate ??
          birthDateYearsBefore(settings.now, scenario.patientUnderMinimumAge ? 9 : 40),
      },
      now: settings.now,
      practice: { timeZone: settings.timeZone, minimumAge: settings.minimumAge },
    }),
    states: relationshipScript,
    notes: ['warning.under13'],
  },
});
