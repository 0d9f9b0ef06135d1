import { describe, expectTypeOf, it } from 'vitest';
import type {
  BrowserSupportReason,
  BrowserWords,
  CheckBrowserSupportOptions,
  EligibilityWords,
  Locale,
  MessageIssueCode,
  MessageWords,
  PhoneNumberReason,
  PhoneWords,
  PortalEligibilityReason,
  RecipientOptionsReason,
  RecipientsWords,
  StaffBrowserWords,
} from '../../src/rules/index.js';
import { checkBrowserSupport } from '../../src/rules/index.js';

describe('the Locale type', () => {
  it('keys each section by the reason codes of its rule, no more and no fewer', () => {
    expectTypeOf<keyof BrowserWords>().toEqualTypeOf<BrowserSupportReason>();
    expectTypeOf<keyof StaffBrowserWords>().toEqualTypeOf<BrowserSupportReason>();
    expectTypeOf<keyof EligibilityWords>().toEqualTypeOf<PortalEligibilityReason>();
    expectTypeOf<keyof PhoneWords>().toEqualTypeOf<PhoneNumberReason>();
    expectTypeOf<keyof RecipientsWords>().toEqualTypeOf<RecipientOptionsReason>();
    expectTypeOf<keyof MessageWords>().toEqualTypeOf<
      MessageIssueCode | 'ready-to-send' | 'ready-to-send-with-attachments'
    >();
  });

  it('is what the rules take; a language code is a type error', () => {
    expectTypeOf<NonNullable<CheckBrowserSupportOptions['locale']>>().toEqualTypeOf<Locale>();
    // @ts-expect-error: pass the `es` object from portal-helpdesk/locales/es
    checkBrowserSupport('x', { locale: 'es' });
  });
});
