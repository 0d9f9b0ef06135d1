import type { AssistInput } from 'portal-helpdesk/react';

/**
 * The chart's facts for a new session. Every value is invented for this example: Alex Example is
 * not a real patient, and the clinic, provider and phone number do not exist.
 *
 * @example
 * ```ts
 * exampleInput(navigator.userAgent, new Date()).patient?.displayName;
 * //=> 'Alex Example'
 * ```
 */
export function exampleInput(staffUserAgent: string, now: Date): AssistInput {
  return {
    staff: { userAgent: staffUserAgent },
    patient: {
      id: 'example-patient-0001',
      displayName: 'Alex Example',
      birthDate: '1990-04-01',
      phoneOfRecord: '(201) 555-0147',
      portalStatus: 'not-registered',
      familyProfiles: [],
    },
    practice: {
      timeZone: 'America/New_York',
      defaultCountry: 'US',
      portalUrl: 'https://portal.example.test',
      schedulingAllowed: true,
      providerBasedRouting: false,
      providers: [
        {
          id: 'example-provider-1',
          name: 'Dr. Sam Sample',
          departments: [{ id: 'example-dept-1', name: 'Example Family Clinic' }],
        },
      ],
    },
    now: now.toISOString(),
  };
}
