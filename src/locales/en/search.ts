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
    ],
    'link-not-working': [
      'the link is dead',
      'nothing happens when I click the link',
      'the button in the email does not open anything',
    ],
    'code-not-received': [
      'I only have a home phone, not a cell phone',
      'my phone is a landline',
      'the code goes to an old number I no longer have',
      'no text came to my phone',
    ],
    'security-answer-refused': [
      'I forgot the answer to my secret question',
      'it says my security answer is incorrect',
    ],
    'forgot-password': [
      'I cannot log in',
      'I am locked out and cannot sign in',
      'it says my password is wrong',
    ],
    'already-has-account': ['I already signed up once', 'I created an account a while ago'],
    'cannot-attach-file': [
      'send a photo or a scan to the doctor',
      'upload a picture of my insurance card',
      'attach more than one file',
    ],
    'provider-not-listed': ['I cannot find my doctor when I write a message', 'my Dr. is not in the list'],
    'office-staff-missing': ['I want to message the front desk or the nurse'],
    'message-will-not-send': [
      'I wrote my credit card in the message',
      'my message is stuck',
      'the send button does not send',
    ],
    'browser-warning': ['Safari does not work on Windows', 'it tells me to update or change my browser'],
    'child-under-13': ['I am too young to sign up', 'what age does my child need to be'],
    'manage-family-account': [
      'I look after my elderly parent',
      'I am the guardian and need to see their account',
    ],
    'cannot-see-family-record': [
      "switch to my husband's or wife's profile",
      "I only see my own record, not my kid's",
      "where are my child's test results",
    ],
    'staff-login-as-patient': ['the Quickview action to log in as the patient fails'],
  },
});
