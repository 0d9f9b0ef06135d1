import type { SearchWords } from '../types.js';

/**
 * English words of the search: the function words it skips, the words of a staff member's own
 * problem, and more ways patients say each symptom.
 *
 * @example
 * ```ts
 * search.staffWords.includes('Quickview');
 * //=> true
 * ```
 */
export const search: SearchWords = /* @__PURE__ */ Object.freeze<SearchWords>({
  stopWords: (
    'a an the and or but nor so if then than as of to in on at by for with from into onto about over under up down out off per via ' +
    'i im ive me my mine myself you youre youve your yours we us our ours they theyre them their theirs he hes him his she shes her hers it its itself ' +
    'this that thats these those there theres here what whats which who whom whose when where wheres why how something anything ' +
    'am is are was were be been being do does did doing have has had having will would shall should can could may might must ' +
    'not no dont doesnt didnt cant cannot wont wouldnt isnt arent wasnt werent havent hasnt hadnt couldnt shouldnt ' +
    'just very too also only really please some any say says said tell tells told want wants wanted need needs needed work works working worked'
  ).split(' '),
  staffWords: ['Quickview', 'as patient', 'as the patient', 'as a patient'],
  symptoms: {
    'no-invitation-email': [
      'I did not get an invite',
      'my inbox has nothing from the practice',
      'the sign-up email never came',
      'no welcome or sign-up email in my inbox or junk folder',
    ],
    'link-not-working': [
      'the link is dead',
      'nothing happens when I click the link',
      'the button in the email does not open anything',
      'the page will not load or the registration link expired',
    ],
    'code-not-received': [
      'I only have a home phone, not a cell phone',
      'my phone is a landline',
      'the code goes to an old number I no longer have',
      'no text came to my phone',
      'the verification code or PIN never arrived by text or call',
    ],
    'security-answer-refused': [
      'I forgot the answer to my secret question',
      'it says my security answer is incorrect',
    ],
    'forgot-password': [
      'I cannot log in',
      'I am locked out and cannot sign in',
      'it says my password is wrong',
      'I cannot get into my account or my login does not work',
      'reset my password',
    ],
    'already-has-account': [
      'I already signed up once',
      'I created an account a while ago',
      'I already have a username, login or password',
      'got another invite but I have an account',
    ],
    'cannot-attach-file': [
      'send a photo or a scan to the doctor',
      'upload a picture of my insurance card',
      'attach more than one file',
      'send or upload a PDF, document, image or screenshot',
    ],
    'provider-not-listed': [
      'I cannot find my doctor when I write a message',
      'my Dr. is not in the list',
      'my doctor or PCP, my primary care provider, is missing',
    ],
    'office-staff-missing': [
      'I want to message the front desk or the nurse',
      'ask the receptionist, the office or billing a question, not a doctor',
    ],
    'message-will-not-send': [
      'I wrote my credit card in the message',
      'my message is stuck',
      'the send button does not send',
    ],
    'browser-warning': [
      'Safari does not work on Windows',
      'it tells me to update or change my browser',
      'it says my browser is not supported: download Chrome or Firefox',
    ],
    'child-under-13': [
      'I am too young to sign up',
      'what age does my child need to be',
      'can my kid or child have their own login or account',
    ],
    'manage-family-account': [
      'I look after my elderly parent',
      'I am the guardian and need to see their account',
      'I help my mom, dad, husband or wife with their portal and appointments',
    ],
    'cannot-see-family-record': [
      "switch to my husband's or wife's profile",
      "I only see my own record, not my kid's",
      "where are my child's test results",
      "get to my mom's or dad's chart and my daughter's or son's results",
    ],
    'staff-login-as-patient': ['the Quickview action to log in as the patient fails'],
  },
});
