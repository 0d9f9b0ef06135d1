import { describe, expectTypeOf, it } from 'vitest';
import { buildGuide, type Guide } from '../src/guides/index.js';
import type { GuideCatalog } from '../src/index.js';
import { en as enLocale } from '../src/locales/en/index.js';

const en = enLocale.guide;

import type { AssistElement } from '../src/element/index.js';
import {
  type BrowserSupportResult,
  checkBrowserSupport,
  checkPortalEligibility,
  type PortalEligibilityResult,
} from '../src/rules/index.js';
import { createWorkflowActor, type RegistrationInput, registrationMachine } from '../src/workflows/index.js';

describe('public types', () => {
  it('types the default tag as AssistElement in the DOM lookups', () => {
    expectTypeOf(document.createElement('portal-helpdesk-assist')).toEqualTypeOf<AssistElement>();
    expectTypeOf(document.querySelector('portal-helpdesk-assist')).toEqualTypeOf<AssistElement | null>();
  });

  it('types rule results as discriminated verdicts', () => {
    expectTypeOf(checkBrowserSupport('x')).toEqualTypeOf<BrowserSupportResult>();
    expectTypeOf<BrowserSupportResult['status']>().toEqualTypeOf<'supported' | 'unsupported' | 'unknown'>();
    const result = checkPortalEligibility({ birthDate: '2000-01-01', now: new Date(0), timeZone: 'UTC' });
    expectTypeOf(result).toEqualTypeOf<PortalEligibilityResult>();
    if (!result.eligible) expectTypeOf(result.eligibleOn).toBeString();
  });

  it('checks guide scenarios per workflow', () => {
    expectTypeOf(buildGuide('security-setup', { security: 'call' })).toEqualTypeOf<Guide>();
    // @ts-expect-error: not a security option
    buildGuide('security-setup', { security: 'fax' });
    // @ts-expect-error: a registration key is not a message scenario key
    buildGuide('secure-message', { channel: 'invitation' });
  });

  it('makes a catalog without every step a type error', () => {
    const { 'security.enterCode': _dropped, ...partialSteps } = en.steps;
    // @ts-expect-error: a missing step key
    const incomplete: GuideCatalog = { ...en, steps: partialSteps };
    expectTypeOf(incomplete).toEqualTypeOf<GuideCatalog>();
  });

  it('types machine inputs', () => {
    expectTypeOf<RegistrationInput['channel']>().toEqualTypeOf<
      'invitation' | 'appointment-reminder' | 'lab-result' | 'online-check-in' | 'in-office'
    >();
    // @ts-expect-error: input is required and must be a registration input
    createWorkflowActor(registrationMachine, { channel: 'fax' });
  });
});
