import { defineWorkflow } from '../define-workflow.js';
import { birthDateYearsBefore } from '../shared/guide-script.js';
import { WALK_PHONE_OF_RECORD } from '../shared/walk-inputs.js';
import { familyAccessNotes, familyAccessScenarioSchema, familyAccessScript } from './guide.js';
import { createFamilyAccessMachine } from './machine.js';
import { familyAccessEventSchemas } from './schemas.js';

/** Family access: staff set it up for a caregiver, who creates an account managing the patient's. */
export const familyAccess = defineWorkflow({
  id: 'family-access',
  title: 'Family access for a caregiver',
  createMachine: createFamilyAccessMachine,
  events: familyAccessEventSchemas,
  notes: familyAccessNotes,
  guide: {
    scenario: familyAccessScenarioSchema,
    input: (scenario, settings) => ({
      patient: {
        displayName: settings.patientName,
        birthDate: settings.patientBirthDate ?? birthDateYearsBefore(settings.now, 9),
        portalAccountsPhone: scenario.noPhoneOfRecord ? null : WALK_PHONE_OF_RECORD,
      },
      now: settings.now,
      practice: { timeZone: settings.timeZone, minimumAge: settings.minimumAge },
    }),
    states: familyAccessScript,
    // The caregiver registers: the age rule is theirs, stated up front as in account creation.
    notes: ['warning.under13'],
  },
});
