import type { Actor, AnyMachineSnapshot, InspectionEvent, Subscription } from 'xstate';
import { isPortalHelpdeskError, type PortalHelpdeskErrorCode } from '../errors.js';
import { describeStep, type StepView } from '../guides/describe-step.js';
import type { Locale } from '../locales/types.js';
import type { AssistInput } from '../workflows/assist/input.js';
import type { AssistEvent, AssistSummary } from '../workflows/assist/machine.js';
import { sessionFitsInput } from '../workflows/assist/same-facts.js';
import { createWorkflowActor } from '../workflows/create-workflow-actor.js';
import { assistMachine } from '../workflows/live-machines.js';
import { persistSession, restoreSession } from '../workflows/persistence.js';
import type { EventRefused } from '../workflows/shared/event-guard.js';
import { h, plainText, richText } from './dom.js';
import { type ControlEvent, eventControls } from './event-controls.js';
import { type ElementSpeech, speechFor } from './locale.js';
import { outcomeList, stepBody } from './step-section.js';
import { forgetSession, loadSession, saveSession } from './storage.js';
import { applyStyles } from './styles.js';
import { triageSection } from './triage-section.js';

/**
 * Why the element reports an `error` event: the library's codes, `storage-unavailable` when the
 * browser refuses `localStorage`, `session-failed` when the session stopped on an error.
 *
 * @example
 * ```ts
 * const code: AssistElementErrorCode = 'invalid-input';
 * ```
 */
export type AssistElementErrorCode = PortalHelpdeskErrorCode | 'storage-unavailable' | 'session-failed';

/**
 * The `detail` of the element's `error` event: a stable code and the paths of the bad fields,
 * never their values.
 *
 * @example
 * ```ts
 * element.addEventListener('error', (event) => {
 *   const { code, issues } = (event as CustomEvent<AssistElementErrorDetail>).detail;
 *   console.log(code, issues.map((issue) => issue.path.join('.')));
 *   //=> 'invalid-input' ['practice.portalUrl']
 * });
 * ```
 */
export type AssistElementErrorDetail = {
  readonly code: AssistElementErrorCode;
  readonly issues: readonly { readonly path: readonly (string | number)[] }[];
};

/**
 * The element's events, by name, with their `detail`.
 *
 * @example
 * ```ts
 * const onStep = (event: CustomEvent<AssistElementEventMap['step-change']>) => event.detail.stateId;
 * ```
 */
export type AssistElementEventMap = {
  'step-change': StepView;
  'session-end': AssistSummary;
  error: AssistElementErrorDetail;
};

type AssistActor = Actor<typeof assistMachine>;
type Practice = AssistInput['practice'];
type Patient = NonNullable<AssistInput['patient']>;
type Staff = AssistInput['staff'];

const INPUT_PROPERTIES = ['practice', 'patient', 'staff', 'now', 'locale', 'audience', 'storageKey'] as const;

// Importing this module must work where there is no DOM (server rendering, Node tests of a host):
// the class only needs HTMLElement once a host defines it.
const Base: typeof HTMLElement =
  typeof HTMLElement === 'undefined' ? (class {} as unknown as typeof HTMLElement) : HTMLElement;

/**
 * `<portal-helpdesk-assist>`: a staff assist session as a framework-free custom element. Give it the
 * practice, the patient and (optionally) the staff member's browser and the time as properties; it
 * validates them, runs `assistMachine`, draws the current step with `describeStep` in an open
 * shadow root, and reports `step-change`, `session-end` and `error` events. See docs/element.md.
 *
 * Register it with {@link defineAssistElement}; importing this module defines nothing.
 *
 * @example
 * ```ts
 * defineAssistElement();
 * const panel = document.createElement('portal-helpdesk-assist') as AssistElement;
 * panel.practice = practice;
 * panel.patient = patient;
 * panel.setAttribute('storage-key', `assist:${patient.id}`);
 * panel.addEventListener('session-end', (event) => log((event as CustomEvent).detail));
 * document.querySelector('#help')?.append(panel);
 * ```
 */
export class AssistElement extends Base {
  static get observedAttributes(): string[] {
    return ['locale', 'audience', 'labels'];
  }

