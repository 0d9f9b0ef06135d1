import type { TriageWords } from '../types.js';

/**
 * English words of the troubleshooting: symptoms and their phrasings, questions, causes, what to
 * tell the patient and the practice's default advice.
 *
 * @example
 * ```ts
 * triage.symptoms['cannot-attach-file'].name;
 * //=> 'Cannot attach a file'
 * ```
 */
export const triage: TriageWords = /* @__PURE__ */ Object.freeze<TriageWords>({
  symptoms: {
    'no-invitation-email': {
      name: 'No invitation email',
      phrasings: [
        'I never got the invitation email',
        'I did not receive the email to create my account',
        'no email arrived from the practice',
        'where is the Create My Account email',
      ],
    },
    'link-not-working': {
      name: 'The link does not work or has expired',
      phrasings: [
        'the link in the email does not work',
        'the link expired',
        'clicking Create My Account or View Results does nothing',
        'the link is broken or invalid',
      ],
    },
    'code-not-received': {
      name: 'The code never came',
      phrasings: [
        'I never got the code',
        'the verification code did not arrive by text or call',
        'no text message with the code',
        'nobody called me with the code',
      ],
    },
    'security-answer-refused': {
      name: 'The security answer is refused',
      phrasings: [
        'my security answer is wrong',
        'it does not accept the answer to my security question',
        'security question answer rejected',
      ],
    },
    'forgot-password': {
      name: 'Forgot password',
      phrasings: [
        'I forgot my password',
        'I cannot remember my password',
        'reset my password',
        'my password does not work',
      ],
    },
    'already-has-account': {
      name: 'Already has an account',
      phrasings: [
        'I already have an account',
        'it says my email is already registered',
        'I registered before',
      ],
    },
    'cannot-attach-file': {
      name: 'Cannot attach a file',
      phrasings: [
        'I cannot attach a file',
        'there is no Attach files button',
        'how do I add a picture or document to my message',
        'upload an attachment',
      ],
    },
    'provider-not-listed': {
      name: 'My doctor is not in the Provider list',
      phrasings: [
        'my doctor is not in the list',
        'I cannot find my provider',
        'the doctor I want to message is missing from Provider',
      ],
    },
    'office-staff-missing': {
      name: '"Office staff" is missing',
      phrasings: [
        'there is no Office staff option',
        'I want to write to the front desk, not a doctor',
        'Office staff does not appear',
      ],
    },
    'message-will-not-send': {
      name: 'The message will not send',
      phrasings: [
        'my message will not send',
        'the message is too long',
        'too many files in my message',
        'can I send my card number in a message',
        'Send message does not work',
      ],
    },
    'browser-warning': {
      name: 'A browser warning',
      phrasings: [
        'it says my browser is not supported',
        'a warning about my browser',
        'it asks me to download another browser',
        'Internet Explorer does not work',
      ],
    },
    'child-under-13': {
      name: 'A child under 13',
      phrasings: [
        'an account for my child who is under 13',
        'my kid is too young to register',
        'register my son or daughter',
      ],
    },
    'manage-family-account': {
      name: "I manage a family member's account",
      phrasings: [
        "I manage my mother's account",
        'I am a caregiver or guardian for the patient',
        'I take care of a family member and need access',
      ],
    },
    'cannot-see-family-record': {
      name: "I cannot see my child's or parent's record",
      phrasings: [
        "I cannot see my son's record",
        "where is my child's or parent's information",
        'how do I switch to my family member',
        'Switch to View',
      ],
    },
    'staff-login-as-patient': {
      name: 'Staff cannot use "Log in to Portal as Patient"',
      phrasings: [
        'Log in to Portal as Patient does not work',
        'staff cannot log in as the patient from the Quickview',
      ],
    },
  },
  questions: {
    browser:
      'Which browser is the patient using, and on what device (a Windows or Mac computer, an iPhone, iPad or Android phone)? Or paste the user agent if you have it.',
    'staff-browser':
      'Which browser are you using on your own computer, and on which system? Or paste its user agent.',
    'birth-date': "What is the patient's date of birth?",
    'manager-birth-date': 'What is the date of birth of the person who manages the account?',
    'email-on-file': 'Is the email address the practice has on file the one the patient reads?',
    'checked-junk': 'Has the patient looked in their junk or spam folder?',
    'link-used-before': 'Has the patient already used this link to create an account?',
    'code-step':
      'Was the code for setting up "Text me" or "Call me", or for confirming the phone on file with the practice?',
    'code-method': 'Was the code to come by text message or by phone call?',
    phone: 'Which phone number did the patient type?',
    'phone-of-record-current': 'Does the patient still have the phone number the practice has on file?',
    'saved-answer':
      'Only if the patient is willing to share them: the answer they wrote down when they set it, and what they typed this time?',
    'answer-special-characters':
      'Did the answer they set have spaces or special characters, such as punctuation marks or underscores?',
    'started-from':
      'Is the patient writing the message from the Messages section of the home page, or from the Messages page?',
    attachments: 'How many files is the patient trying to attach?',
    'message-text': 'What does the message say (to check its length and for card numbers)?',
    'provider-seen': 'Has the patient been seen by that provider before?',
    'seen-providers': 'How many providers does the Provider list show?',
    'provider-based-routing':
      'On the "Portal Settings" page, is the "Provider-based message routing" option turned on?',
    'has-account': 'Does the person who manages the account already have a portal account?',
    'name-under-switch-to-view':
      'When the caller clicks the arrow next to their own name, is the family member listed under "Switch to View"?',
  },
  checks: {
    browser: 'Browser check',
    'staff-browser': "Staff member's browser check",
    eligibility: 'Age check',
    phone: 'Phone number check',
    message: 'Message check',
    answers: 'Security answer check',
    recipients: 'Provider list check',
  },
  causes: {
    'under-minimum-age':
      'The person is younger than the minimum age: they cannot have their own portal account, and the practice cannot register or invite them.',
    'old-enough': 'The person is old enough to have an account of their own.',
    'browser-not-supported': 'The browser cannot be used with the Patient Portal.',
    'landline-cannot-text': 'The number is a landline, which cannot receive text messages.',
    'phone-number-invalid': 'The number typed is not a valid phone number.',
    'phone-not-personal':
      'The number is toll-free or a service number, which reaches a business, not the patient.',
    'phone-of-record-out-of-date':
      'The phone number on file with the practice is out of date, so the code goes to a phone the patient no longer has.',
    'new-code-needed': 'The code for the security setup did not arrive or no longer works.',
    'new-verification-code-needed':
      'The code to confirm the phone on file did not arrive or no longer works.',
    'answer-typed-differently':
      'The answer was typed with different spaces or special characters from when it was set.',
    'attachments-need-home-page':
      'The message was started from the Messages page, which sends messages without attachments.',
    'too-many-attachments': 'More files than the portal allows on one message.',
    'one-file-at-a-time': 'Files are attached one at a time.',
    'provider-not-seen':
      'The Provider list includes the providers the patient has seen in the past; a provider they have not seen yet may not be in it.',
    'provider-based-routing-on':
      '"Office staff" appears only when "Provider-based message routing" is turned off on the "Portal Settings" page.',
    'message-too-long': 'The message is longer than the portal allows.',
    'card-number-in-message':
      'The message holds a credit card number, and patients must not send credit card information through the portal.',
    'empty-message': 'The message box is empty.',
    'register-as-manager':
      "The caregiver has no account yet: staff set up family access, and the caregiver creates an account from the invitation email as the person who manages the patient's account.",
    'manager-under-age': 'The person who would manage the account is younger than the minimum age.',
    'use-switch-to-view': 'Family members\' records are opened from "Switch to View".',
    'staff-browser-not-supported':
      'The staff member\'s browser cannot be used for "Log in to Portal as Patient".',
    'email-address-wrong': 'The email address on file is not one the patient reads.',
    'email-filtered': 'The email may have been filtered into junk or spam.',
    'invitation-not-received': 'The invitation did not reach the patient.',
    'link-expired': 'The link may have expired.',
    'account-already-created': 'The link was already used to create an account.',
    'answer-forgotten': 'The patient does not remember the answer as it was set.',
    'password-forgotten': 'The patient does not remember the password.',
    'account-exists': 'The patient already has an account.',
    'provider-list-other': 'The provider should be in the list, but is not.',
    'office-staff-expected': 'Routing is off, yet "Office staff" does not appear.',
    'message-other-problem': 'The message passes every check, so the problem is elsewhere.',
    'browser-warning-other': 'The browser is supported, so the warning comes from something else.',
    'family-access-not-set-up': 'The family member is not listed, so access may not be set up.',
    'staff-login-other': "The staff member's browser is supported, so the problem is elsewhere.",
  },
  tell: {
    'under-minimum-age':
      "The patient is not old enough yet to have their own portal account. Until then, a parent or other caregiver can have a family access account to see the patient's health and billing information.",
    'old-enough': 'The patient is old enough for their own portal account; we can send them an invitation.',
    'browser-not-supported':
      'Please open the portal in a supported browser: Google Chrome, Mozilla Firefox, Microsoft Edge on Windows (7, 8/8.1, 10 or 11), or Safari on an Apple device.',
    'landline-cannot-text':
      'That number is a landline, so choose "Call me" and the code will come by phone call.',
    'phone-number-invalid': 'Please check the phone number and type it again.',
    'phone-not-personal':
      'That number reaches a business: please type a mobile or home phone that you answer yourself.',
    'phone-of-record-out-of-date':
      'We will update the phone number we have on file for you; then you can ask for the code again.',
    'new-code-needed':
      'Please check the number you typed, then ask for a new code. If you chose "Text me" and texts do not reach your phone, go back and choose "Call me" instead.',
    'new-verification-code-needed':
      'Please ask for a new code; if texts do not reach that phone, ask for a call instead.',
    'answer-typed-differently':
      'Type the answer exactly as you set it, with the same spaces and punctuation; capital letters do not matter.',
    'attachments-need-home-page':
      'To attach a file, start the message from the Messages section of the portal home page.',
    'too-many-attachments':
      'One message can carry only a limited number of files: remove the extra ones with the X next to the file name and send them in another message.',
    'one-file-at-a-time': 'Click "Attach files" once for each file you want to send.',
    'provider-not-seen':
      'The list includes the providers you have seen; if yours is not there, choose one of them, or tell me now if your question is for a new provider.',
    'provider-based-routing-on': 'Please choose the provider your question is for.',
    'message-too-long': 'Please shorten the message: the portal limits how long it can be.',
    'card-number-in-message':
      'Please take the card number out: never send credit card information through the portal.',
    'empty-message': 'Please type your message before you send it.',
    'register-as-manager':
      "We will set up family access for you. You will get an invitation email: create your account from it, as the person who manages the patient's account.",
    'manager-under-age':
      "To manage the patient's account you need a portal account of your own, and you are not old enough for one yet; a parent or other caregiver who is old enough can register instead.",
    'use-switch-to-view':
      'Click the arrow next to your name at the top of the portal, then choose the person\'s name under "Switch to View".',
    'staff-browser-not-supported':
      'Please open the Quickview in a supported browser (not Internet Explorer), then try "Log in to Portal as Patient" again.',
  },
  practiceAdvice: {
    'email-address-wrong': 'We will correct the email address on file and send you a new invitation.',
    'email-filtered':
      'Please look in your junk or spam folder for an email from the practice; if it is not there, we can send it again.',
    'invitation-not-received':
      'We will send you a new invitation, or we can register you at your next visit.',
    'link-expired': 'The link may have expired; we will send you a new one.',
    'account-already-created':
      'You already created your account with this link: log in with your email address and password.',
    'answer-forgotten':
      'If you do not remember your answer, we will look into how to get you back into your account.',
    'password-forgotten':
      'We will help you get back into your account; the security option you set up when you created it is how you confirm who you are.',
    'account-exists': 'You already have an account: log in with your email address and password.',
    'provider-list-other': 'We will check your provider details and call you back.',
    'office-staff-expected': 'We will look into it; meanwhile, you can ask me your question now.',
    'message-other-problem':
      'Please try again later; if it still does not send, tell us and we will look into it.',
    'browser-warning-other':
      'Your browser is one of the supported ones, so the warning is about something else; please tell us exactly what it says.',
    'family-access-not-set-up':
      "We need to set up access to your family member's record first; we will walk you through it.",
    'staff-login-other':
      "Your browser is supported, so it is not the cause; please contact the practice's portal support and tell them what you see.",
  },
  answers: {
    yes: 'Yes',
    no: 'No',
    codeStep: {
      'security-setup': 'Setting up "Text me" or "Call me"',
      'phone-of-record': 'Confirming the phone on file',
    },
    codeMethod: { text: 'By text message', call: 'By phone call' },
    startedFrom: {
      'home-page': 'The Messages section of the home page',
      'messages-page': 'The Messages page',
    },
    other: 'Something else',
    unknown: 'Does not know',
    facts: {
      userAgent: 'User agent, if you have it',
      browser: 'Browser',
      os: 'Device or system',
      answer: 'What they typed this time',
      savedAnswer: 'The answer they wrote down',
    },
  },
  ui: {
    title: 'Troubleshooting',
    intro:
      "Every symptom the library can diagnose, with the questions to ask, the checks it runs, and each possible cause with its fix. Generated from the symptom catalog; advice marked as the practice's is general helpdesk advice to replace with your own.",
    questions: 'Ask',
    checks: 'Checks',
    causes: 'Causes',
    fix: 'Fix',
    say: 'Say',
    workflowStep: 'Workflow step',
    practiceAdvice: "Practice's advice (replace with your own)",
    noQuestions: 'Nothing to ask.',
    noChecks: 'No check.',
  },
});
