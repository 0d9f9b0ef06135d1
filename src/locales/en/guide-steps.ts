import { OFFICE_STAFF_LABEL } from '../../rules/recipients.js';
import type { GuideParams, GuideWords } from '../guide-words.js';
import { label, link, type RichText, t, value } from '../text.js';

const name = (p: GuideParams) => value(p.patientName);

/** " at <the practice's portal address>", when the guide has one: patients need it too (docs/policies.md). */
export const at = (p: GuideParams) => (p.portalUrl ? t` at ${link(p.portalUrl)}` : undefined);

/** Staff text offering family access to a caregiver old enough for an account (the under-age one may be a caregiver too). */
const offerFamilyAccess = (p: GuideParams) =>
  t`Offer family access instead, to a parent or other caregiver of ${name(p)} who is at least ${p.minimumAge}.`;

/** Staff text for an account holder under the minimum age (registration and relationship steps). */
function underAge(p: GuideParams): RichText {
  const until = p.eligibleOn ? t` until ${value(p.eligibleOn)}` : undefined;
  return t`Stop here: the person who would hold this account is younger than ${p.minimumAge}, so they cannot have their own portal account${until}. ${offerFamilyAccess(p)}`;
}

/** The patient's own words for an account holder under the minimum age: what happens, and what a caregiver can ask for. */
function underAgeForPatient(p: GuideParams): RichText {
  const until = p.eligibleOn ? t` before ${value(p.eligibleOn)}` : ' yet';
  return t`Everyone who holds a portal account must be at least ${p.minimumAge} years old, so this account cannot be created${until}. A parent or other caregiver who is at least ${p.minimumAge} can ask the practice for a family access account to see ${name(p)}'s health and billing information.`;
}

const NEXT = 'Choose another task, or end the session.';

/** The security option a guide's scenario chose, by its option key: the portal's label. */
const securityOptions: Readonly<Record<string, string>> = {
  'security.text': 'Text me',
  'security.call': 'Call me',
  'security.question': 'Security Question',
};

/** Staff text for an assist task that cannot start or did not finish, by the reason the session records. */
function assistBlocked(p: GuideParams): RichText {
  const until = p.eligibleOn ? t` (until ${value(p.eligibleOn)})` : undefined;
  switch (p.blockedReason) {
    case 'patient-under-minimum-age':
      return t`This task cannot start: ${name(p)} is younger than ${p.minimumAge}, and nobody that young may register, set up account security or verify a phone for their own portal account${until}. Offer a family access account for a parent or other caregiver instead. ${NEXT}`;
    case 'family-member-under-minimum-age':
      return t`This task cannot start: ${p.familyMemberName ? value(p.familyMemberName) : 'the family member'}, who would register to manage ${name(p)}'s account, is younger than ${p.minimumAge}${until}, and everyone who creates a portal account must be at least that age. A parent or other caregiver of that age can register instead, or you can set up a family access account for that caregiver. ${NEXT}`;
    case 'already-registered':
      return t`${name(p)} already has a portal account (registered, or in ${label('Prospective')} status), so registration cannot run again. ${NEXT}`;
    case 'under-minimum-age':
      return t`The task stopped: the person who would hold the account is younger than ${p.minimumAge}. ${offerFamilyAccess(p)} ${NEXT}`;
    case 'no-phone-of-record':
      return t`The task stopped: there is no phone of record to verify. Update the phone of record, then start the task again. ${NEXT}`;
    default:
      return t`The task stopped before the end (reason: ${p.blockedReason ?? 'unknown'}). ${NEXT}`;
  }
}

/**
 * English text of every guide step, one short instruction each. Patient steps speak to the
 * patient, as staff would read them aloud; staff steps (blocked outcomes, the assist session)
 * speak to the staff member.
 *
 * @example
 * ```ts
 * const steps: GuideWords['steps'] = enSteps;
 * steps['security.enterPhoneForText']({ patientName: 'Jordan', minimumAge: 13, maxLength: 1000, maxAttachments: 10 });
 * //=> [{ kind: 'text', text: 'Type your phone number and click ' }, { kind: 'label', text: 'Send code' }, { kind: 'text', text: '.' }]
 * ```
 */
