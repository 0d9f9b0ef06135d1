import { not } from 'xstate';

/** The secure-message workflow as a state tree of names only. */
export const secureMessageStates = {
  start: {
    always: [{ guard: 'startedFromHomePage', target: 'onHomePage' }, { target: 'onMessagesPage' }],
  },
  onHomePage: {
    meta: { guide: 'message.openHomePage', labels: ['Messages', 'Send a message'], audience: 'patient' },
    on: { SHOW_FORM: 'choosingProvider' },
  },
  onMessagesPage: {
    meta: { guide: 'message.openMessagesPage', labels: ['Messages'], audience: 'patient' },
    on: {
      SHOW_FORM: 'choosingProvider',
      // The patient wants to attach a file: this page cannot, which the next step says.
      ATTACH_FILE: 'attachmentsUnavailable',
      START_FROM_HOME_PAGE: { target: 'onHomePage', actions: 'restartFromHomePage' },
    },
  },
  choosingProvider: {
    meta: { guide: 'message.chooseProvider', labels: ['Provider', 'Office staff'], audience: 'patient' },
    on: {
      SELECT_PROVIDER: [
        { guard: 'recipientIsOffered', target: 'choosingLocation', actions: 'selectRecipient' },
        { actions: { type: 'flagProblem', params: { problem: 'unknown-provider' } } },
      ],
    },
  },
  choosingLocation: {
    meta: { guide: 'message.chooseLocation', labels: ['Office location'], audience: 'patient' },
    on: {
      SELECT_LOCATION: [
        { guard: 'locationServesRecipient', target: 'choosingSubject', actions: 'selectLocation' },
        { actions: { type: 'flagProblem', params: { problem: 'unknown-location' } } },
      ],
    },
  },
  choosingSubject: {
    meta: {
      guide: 'message.chooseSubject',
      labels: ['Subject', 'Medical question', 'Appointments and scheduling'],
      audience: 'patient',
    },
    on: { SELECT_SUBJECT: { target: 'writing', actions: 'selectSubject' } },
  },
  writing: {
    meta: {
      guide: 'message.write',
      labels: ['Message', 'Attach files', 'Send message'],
      audience: 'patient',
    },
    on: {
      ENTER_MESSAGE: { actions: 'enterBody' },
      ATTACH_FILE: [
        { guard: not('startedFromHomePage'), target: 'attachmentsUnavailable' },
        { guard: 'attachmentLimitReached', target: 'attachmentLimit' },
        { actions: 'addAttachment' },
      ],
      REMOVE_ATTACHMENT: { actions: 'removeAttachment' },
      SEND: [
        { guard: 'messageCanBeSent', target: 'sent', actions: 'clearIssues' },
        { target: 'sendBlocked', actions: 'recordIssues' },
      ],
    },
  },
  attachmentsUnavailable: {
    meta: { guide: 'message.attachmentsUnavailable', labels: ['Messages'], audience: 'patient' },
    on: {
      // Back to the form where the patient left it, or to its start when they came from the page.
      CONTINUE_WITHOUT_ATTACHMENTS: [
        { guard: 'locationChosen', target: 'writing' },
        { target: 'choosingProvider' },
      ],
      START_FROM_HOME_PAGE: { target: 'onHomePage', actions: 'restartFromHomePage' },
    },
  },
  attachmentLimit: {
    meta: { guide: 'message.attachmentLimit', labels: ['Attach files', 'X'], audience: 'patient' },
    on: {
      REMOVE_ATTACHMENT: { target: 'writing', actions: 'removeAttachment' },
      DISMISS: 'writing',
    },
  },
  sendBlocked: {
    meta: { guide: 'message.sendBlocked', labels: ['Send message'], audience: 'patient' },
    on: {
      ENTER_MESSAGE: { target: 'writing', actions: 'enterBody' },
      REMOVE_ATTACHMENT: { target: 'writing', actions: 'removeAttachment' },
    },
  },
  sent: {
    type: 'final',
    meta: { guide: 'message.sent', labels: [], audience: 'patient', outcome: 'completed' },
  },
} as const;
