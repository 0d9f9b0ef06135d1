import { sampleAdultPatient, samplePractice } from '../testing/samples/practice.js';
import type { AssistInput } from '../workflows/assist/input.js';
import type { WorkflowId } from '../workflows/registry.js';
import type { ResolvedGuideOptions } from './guide-options.js';
import { birthDateYearsBefore } from './scenarios/steps.js';
import type { GuideScenarios } from './scenarios/workflow-scenarios.js';

type Scenario<Id extends WorkflowId> = GuideScenarios[Id];

function patientFacts(options: ResolvedGuideOptions, underAge: boolean | undefined) {
  return {
    displayName: options.patientName,
    birthDate: options.patientBirthDate ?? birthDateYearsBefore(options.now, underAge ? 9 : 40),
  };
}

function clockAndPractice(options: ResolvedGuideOptions) {
  return { now: options.now, practice: { timeZone: options.timeZone, minimumAge: options.minimumAge } };
}

/**
 * The machine input a guide walks with: the scenario's facts (an under-age patient, no phone of
 * record...) and the options' personal details, with invented sample values for the rest.
 */
export function guideInput(
  workflowId: WorkflowId,
  scenario: Scenario<WorkflowId>,
  options: ResolvedGuideOptions,
): unknown {
  const s = scenario as Scenario<'registration'> &
    Scenario<'secure-message'> &
    Scenario<'assist'> &
    Scenario<'phone-verification'>;
  const phoneOfRecord = s.noPhoneOfRecord ? null : sampleAdultPatient.phoneOfRecord;
  switch (workflowId) {
    case 'registration':
      return {
        ...clockAndPractice(options),
        channel: s.channel ?? 'invitation',
        patient: { ...patientFacts(options, s.patientUnderMinimumAge), phoneOfRecord },
      };
    case 'relationship':
      return { ...clockAndPractice(options), patient: patientFacts(options, s.patientUnderMinimumAge) };
    case 'security-setup':
      return { defaultCountry: 'US' };
    case 'phone-verification':
      return { phoneOfRecord, defaultCountry: 'US' };
    case 'secure-message':
      return {
        startedFrom: s.startedFrom ?? 'home-page',
        providers: options.providers,
        providerBasedRouting: s.officeStaff ? false : options.providerBasedRouting,
      };
    case 'profile-switch':
      return { familyProfiles: [{ id: 'family-member', displayName: options.familyMemberName }] };
    case 'assist': {
      const input: AssistInput = {
        staff: { userAgent: sampleStaffChrome },
        patient: {
          id: 'patient',
          ...patientFacts(options, false),
          phoneOfRecord,
          ...(s.patientBrowserUnsupported
            ? { userAgent: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko' }
            : {}),
        },
        practice: {
          timeZone: options.timeZone,
          minimumAge: options.minimumAge,
          portalUrl: options.portalUrl ?? samplePractice.portalUrl,
          providerBasedRouting: options.providerBasedRouting,
          providers: options.providers,
        },
        now: options.now,
      };
      return input;
    }
  }
}

const sampleStaffChrome =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36';