export const enSteps = {
  // account creation
  'registration.openInvitation': () =>
    t`Open the Patient Portal invitation email from the practice and click the ${label('Create My Account')} link.`,
  'registration.openLabResult': () =>
    t`Open the email telling you a lab result is ready and click the ${label('View Results')} link.`,
  'registration.openNotification': () =>
    t`Open the email from the practice, such as an appointment reminder, and click the Patient Portal link in it.`,
  'registration.startOnlineCheckIn': () =>
    t`Start the practice's online check-in; the portal will ask you to create your account.`,
  'registration.registerInOffice': () =>
    t`In the office: register the patient for the Patient Portal with your practice's own in-office steps. Like everyone who registers, the patient is then asked to create an athenahealth account.`,
  'registration.registerInOfficeForPatient': () =>
    t`The practice starts your portal registration at your visit; then the portal asks you to create your athenahealth account.`,
  'registration.createPassword': () =>
    t`On the ${label('Create your new password')} page, confirm your email address, type your new password twice, read the ${label('Terms and Conditions')} and the ${label('Privacy Policy')}, check the box, and click ${label('Create account')}.`,
  'registration.confirmation': () => t`On the confirmation page, click ${label('Continue')}.`,
  'registration.home': () => t`Your portal home page opens: your account is ready to use.`,
  'registration.blockedUnderAge': underAge,
  'registration.blockedNoPhoneOfRecord': (p) =>
    t`Stop here: there is no phone of record for ${name(p)}, and the portal will ask to confirm it. Add or update the phone of record first; then help the patient finish creating the account.`,
  'registration.blockedUnderAgeForPatient': underAgeForPatient,
  'registration.blockedNoPhoneOfRecordForPatient': () =>
    t`To finish, the portal asks you to confirm the phone number the practice has on file for you, but there is none on file yet. Call the practice and ask them to add it; then you can finish creating your account.`,

  // security setup
  'security.chooseOption': (p) => {
    // A scenario that chose an option names it: the next step only makes sense after that one.
    const chosen = securityOptions[p.chosen ?? ''];
    return t`${chosen ? t`To protect your athenahealth account, choose ${label(chosen)} and click the ${label('Setup')} button under it.` : t`Choose how to protect your athenahealth account (${label('Text me')}, ${label('Call me')} or ${label('Security Question')}) and click the ${label('Setup')} button under your choice.`} You set this up once; it lets you prove who you are if you ever forget your password.`;
  },
  'security.enterPhoneForText': () => t`Type your phone number and click ${label('Send code')}.`,
  'security.enterPhoneForCall': () => t`Type your phone number and click ${label('Call')}.`,
  'security.landlineAdvice': () =>
    t`A landline cannot get text messages. If the number you typed is a landline, go back, choose ${label('Call me')} instead and click ${label('Setup')} under it, to get your code by phone call.`,
  'security.enterCode': () =>
    t`Type the code you just got by text message or phone call, and click ${label('Verify')}.`,
  'security.wrongCode': () =>
    t`That code was not accepted. Check it, type it again and click ${label('Verify')}, or ask for a new code to the same number. If texts do not reach your phone, choose ${label('Call me')} instead; if the number you typed was wrong, go back and fix it.`,
  'security.answerQuestion': () =>
    t`Under ${label('Security Question')}, pick a question from the list, type your answer, and click ${label('Save')}.`,
  'security.done': () => t`Your account's security option is set up.`,

  // phone of record verification
  'verification.chooseDelivery': (p) =>
    p.again
      ? t`Once the practice has updated the number, choose ${label('Text')} or ${label('Call')} again.`
      : t`If you chose a security question, or typed a recovery phone number that is not the one the practice has on file for you, the portal now asks you to confirm the phone number on file. Choose ${label('Text')} or ${label('Call')} to get a code at the number shown in the message.`,
  'verification.enterCode': () =>
    t`Type the code you got by text message or phone call, and click ${label('Verify')}.`,
  'verification.wrongCode': () =>
    t`That code did not match. Type it again and click ${label('Verify')}, or ask for a new code to the same number; if texts do not reach that phone, ask for a call instead.`,
  'verification.updatePhoneOfRecord': () =>
    t`The patient no longer has the phone number on file: update the phone of record, then verification starts again with the new number.`,
  'verification.updatePhoneOfRecordForPatient': () =>
    t`If you no longer have that phone, tell the practice: they update the phone number on file for you.`,
  'verification.done': () => t`The phone number on file with the practice is confirmed.`,
  'verification.noPhoneOfRecord': (p) =>
    t`Stop here: ${name(p)} has no phone of record, so there is nothing to verify against. The practice must update the phone of record first; then the patient can verify it.`,
  'verification.noPhoneOfRecordForPatient': () =>
    t`The practice has no phone number on file for you yet, so there is nothing to confirm. Call the practice and ask them to add it; then you can confirm it.`,

  // patient relationship
  'relationship.choose': (p) => {
    const self = t`click ${label(`I am ${p.patientName}`)} if you are the patient, then ${label('Continue')}`;
    const manager = t`click ${label(`I manage ${p.patientName}'s account`)} if you look after the patient's account`;
    // A scenario that chose one answer names only that one.
    const which =
      p.chosen === 'relationship.self'
        ? self
        : p.chosen === 'relationship.manager'
          ? manager
          : t`${self}; or ${manager}`;
    return t`If the portal shows the ${label('Choose your patient relationship')} page: ${which}.`;
  },
  'relationship.managerDetails': () =>
    t`Enter your own name, email address and date of birth (they belong to your athenahealth account), then click ${label('Continue')}.`,
  'relationship.confirmation': () => t`On the confirmation page, click ${label('Continue')}.`,
  'relationship.done': () => t`Your portal home page opens.`,
  'relationship.blockedUnderAge': underAge,
  'relationship.blockedUnderAgeForPatient': underAgeForPatient,

  // family access
  'familyAccess.setUpAccess': (p) =>
    t`Set up a family access account so that a parent or other caregiver can see ${name(p)}'s health and billing information on the portal. Check the caregiver's date of birth first: they must be at least ${p.minimumAge}.`,
  'familyAccess.underAgeForCaregiver': (p) =>
    t`You cannot have a portal account yet: you must be at least ${p.minimumAge}. A parent or another caregiver who is ${p.minimumAge} or older can ask the practice for a family access account to see ${name(p)}'s health and billing information.`,
  'familyAccess.blockedUnderAge': (p) =>
    t`Stop here: this caregiver is younger than ${p.minimumAge}, so they cannot have a portal account. Set up family access for a parent or another caregiver who is ${p.minimumAge} or older.`,

  // secure message
  'message.openHomePage': (p) =>
    t`On a desktop or laptop computer, log in to the portal${at(p)} and scroll down to the ${label('Messages')} section of the home page. If you do not see the message fields, click ${label('Send a message')}.`,
  'message.openMessagesPage': () =>
    t`Click the ${label('Messages')} icon at the top of the home page and start a new message there.`,
  'message.chooseProvider': (p) =>
    p.providerName === OFFICE_STAFF_LABEL
      ? t`In the ${label('Provider')} list, choose ${label(OFFICE_STAFF_LABEL)}.`
      : p.providerName
        ? t`In the ${label('Provider')} list, choose ${value(p.providerName)}. The list includes the providers you have seen before.`
        : t`In the ${label('Provider')} list, choose who should get your message, or ${label('Office staff')} if it is listed. The list includes the providers you have seen before.`,
  'message.chooseLocation': (p) =>
    p.locationName
      ? t`In the ${label('Office location')} list, choose ${value(p.locationName)}.`
      : p.providerName === OFFICE_STAFF_LABEL
        ? t`In the ${label('Office location')} list, choose an office location.`
        : t`In the ${label('Office location')} list, choose the location where that provider works.`,
  'message.chooseSubject': () =>
    t`In the ${label('Subject')} list, choose what your message is about, for example ${label('Medical question')} or ${label('Appointments and scheduling')}.`,
  'message.write': (p) =>
    p.attachmentsAllowed === false
      ? t`Type your message in the ${label('Message')} box (${p.maxLength} characters at most). When you are ready, click ${label('Send message')}.`
      : t`Type your message in the ${label('Message')} box (${p.maxLength} characters at most). To add a file, click ${label('Attach files')} and pick it. When you are ready, click ${label('Send message')}.`,
  'message.attachmentsUnavailable': () =>
    t`A message started from the ${label('Messages')} page cannot carry files. Send it without attachments, or go back to the home page and start the message there.`,
  'message.attachmentLimit': (p) =>
    t`You have reached the limit of ${p.maxAttachments} files. To add a different file, first remove one with the ${label('X')} next to its name, then click ${label('Attach files')}.`,
  'message.sendBlocked': (p) =>
    t`Change your message before you send it: write something in the box, keep it to ${p.maxLength} characters at most, and take out any credit card details. Then click ${label('Send message')}.`,
  'message.sent': () =>
    t`Your message is sent: the portal routes it to the right ${label('Clinical Inbox')} at the practice.`,

  // profiles
  'profile.openMenu': () => t`Click the arrow next to your name at the top of the portal.`,
  'profile.menu': (p) =>
    p.chosen === 'profile.my-profile'
      ? t`Choose ${label('My profile')} from the menu.`
      : p.chosen === 'profile.family-member' && p.familyMemberName
        ? t`Under ${label('Switch to View')}, choose ${value(p.familyMemberName)}.`
        : t`Choose ${label('My profile')} to see your own details, or choose a family member's name under ${label('Switch to View')}.`,
  'profile.myProfile': () => t`The ${label('My Profile')} page is open.`,
  'profile.familyMember': (p) =>
    p.familyMemberName
      ? t`You are now viewing ${value(p.familyMemberName)}'s profile (from ${label('Switch to View')}).`
      : t`You are now viewing the profile you chose under ${label('Switch to View')}.`,

  // staff assist session
  'assist.preChecks': () =>
    t`Before you begin, read this step's notes: the patient's status, scheduling, the portal address, and your own browser for ${label('Log in to Portal as Patient')}.`,
  'assist.browserMustChange': () =>
    t`The patient's browser is not supported, or could not be recognised (treated the same way). Ask them to switch to Google Chrome, Microsoft Edge (on Windows 7, 8/8.1, 10 or 11), Mozilla Firefox or Safari (Apple devices), with the download links in the portal's alert. Then check the browser again.`,
  'assist.chooseTask': () => t`Ask what the patient needs help with, and choose that task.`,
  'assist.runningTask': (p) =>
    p.taskTitle
      ? t`Walk the patient through the task, "${p.taskTitle}", one step at a time.`
      : t`Walk the patient through the task one step at a time.`,
  'assist.preChecksWithoutPortalLogin': () =>
    t`Your own browser is not supported, so you cannot log in to the portal as the patient from the ${label('Quickview')}: guide the patient on the phone, or open the ${label('Quickview')} in a supported browser first. Then read the notes with this step.`,
  'assist.taskBlocked': (p) => assistBlocked(p),
  'assist.taskFinished': () =>
    t`This task is finished. Choose another one if the patient needs more help, or end the session.`,
  'assist.triageQuestion': () =>
    t`Ask the questions shown one at a time and record each answer; the checks run as you go. You can go back and choose a task at any time.`,
  'assist.diagnosis': (p) =>
    t`The checks found the cause. Tell the patient what is shown, then ${p.fixTask === false ? 'go back or end the session' : 'start the task that fixes it (it opens at its first step: take the patient to the step shown), or go back'}.`,
  'assist.ended': () => t`The assist session has ended.`,
} satisfies GuideWords['steps'];
