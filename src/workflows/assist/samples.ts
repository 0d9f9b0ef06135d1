// Sample data for tests, docs and the CLI's sample guide, never a product default: no library
// module imports this file (a test bundles the guides and checks that no sample name is in them).
// `portal-helpdesk/testing` exports it; it lives beside the assist input it satisfies, so the CLI
// takes its sample patient from here without importing the testing layer.
import type { AssistInput } from './input.js';

/**
 * The instant every sample starts at: 10 March 2026, 10:00 in New York.
 *
 * @example
 * ```ts
 * new Date(sampleNow).toISOString();
 * //=> '2026-03-10T15:00:00.000Z'
 * ```
 */
export const sampleNow = '2026-03-10T15:00:00.000Z';

/**
 * A sample practice: New York time, provider-based routing on, two providers in two departments.
 *
 * @example
 * ```ts
 * recipientOptions({ providers: samplePractice.providers, providerBasedRouting: true }).options.length;
 * //=> 2
 * ```
 */
export const samplePractice = Object.freeze({
  timeZone: 'America/New_York',
  defaultCountry: 'US',
  portalUrl: 'https://portal.example-clinic.test',
  schedulingAllowed: true,
  providerBasedRouting: true,
  providers: [
    {
      id: 'prov-lee',
      name: 'Dr. Avery Lee',
      departments: [
        { id: 'dept-main', name: 'Main Street Family Medicine' },
        { id: 'dept-north', name: 'North Clinic' },
      ],
    },
    {
      id: 'prov-okafor',
      name: 'Dr. Chidi Okafor',
      departments: [{ id: 'dept-main', name: 'Main Street Family Medicine' }],
    },
  ],
} satisfies AssistInput['practice']);

/**
 * A sample adult patient with a phone of record. Invented: no real person.
 *
 * @example
 * ```ts
 * checkPortalEligibility({ birthDate: sampleAdultPatient.birthDate, now: new Date(sampleNow), timeZone: 'America/New_York' }).eligible;
 * //=> true
 * ```
 */
export const sampleAdultPatient = Object.freeze({
  id: 'pat-1001',
  displayName: 'Jordan Rivera',
  birthDate: '1987-07-14',
  phoneOfRecord: '(201) 555-0123',
  portalStatus: 'not-registered' as const,
  familyProfiles: [{ id: 'pat-1002', displayName: 'Mia Rivera' }],
});

/**
 * A sample 9-year-old patient, whose parent manages the account.
 *
 * @example
 * ```ts
 * checkPortalEligibility({ birthDate: sampleChildPatient.birthDate, now: new Date(sampleNow), timeZone: 'America/New_York' }).age;
 * //=> 9
 * ```
 */
export const sampleChildPatient = Object.freeze({
  id: 'pat-1002',
  displayName: 'Mia Rivera',
  birthDate: '2016-09-02',
  phoneOfRecord: '(201) 555-0123',
  /** The parent's phone in Mia's entry on the Portal Accounts page. */
  portalAccountsPhone: '(201) 555-0166',
  portalStatus: 'not-registered' as const,
});

/**
 * A sample parent, as entered after "I manage <patient>'s account".
 *
 * @example
 * ```ts
 * const event = { type: 'SUBMIT_MANAGER_DETAILS', ...sampleManager };
 * eventIssues(relationshipMachine, event);
 * //=> []
 * ```
 */
export const sampleManager = Object.freeze({
  name: 'Jordan Rivera',
  email: 'jordan.rivera@example.com',
  birthDate: '1987-07-14',
});

/**
 * A user agent of a current Chrome on Windows 10/11.
 *
 * @example
 * ```ts
 * checkStaffBrowser(sampleStaffUserAgent).canLogInAsPatient;
 * //=> true
 * ```
 */
export const sampleStaffUserAgent =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36';

/**
 * A user agent of Internet Explorer 11.
 *
 * @example
 * ```ts
 * checkStaffBrowser(sampleInternetExplorerUserAgent).reason;
 * //=> 'internet-explorer'
 * ```
 */
export const sampleInternetExplorerUserAgent =
  'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';
