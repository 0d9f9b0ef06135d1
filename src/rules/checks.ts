/**
 * The rule checks without the triage: what the root entry re-exports (see docs/decisions.md,
 * "Triage (issue 14)"). `portal-helpdesk/rules` adds the triage.
 */

export type { PortalHelpdeskErrorCode, PortalHelpdeskIssue } from '../errors.js';
export { isPortalHelpdeskError, PortalHelpdeskError } from '../errors.js';
export type {
  BrowserAdviceParams,
  BrowserReasonWords,
  BrowserWords,
  CalendarDateParts,
  EligibilityWords,
  Locale,
  MessageWords,
  PhoneWords,
  RecipientsWords,
  SearchWords,
  StaffBrowserWords,
  SymptomWords,
  TriageWords,
} from '../locales/types.js';
export type {
  BrowserByNameInput,
  BrowserByNameResult,
  NamedBrowser,
  NamedOperatingSystem,
  WindowsVersion,
} from './browser-by-name.js';
export { checkBrowserByName } from './browser-by-name.js';
export type {
  BrowserPolicy,
  OperatingSystemId,
  OperatingSystemRule,
  PolicyBrowser,
} from './browser-policy.js';
export { defaultBrowserPolicy, operatingSystemIds } from './browser-policy.js';
export type {
  BrowserSupportInput,
  BrowserSupportReason,
  BrowserSupportResult,
  BrowserSupportStatus,
  CheckBrowserSupportOptions,
  DetectedBrowser,
  DownloadLink,
  UserAgentClientHints,
} from './browser-support.js';
export { checkBrowserSupport, MAX_USER_AGENT_LENGTH } from './browser-support.js';
export type { CardNumberMatch } from './card-numbers.js';
export { findCardNumbers, MAX_CARD_DIGITS, MAX_CARD_SCAN_LENGTH, MIN_CARD_DIGITS } from './card-numbers.js';
export type {
  PortalEligibilityInput,
  PortalEligibilityReason,
  PortalEligibilityResult,
  PortalEligibleResult,
  PortalUnderAgeResult,
} from './eligibility.js';
export {
  checkPortalEligibility,
  MAXIMUM_AGE_YEARS,
  MAXIMUM_POLICY_AGE,
  MINIMUM_PORTAL_AGE,
} from './eligibility.js';
export type {
  MessageAttachment,
  MessageDraft,
  MessageIssue,
  MessageIssueCode,
  MessageReason,
  MessageStart,
  MessageValidationResult,
  ValidateMessageOptions,
} from './message.js';
export { messageLength, validateMessage } from './message.js';
export type { MessagePolicy, MessagePolicyOverrides } from './message-policy.js';
export { defaultMessagePolicy, defineMessagePolicy } from './message-policy.js';
export type {
  CountryCode,
  PhoneLineType,
  PhoneNumberOptions,
  PhoneNumberReason,
  PhoneNumberResult,
  PhoneVerificationMethod,
} from './phone.js';
export { checkPhoneNumber, MAX_PHONE_INPUT_LENGTH, phoneNumbersMatch } from './phone.js';
export type {
  Department,
  MessageProvider,
  OfficeLocationOption,
  RecipientOption,
  RecipientOptionsInput,
  RecipientOptionsReason,
  RecipientOptionsResult,
} from './recipients.js';
export { OFFICE_STAFF_LABEL, officeLocations, recipientOptions } from './recipients.js';
export { MAX_SECURITY_ANSWER_LENGTH, securityAnswersMatch } from './security-answer.js';
export type { StaffBrowserResult } from './staff-browser.js';
export { checkStaffBrowser } from './staff-browser.js';