  #practice: Practice | undefined;
  #patient: Patient | undefined;
  #staff: Staff | undefined;
  #now: Date | string | undefined;
  #localeObject: Locale | null = null;
  #actor: AssistActor | null = null;
  #subscription: Subscription | null = null;
  #finishedTask: AnyMachineSnapshot | null = null;
  #error: AssistElementErrorDetail | null = null;
  #notice = '';
  /** The fields of the last event the session refused (a bad payload), as the alert names them. */
  #refused: readonly (readonly (string | number)[])[] = [];
  #signature = '';
  #ended = false;
  #startQueued = false;
  readonly #root: ShadowRoot;
  readonly #live: HTMLElement;
  #panel: HTMLElement | null = null;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    applyStyles(this.#root);
    this.#live = h(this.ownerDocument, 'div', { class: 'visually-hidden', 'aria-live': 'polite' });
    this.#root.append(this.#live);
  }

  /** The practice's facts (`AssistInput['practice']`). Required. */
  get practice(): Practice | undefined {
    return this.#practice;
  }
  set practice(value: Practice | undefined) {
    this.#practice = value;
    this.#inputChanged();
  }

  /** The patient whose chart is open (`AssistInput['patient']`), or `undefined` for none. */
  get patient(): Patient | undefined {
    return this.#patient;
  }
  set patient(value: Patient | undefined) {
    this.#patient = value;
    this.#inputChanged();
  }

  /** The staff member's browser; default `{ userAgent: navigator.userAgent }`. */
  get staff(): Staff | undefined {
    return this.#staff;
  }
  set staff(value: Staff | undefined) {
    this.#staff = value;
    this.#inputChanged();
  }

  /** The session's "now" (a `Date`, or ISO 8601 with an offset); default: {@link AssistElement.clock} when the session starts. */
  get now(): Date | string | undefined {
    return this.#now;
  }
  set now(value: Date | string | undefined) {
    this.#now = value;
    this.#inputChanged();
  }

  /**
   * The clock read when a session starts without `now`: milliseconds since the epoch. The element
   * is the host boundary, so it defaults to the platform clock; tests and hosts may inject their own.
   */
  clock: () => number = Date.now;

  /**
   * `en` (default) or `es`; reflects the `locale` attribute. Also takes a locale object (`es` from
   * `portal-helpdesk/locales/es`, or a host's own language): its words are used and the attribute
   * reflects its `code`. The built-in `es` has the guides' words only, so a triage reads in English
   * (marked `lang="en"`) unless the host gives the `es` object, which has the triage's.
   */
  get locale(): string {
    return this.getAttribute('locale') ?? 'en';
  }
  set locale(value: string | Locale) {
    this.#localeObject = typeof value === 'object' && value !== null ? value : null;
    this.setAttribute('locale', this.#localeObject?.code ?? String(value));
  }

  /** `staff` (default: staff notes shown) or `patient`; reflects the `audience` attribute. */
  get audience(): 'staff' | 'patient' {
    return this.getAttribute('audience') === 'patient' ? 'patient' : 'staff';
  }
  set audience(value: 'staff' | 'patient') {
    this.setAttribute('audience', String(value));
  }

  /**
   * How portal labels read in a language other than English: `portal` (default: the exact English
   * label, glossed the first time) or `translated`; reflects the `labels` attribute. See
   * docs/policies.md, "Wording decisions".
   */
  get labels(): 'portal' | 'translated' {
    return this.getAttribute('labels') === 'translated' ? 'translated' : 'portal';
  }
  set labels(value: 'portal' | 'translated') {
    this.setAttribute('labels', String(value));
  }

  /** The `localStorage` key the session is saved under; reflects `storage-key`. Read when a session starts. */
  get storageKey(): string | null {
    return this.getAttribute('storage-key');
  }
  set storageKey(value: string | null) {
    if (value === null) this.removeAttribute('storage-key');
    else this.setAttribute('storage-key', String(value));
  }

  /** The current step, as `describeStep` tells it in the element's language; `null` before a session runs. */
  get step(): StepView | null {
    return this.#actor === null ? null : this.#describe(this.#speech());
  }

  connectedCallback(): void {
    // Properties a host set before the element was defined sit on the instance and hide the accessors.
    for (const name of INPUT_PROPERTIES) {
      if (Object.hasOwn(this, name)) {
        const value: unknown = Reflect.get(this, name);
        Reflect.deleteProperty(this, name);
        Reflect.set(this, name, value);
      }
    }
    if (this.#panel === null) this.#render();
    this.#queueStart();
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    // An attribute set to another language drops a locale object given as the property.
    if (name === 'locale' && value !== this.#localeObject?.code) this.#localeObject = null;
    if (this.#panel !== null) this.#render();
    // What the live region last said is said again in the new language (no step-change event).
    if (name === 'locale' && this.#live.textContent !== '' && this.#actor !== null)
      this.#live.textContent = announcement(this.#describe(this.#speech()));
  }

  #speech(): ElementSpeech {
    return speechFor(this.#localeObject ?? this.locale);
  }

  /**
   * Sends an event to the session, as the element's own buttons do (a task's events reach the
   * running task). Never throws: an event the current step does not accept is ignored.
   *
   * @example
   * ```ts
   * panel.send({ type: 'REPORT_PATIENT_BROWSER', userAgent: patientUserAgent });
   * ```
   */
  send(event: AssistEvent): void {
    const actor = this.#actor;
    if (actor === null || actor.getSnapshot().status !== 'active') return;
    const refused = this.#refused.length > 0;
    this.#refused = [];
    try {
      actor.send(event);
      // A refusal shown before goes with the next event, whether or not it changed the step.
      if (refused) this.#render();
    } catch (error) {
      this.#fail(error);
    }
  }

  /**
   * Ends the current session without a summary, forgets its save and starts a new one from the
   * current properties (for example after the host opened another patient's chart).
   *
   * @example
   * ```ts
   * panel.patient = nextPatient;
   * panel.newSession();
   * ```
   */
  newSession(): void {
    const key = this.#storageKeyInUse();
    if (key !== null) this.#storage(() => forgetSession(key));
    this.#stop();
    this.#start();
  }

  #inputChanged(): void {
    // A running session keeps the facts it started with; only a session yet to start reads new ones.
    if (this.#actor === null) this.#queueStart();
  }

  #queueStart(): void {
    if (this.#startQueued) return;
    this.#startQueued = true;
    // Frameworks set several properties in a row: start once, after all of them.
    // Nothing starts before `practice` is set: a page that loads the element first and sets its
    // properties in a later script must not get an error, nor lose its save to a patient not yet set.
    queueMicrotask(() => {
      this.#startQueued = false;
      if (this.#actor === null && this.isConnected && this.#practice !== undefined) this.#start();
    });
  }

  #storageKeyInUse(): string | null {
    return this.getAttribute('persist') === 'none' ? null : this.storageKey;
  }

  #stop(): void {
    this.#subscription?.unsubscribe();
    this.#subscription = null;
    this.#actor?.stop();
    this.#actor = null;
    this.#finishedTask = null;
    this.#error = null;
    this.#notice = '';
    this.#refused = [];
    this.#signature = '';
    this.#ended = false;
  }

  #start(): void {
    this.#error = null;
    const inspect = (event: InspectionEvent) => this.#inspect(event);
    // An event the session refuses (a date not written YYYY-MM-DD) changes nothing: say which field.
    const onEventRefused = (refusal: EventRefused) => {
      this.#refused = refusal.issues.map((issue) => issue.path);
      this.#render();
    };
    const key = this.#storageKeyInUse();
    let actor = key === null ? null : this.#restore(key, inspect, onEventRefused);
    if (actor === null) {
      try {
        actor = createWorkflowActor(assistMachine, this.#input(this.#now ?? new Date(this.clock())), {
          inspect,
          onEventRefused,
        });
      } catch (error) {
        this.#fail(error);
        return;
      }
    }
    this.#actor = actor;
    this.#subscription = actor.subscribe({ next: () => this.#update(), error: (error) => this.#fail(error) });
    actor.start();
    this.#update();
  }

  #restore(
    key: string,
    inspect: (event: InspectionEvent) => void,
    onEventRefused: (refusal: EventRefused) => void,
  ): AssistActor | null {
    const saved = this.#storage(() => loadSession(key));
    if (saved === undefined || saved === null) return null;
    try {
      const actor = restoreSession(assistMachine, JSON.parse(saved), { inspect, onEventRefused });
      // A save is resumed only for the chart it was made for: the patient and practice facts the
      // page gives now (a corrected birth date or a new portal address starts afresh).
      const { session } = actor.getSnapshot().context;
      if (sessionFitsInput(session, this.#input(session.now))) return actor;
      actor.stop();
    } catch (error) {
      this.#notice = this.#speech().words.restoreDropped;
      this.#dispatch('error', {
        code: isPortalHelpdeskError(error) ? error.code : 'invalid-snapshot',
        issues: [],
      });
    }
    this.#storage(() => forgetSession(key));
    return null;
  }

  /** The session input from the properties, at `now`. */
  #input(now: Date | string): AssistInput {
    return {
      staff: this.#staff ?? { userAgent: globalThis.navigator?.userAgent ?? '' },
      practice: this.#practice,
      now,
      ...(this.#patient === undefined ? {} : { patient: this.#patient }),
    } as AssistInput;
  }

  /** Keeps the final snapshot of a task as it ends: the session itself keeps only its outcome code. */
  #inspect(event: InspectionEvent): void {
    if (event.type !== '@xstate.snapshot' || event.actorRef.sessionId === event.rootId) return;
    const snapshot = event.snapshot as AnyMachineSnapshot;
    if (snapshot.status === 'done') this.#finishedTask = snapshot;
    else if (snapshot.status === 'active') this.#finishedTask = null;
  }

  #update(): void {
    const actor = this.#actor;
    if (actor === null) return;
    const snapshot = actor.getSnapshot();
    if (snapshot.status === 'error') {
      this.#fail(snapshot.error);
      return;
    }
    const key = this.#storageKeyInUse();
    if (key !== null) {
      this.#storage(() =>
        snapshot.status === 'done'
          ? forgetSession(key)
          : saveSession(key, JSON.stringify(persistSession(actor))),
      );
    }
    const view = this.#describe(this.#speech());
    this.#render(view);
    const signature = JSON.stringify([
      view.stateId,
      view.task?.workflowId,
      view.task?.stateId,
      view.outcome,
      view.triage?.question?.id,
    ]);
    if (signature !== this.#signature) {
      this.#signature = signature;
      this.#live.textContent = announcement(view);
      this.#dispatch('step-change', view);
    }
    if (snapshot.status === 'done' && !this.#ended) {
      this.#ended = true;
      this.#dispatch('session-end', snapshot.output);
    }
  }

  #describe(speech: ElementSpeech): StepView {
    return describeStep(this.#actor as AssistActor, {
      locale: speech.describeLocale,
      audience: this.audience,
      labels: this.labels,
    });
  }

  #fail(error: unknown): void {
    this.#subscription?.unsubscribe();
    this.#subscription = null;
    this.#actor?.stop();
    this.#actor = null;
    this.#error = isPortalHelpdeskError(error)
      ? { code: error.code, issues: error.issues.map((issue) => ({ path: [...issue.path] })) }
      : { code: 'session-failed', issues: [] };
    this.#render();
    this.#dispatch('error', this.#error);
  }

  /** Runs a storage call; a browser that refuses storage gets an `error` event, not an exception. */
  #storage<Result>(call: () => Result): Result | undefined {
    try {
      return call();
    } catch {
      this.#dispatch('error', { code: 'storage-unavailable', issues: [] });
      return undefined;
    }
  }

  #dispatch<Name extends keyof AssistElementEventMap>(name: Name, detail: AssistElementEventMap[Name]): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  /** A user's action: send it, then put focus on the step it led to, so the keyboard goes on from there. */
  #act(event: ControlEvent): void {
    this.send(event as AssistEvent);
    const root = this.#root;
    const heading =
      root.getElementById('phd-task-heading') ??
      root.getElementById('phd-triage-heading') ??
      root.getElementById('phd-heading');
    heading?.focus();
  }

  /** Draws the panel anew; `described` is the current step when the caller has just described it. */
  #render(described?: StepView): void {
    const doc = this.ownerDocument;
    const speech = this.#speech();
    const { words } = speech;
    const panel = h(doc, 'section', { class: 'panel', lang: speech.lang, 'aria-labelledby': 'phd-heading' });
    if (this.#notice) panel.append(h(doc, 'p', { class: 'muted', role: 'status' }, this.#notice));
    const actor = this.#actor;
    if (this.#error !== null) {
      const fields = this.#error.issues.map((issue) => h(doc, 'li', {}, formatPath(issue.path)));
      panel.append(
        h(doc, 'h2', { id: 'phd-heading', tabindex: '-1' }, words.errorTitle),
        h(
          doc,
          'div',
          { class: 'error', role: 'alert' },
          fields.length > 0
            ? h(doc, 'p', {}, words.errorFields)
            : h(doc, 'p', {}, this.#error.code === 'session-failed' ? words.errorFailed : this.#error.code),
          fields.length > 0 && h(doc, 'ul', {}, ...fields),
        ),
      );
    } else if (actor === null) {
      panel.append(
        h(doc, 'h2', { id: 'phd-heading', tabindex: '-1' }, words.panel),
        h(doc, 'p', { class: 'muted' }, words.starting),
      );
    } else {
      const view = described ?? this.#describe(speech);
      const snapshot = actor.getSnapshot();
      panel.append(
        h(doc, 'h2', { id: 'phd-heading', tabindex: '-1' }, view.heading),
        ...stepBody(doc, view, speech),
        ...this.#refusal(doc, words),
      );
      const send = (event: ControlEvent) => this.#act(event);
      const task = view.task ?? (snapshot.value === 'taskFinished' ? this.#finishedView(speech) : null);
      if (task !== null) {
        panel.append(
          h(
            doc,
            'section',
            { class: 'task', 'aria-labelledby': 'phd-task-heading' },
            h(doc, 'p', { class: 'muted' }, view.task ? words.currentTask : words.finishedTask),
            h(doc, 'h3', { id: 'phd-task-heading', tabindex: '-1' }, task.heading),
            ...stepBody(doc, task, speech),
            view.fixStep !== null &&
              h(
                doc,
                'p',
                { class: 'note note-staff' },
                h(doc, 'span', { class: 'note-kind' }, `${words.fixStep}: `),
                richText(doc, view.fixStep.instructions),
              ),
            task.events.length > 0 && eventControls(doc, task.events, speech, 'phd-task', send),
          ),
        );
      }
      const triage = view.triage;
      if (triage !== null) panel.append(triageSection(doc, triage, speech, send));
      const outcomes = snapshot.context.outcomes;
      if (outcomes.length > 0) panel.append(outcomeList(doc, outcomes, speech));
      // The triage draws its own answer controls; a fix that is the practice's advice has no task.
      // The step view offers only the symptoms of the practice's policy, in its order.
      const events = view.events.filter(
        ({ type }) =>
          !(type === 'ANSWER' && triage?.question) &&
          !(type === 'START_FIX' && triage?.causes[0]?.fix.kind !== 'workflow'),
      );
      if (events.length > 0) panel.append(eventControls(doc, events, speech, 'phd-session', send));
      if (snapshot.status === 'done') {
        const again = h(doc, 'button', { type: 'button' }, words.newSession);
        again.addEventListener('click', () => {
          this.newSession();
          this.#root.getElementById('phd-heading')?.focus();
        });
        panel.append(h(doc, 'p', {}, words.sessionEnded), again);
      }
    }
    if (this.#panel === null) this.#root.append(panel);
    else this.#panel.replaceWith(panel);
    this.#panel = panel;
  }

  /** The alert naming the fields of the event the session refused last, when it refused one. */
  #refusal(doc: Document, words: ElementSpeech['words']): HTMLElement[] {
    if (this.#refused.length === 0) return [];
    const fields = [...new Set(this.#refused.map((path) => fieldName(path, words)))].join(', ');
    return [
      h(doc, 'p', { class: 'problem', role: 'alert' }, `${words.problem}: ${words.errorFields} ${fields}`),
    ];
  }

  #finishedView(speech: ElementSpeech): StepView | null {
    if (this.#finishedTask === null) return null;
    try {
      return describeStep(this.#finishedTask, {
        locale: speech.describeLocale,
        audience: this.audience,
        labels: this.labels,
      });
    } catch {
      return null;
    }
  }
}

/** A refused field in words: its label when it is a payload field of the element's, else its path. */
function fieldName(path: readonly (string | number)[], words: ElementSpeech['words']): string {
  const name = formatPath(path);
  return (Object.hasOwn(words.fields, name) && words.fields[name]) || name;
}

function announcement(view: StepView): string {
  const parts = [view.heading, plainText(view.instructions)];
  if (view.triage) parts.push(view.triage.name, view.triage.say);
  if (view.task) parts.push(view.task.heading, plainText(view.task.instructions));
  return parts.join('. ');
}

/**
 * A field path in words, as a developer reads it (`practice.providers[0].id`).
 *
 * @example
 * ```ts
 * formatPath(['practice', 'providers', 0, 'id']);
 * //=> 'practice.providers[0].id'
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(input)';
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`))
    .join('');
}
