/**
 * A stand-in for an EHR front-end's own UI adapter: it renders the current registration step the
 * way the host's panel would (the step's guide text and the portal buttons it names, from
 * `describeStep`) and turns each user gesture into a workflow event. A real adapter draws DOM;
 * this one returns plain data, so a test can read it.
 */

import {
  createWorkflowActor,
  describeStep,
  type PersistedSession,
  persistSession,
  type RegistrationEvent,
  type RegistrationInput,
  registrationMachine,
  restoreSession,
  type StepView,
} from 'portal-helpdesk';

/**
 * What the screen shows.
 *
 * @example
 * ```ts
 * new RegistrationScreen(input).render();
 * //=> { state: 'openingInvitation', step: 'registration.openInvitation', text: 'Open the ...', buttons: ['Create My Account'], ... }
 * ```
 */
export interface Screen {
  /** The workflow state, as a dotted id (`security.enteringCode`). */
  readonly state: string;
  /** The guide step the state stands for. */
  readonly step: StepView['key'];
  /** The step's instruction, as plain text. */
  readonly text: string;
  /** The portal buttons and links the step names, personalised ("I am Jordan Rivera"). */
  readonly buttons: readonly string[];
  /** `patient` for the patient's own screens, `staff` for what only staff see. */
  readonly audience: StepView['audience'];
  /** `active` while the person can act, `done` at the end. */
  readonly status: 'active' | 'done';
}

/**
 * The button a gesture clicks, by event type: the first candidate the screen shows. `null` marks a
 * gesture with no portal button (the browser's Back button, typing a code again).
 */
const buttonsFor: Record<RegistrationEvent['type'], readonly string[] | null> = {
  OPEN_LINK: ['Create My Account', 'View Results'],
  CREATE_ACCOUNT: ['Create account'],
  CHOOSE_TEXT: ['Text me', 'Text'],
  CHOOSE_CALL: ['Call me', 'Call'],
  CHOOSE_QUESTION: ['Security Question'],
  SEND_CODE: ['Send code'],
  CALL: ['Call'],
  VERIFY: ['Verify'],
  TRY_AGAIN: null,
  // The reference names no button for a new code, a call instead of a text or fixing the number.
  RESEND_CODE: null,
  SWITCH_TO_CALL: null,
  CHANGE_NUMBER: null,
  // Staff gestures outside the portal: no portal button.
  PHONE_OUT_OF_DATE: null,
  PHONE_OF_RECORD_UPDATED: null,
  REGISTERED_IN_OFFICE: null,
  BACK: null,
  SAVE_ANSWER: ['Save'],
  I_AM_PATIENT: ['I am {patientName}'],
  I_MANAGE_ACCOUNT: ["I manage {patientName}'s account"],
  SUBMIT_MANAGER_DETAILS: ['Continue'],
  CONTINUE: ['Continue'],
};

type RegistrationActor = ReturnType<typeof createWorkflowActor<typeof registrationMachine>>;

/**
 * The host's registration screen, driven by the library's registration machine.
 *
 * @example
 * ```ts
 * const screen = new RegistrationScreen(sampleInputs.registration['adult-invitation']);
 * screen.perform({ type: 'OPEN_LINK' }); // clicks "Create My Account"
 * screen.render().step;
 * //=> 'registration.createPassword'
 * ```
 */
export class RegistrationScreen {
  readonly #actor: RegistrationActor;
  readonly #patientName: string;
  /** Buttons clicked so far, in order: what a UI test would assert on. */
  readonly clicks: string[] = [];

  constructor(input: RegistrationInput, saved?: PersistedSession) {
    this.#patientName = input.patient.displayName;
    this.#actor = (
      saved === undefined
        ? createWorkflowActor(registrationMachine, input)
        : restoreSession(registrationMachine, saved)
    ).start();
  }

  /** What the screen shows now. */
  render(): Screen {
    // The step view: the words of the printed guide, the patient's name filled in.
    const step = describeStep(this.#actor);
    return {
      state: step.stateId,
      step: step.key,
      text: step.instructions.map((segment) => segment.text).join(''),
      buttons: step.labels,
      audience: step.audience,
      status: step.outcome === null ? 'active' : 'done',
    };
  }

  /**
   * Performs the gesture for an event: clicks the button it needs (which must be on screen) and
   * sends the event.
   *
   * @throws Error when the gesture needs a button the screen does not show.
   */
  perform(event: RegistrationEvent): void {
    const candidates = buttonsFor[event.type];
    if (candidates !== null) {
      const shown = this.render().buttons;
      const button = candidates
        .map((label) => this.#personalise(label))
        .find((label) => shown.includes(label));
      // An email with no named link (an appointment reminder) is opened by its portal link.
      if (button === undefined && event.type !== 'OPEN_LINK') {
        throw new Error(
          `${event.type} needs one of [${candidates.join(', ')}]; the screen shows [${shown.join(', ')}]`,
        );
      }
      if (button !== undefined) this.clicks.push(button);
    }
    this.#actor.send(event);
  }

  /** The session as the host would keep it (in its own store), to resume after a reload. */
  save(): PersistedSession {
    return persistSession(this.#actor);
  }

  #personalise(label: string): string {
    return label.replaceAll('{patientName}', this.#patientName);
  }
}
