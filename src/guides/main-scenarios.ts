import type { WorkflowId } from '../workflows/definitions.js';
import type { GuideScenarios } from './build-guide.js';

/**
 * The main scenarios of every workflow, by name: the ones the generated docs, the golden tests and
 * the benchmarks cover. `open` leaves every choice open, so the guide shows each branch point.
 *
 * @example
 * ```ts
 * Object.keys(mainScenarios['security-setup']);
 * //=> ['open', 'text-me', 'call-me', 'security-question', 'landline']
 * ```
 */
export const mainScenarios: { readonly [Id in WorkflowId]: Readonly<Record<string, GuideScenarios[Id]>> } = {
  registration: {
    open: {},
    'invitation-text-me': { channel: 'invitation', security: 'text' },
    'new-to-practice': { channel: 'invitation', security: 'text', newToPractice: true },
    'lab-result-parent-of-child': {
      channel: 'lab-result',
      security: 'text',
      relationship: 'manager',
      patientUnderMinimumAge: true,
    },
    'landline-call-me': { channel: 'invitation', security: 'text', landline: true, verification: 'call' },
    'security-question': { channel: 'appointment-reminder', security: 'question', verification: 'text' },
    'under-minimum-age': { channel: 'invitation', patientUnderMinimumAge: true },
    'no-phone-of-record': { channel: 'invitation', security: 'question', noPhoneOfRecord: true },
    'in-office': { channel: 'in-office', security: 'text' },
    'family-member-invitation': { channel: 'invitation', user: 'family-member', security: 'question' },
    'phone-out-of-date': {
      channel: 'invitation',
      security: 'question',
      verification: 'text',
      phoneOutOfDate: true,
    },
  },
  'security-setup': {
    open: {},
    'text-me': { security: 'text' },
    'call-me': { security: 'call' },
    'security-question': { security: 'question' },
    landline: { security: 'text', landline: true },
  },
  'phone-verification': {
    open: {},
    text: { verification: 'text' },
    'no-phone-of-record': { noPhoneOfRecord: true },
    'phone-out-of-date': { verification: 'call', phoneOutOfDate: true },
  },
  'family-access': {
    open: {},
    'caregiver-text-me': { security: 'text' },
    'caregiver-security-question': { security: 'question', verification: 'text' },
    'caregiver-under-minimum-age': { caregiverUnderMinimumAge: true },
  },
  relationship: {
    open: {},
    'i-am-the-patient': { relationship: 'self' },
    'i-manage-the-account': { relationship: 'manager', patientUnderMinimumAge: true },
    'manager-under-minimum-age': { relationship: 'manager', managerUnderMinimumAge: true },
  },
  'secure-message': {
    'home-page-with-attachments': { startedFrom: 'home-page', attachments: 3 },
    'messages-page': { startedFrom: 'messages-page' },
    'office-staff': { startedFrom: 'home-page', officeStaff: true },
  },
  'profile-switch': {
    open: {},
    'my-profile': { profile: 'my-profile' },
    'family-member': { profile: 'family-member' },
  },
  assist: {
    'registration-call': { task: 'registration' },
    'unsupported-browser': { patientBrowserUnsupported: true, task: 'secure-message' },
    'staff-browser-unsupported': { staffBrowserUnsupported: true, task: 'secure-message' },
    'under-minimum-age': { patientUnderMinimumAge: true, task: 'registration' },
    'family-member-registers-for-child': {
      patientUnderMinimumAge: true,
      task: 'registration',
      user: 'family-member',
    },
    'family-member-under-minimum-age': { task: 'registration', user: 'under-age-family-member' },
  },
};
