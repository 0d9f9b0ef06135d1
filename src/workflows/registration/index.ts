import { defineWorkflow } from '../define-workflow.js';
import { birthDateYearsBefore } from '../shared/guide-script.js';
import { WALK_PHONE_OF_RECORD } from '../shared/walk-inputs.js';
import {
  registrationGuideNotes,
  registrationNotes,
  registrationScenarioSchema,
  registrationScript,
} from './guide.js';
import { createRegistrationMachine } from './machine.js';
import { registrationEventSchemas } from './schemas.js';

/** Creating a Patient Portal account, from the link in the email to the portal home page. */
export const registration = defineWorkflow({
  id: 'registration',
  title: 'Create a Patient Portal account',
  createMachine: createRegistrationMachine,
  events: registrationEventSchemas,
  notes: registrationNotes,
  guide: {
    scenario: registrationScenarioSchema,
    input: (scenario, settings) => ({
      channel: scenario.channel ?? 'invitation',
      user:
        scenario.user === 'family-member'
          ? {
              role: 'family-member' as const,
              birthDate: birthDateYearsBefore(settings.now, scenario.managerUnderMinimumAge ? 9 : 40),
            }
          : { role: 'patient' as const },
      patient: {
        displayName: settings.patientName,
        birthDate:
          settings.patientBirthDate ??
          birthDateYearsBefore(settings.now, scenario.patientUnderMinimumAge ? 9 : 40),
        // The phone of record of this user: Quickview for the patient, Portal Accounts for a family member.
        phoneOfRecord: scenario.noPhoneOfRecord ? null : WALK_PHONE_OF_RECORD,
        portalAccountsPhone: scenario.noPhoneOfRecord ? null : WALK_PHONE_OF_RECORD,
      },
      now: settings.now,
      practice: { timeZone: settings.timeZone, minimumAge: settings.minimumAge },
    }),
    states: registrationScript,
    notes: registrationGuideNotes,
  },
});
