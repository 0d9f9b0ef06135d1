import type { GuideWords } from '../guide-words.js';
import { label, link, t, value } from '../text.js';
import { at, enSteps } from './guide-steps.js';
import { ui } from './guide-ui.js';

/**
 * The English guide catalog: titles, intros, steps, notes, options and the renderers' words.
 * Portal UI labels are quoted exactly as the portal shows them.
 *
 * @example
 * ```ts
 * en.titles['secure-message'];
 * //=> 'Send a secure message'
 * const words: GuideWords = guide;
 * words.options['security.text']({ patientName: 'Jordan', minimumAge: 13, maxLength: 1000, maxAttachments: 10 });
 * //=> [{ kind: 'label', text: 'Text me' }, { kind: 'text', text: ' (recommended): get a code by text message' }]
 * ```
 */
export const guide = {
  titles: {
    registration: 'Create your Patient Portal account',
    'security-setup': 'Set up your account security',
    'phone-verification': 'Verify your phone number on file',
    'family-access': 'Family access for a caregiver',
    relationship: 'Choose your relationship to the patient',
    'secure-message': 'Send a secure message',
    'profile-switch': 'Open a profile',
    assist: 'Helping a patient with the portal',
  },
  intros: {
    registration: (p) =>
      p.blocked
        ? t`Why this Patient Portal account cannot be created yet, and what to do instead.`
        : t`Follow these steps to create your Patient Portal account and reach the portal home page. The portal asks you to create an athenahealth account as part of this.`,
    'security-setup': () =>
      t`Pick one way for the portal to confirm it is really you if you ever forget your password. You only do this once.`,
    'phone-verification': () =>
      t`The portal checks that you can get a call or a text at the phone number the practice has on file for you.`,
    'family-access': (p) =>
      t`A parent or other caregiver can see ${value(p.patientName)}'s health and billing information on the portal: the practice sets up family access, then the caregiver creates their own account as someone who manages the patient's account.`,
    relationship: (p) =>
      t`The portal may ask whether you are the patient or someone who manages ${value(p.patientName)}'s account.`,
    'secure-message': () => t`Send your provider a secure message from the portal.`,
    'profile-switch': () =>
      t`Open your own profile, or the profile of a family member whose account you can view.`,
    assist: () =>
      t`A checklist for helping a patient over the phone: check the basics first, then go through the task they need.`,
  },
  steps: enSteps,
  notes: {
    'staff.recoveryPhoneKeptApart': () =>
      t`A number the patient or family member types for ${label('Text me')} or ${label('Call me')} is stored apart from the phone of record on the ${label('Quickview')} and ${label('Patient Registration')} pages: changing one never changes the other.`,
    'staff.phoneOfRecordLocation': () =>
      t`The phone of record is the number on the patient's ${label('Quickview')} when the user is the patient, and the number in the patient's entry on the ${label('Portal Accounts')} page when the user manages the patient's account.`,
    'staff.familyAccess': () =>
      t`With family access, the caregiver creates their own account as someone who manages the patient's account. Their phone of record is the phone in the patient's entry on the ${label('Portal Accounts')} page.`,
    'staff.patientRegisters': (p) =>
      t`${value(p.patientName)} registers for their own account, so the age rule applies to them and the phone of record is the number on the patient's ${label('Quickview')}.`,
    'staff.familyMemberRegisters': (p) => {
      const member = p.familyMemberName ? value(p.familyMemberName) : 'the family member';
      return t`${member} registers, not ${value(p.patientName)}: they create their own account as someone who manages ${value(p.patientName)}'s account, so the age rule applies to them. Their phone of record is the phone in ${value(p.patientName)}'s entry on the ${label('Portal Accounts')} page.`;
    },
    'staff.prospectiveStatus': () =>
      t`A patient who first registers with the practice on the portal, and has not yet checked in for an appointment, has ${label('Prospective')} status. You can see and manage these patients on the ${label('Manage Prospective Patients')} page.`,
    'staff.officeStaffRouting': () =>
      t`${label('Office staff')} is offered in the ${label('Provider')} list only when ${label('Provider-based message routing')} is turned off on the ${label('Portal Settings')} page.`,
    'staff.officeLocationRouting': () =>
      t`The ${label('Office location')} choice decides which ${label('Clinical Inbox')} receives the message.`,
    'staff.under13': (p) =>
      t`Under the Children's Online Privacy Protection Act (COPPA), no one under 13 may create their own portal account, and staff may not register or invite a new portal user under 13. For a younger patient, set up a family access account for a parent or other caregiver.${p.minimumAge > 13 ? t` This practice's minimum age is ${p.minimumAge}.` : undefined}`,
    'staff.staffBrowser': () =>
      t`To use ${label('Log in to Portal as Patient')} on the ${label('Quickview')}, you need a supported browser yourself; Internet Explorer will not work.`,
    'staff.landlineUS': () =>
      t`This helpdesk tool tells landlines from mobile phones only for some countries, not for US or Canadian numbers: ask the patient whether the number can receive texts. If it cannot, they should choose ${label('Call me')}.`,
    'staff.schedulingAllowed': () =>
      t`If the patient wants to book appointments in the portal, check first that their provider allows it.`,
    'staff.portalUrl': (p) =>
      p.portalUrl
        ? t`Give the patient the portal address: ${link(p.portalUrl)}.`
        : t`Give the patient your practice's Patient Portal address.`,
    'patient.textRecommended': () =>
      t`${label('Text me')} is the recommended choice: the code comes straight to your mobile phone.`,
    'patient.landlineUseCallMe': () =>
      t`If your number is a landline, choose ${label('Call me')}, because landlines cannot receive texts.`,
    'patient.securityAnswerExact': () =>
      t`Capital and small letters do not matter in your answer, but spaces, punctuation and other special characters must be typed exactly the same way every time.`,
    'patient.phoneCheckFollowsQuestion': () =>
      t`Because you chose a security question, the portal next asks you to confirm the phone number the practice has on file for you.`,
    'patient.phoneCheckMayFollow': () =>
      t`If you chose a security question, or typed a number that is not the one the practice has on file for you, the portal next asks you to confirm the number on file.`,
    'patient.codeNotReceived': () =>
      t`If no code comes, check the phone number you typed and ask for a new code. Text messages cannot reach a landline: for a landline, the code has to come by phone call.`,
    'patient.codeNotReceivedOnRecord': () =>
      t`If no code comes, ask for a new one, or ask for a call if texts do not reach that phone. If you no longer have that phone, tell the practice so they can update the number on file.`,
    'patient.futureLogins': (p) =>
      t`From now on, you log in${at(p)} with just your email address and password.`,
    'patient.attachOneAtATime': (p) =>
      t`Files go in one at a time: click ${label('Attach files')} again for each one, up to ${p.maxAttachments} files.`,
    'patient.removeWrongFile': () =>
      t`Picked the wrong file? Click the ${label('X')} next to its name to remove it before you send the message.`,
    'patient.attachmentsHomePageOnly': () =>
      t`To attach files, start the message from the portal home page. The ${label('Messages')} page can send messages too, but without attachments.`,
    'warning.noCardInformation': () =>
      t`Never send credit card information in a portal message: do not type card numbers, and do not attach pictures of cards.`,
    'warning.under13': (p) => t`No one under ${p.minimumAge} can register for a portal account.`,
  },
  options: {
    'channel.invitation': () => t`From the invitation email (${label('Create My Account')})`,
    'channel.appointment-reminder': () => t`From a notification email, such as an appointment reminder`,
    'channel.lab-result': () => t`From a lab result email (${label('View Results')})`,
    'channel.online-check-in': () => t`From online check-in`,
    'channel.in-office': () => t`After registering during an office visit`,
    'security.text': () => t`${label('Text me')} (recommended): get a code by text message`,
    'security.call': () => t`${label('Call me')}: get a code by phone call; the choice for a landline`,
    'security.question': () => t`${label('Security Question')}: pick a question and answer it`,
    'verification.text': () => t`${label('Text')}: get the code by text message`,
    'verification.call': () => t`${label('Call')}: get the code by phone call`,
    'relationship.self': (p) =>
      t`${label(`I am ${p.patientName}`)}: you are the patient; then click ${label('Continue')}`,
    'relationship.manager': (p) =>
      t`${label(`I manage ${p.patientName}'s account`)}: you are a family member or guardian who manages the account`,
    'message.home-page': () => t`Start from the home page (files can be attached)`,
    'message.messages-page': () => t`Start from the ${label('Messages')} page (no attachments)`,
    'profile.my-profile': () => t`${label('My profile')}: your own details`,
    'profile.family-member': (p) =>
      p.familyMemberName
        ? t`${label('Switch to View')}: ${value(p.familyMemberName)}'s profile`
        : t`${label('Switch to View')}: a family member's profile`,
  },
  placeholders: {
    patient: '<patient name>',
    familyMember: '<family member name>',
    provider: '<provider>',
    location: '<office location>',
  },
  ui,
} satisfies GuideWords;
