import {
  type AssistElement,
  type AssistElementEventMap,
  defineAssistElement,
} from '../../src/element/index.js';
import { sampleInputs } from '../../src/testing/index.js';
import type { AssistInput } from '../../src/workflows/index.js';

/** The sample assist input (adult patient, New York practice), a fresh copy each call. */
export function sampleAssistInput(): AssistInput {
  const input = sampleInputs.assist['patient-browser-unknown'];
  if (!input) throw new Error('sample input missing');
  return structuredClone(input);
}

export type Recorded = { [Name in keyof AssistElementEventMap]: AssistElementEventMap[Name][] };

/** Mounts a defined element with the given input and attributes, and records its events. */
export async function mount(
  input: Partial<AssistInput> = sampleAssistInput(),
  attributes: Record<string, string> = {},
): Promise<{ element: AssistElement; events: Recorded }> {
  defineAssistElement();
  const element = document.createElement('portal-helpdesk-assist') as AssistElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const events: Recorded = { 'step-change': [], 'session-end': [], error: [] };
  for (const name of Object.keys(events) as (keyof Recorded)[]) {
    element.addEventListener(name, (event) => {
      (events[name] as unknown[]).push((event as CustomEvent).detail);
    });
  }
  if (input.practice !== undefined) element.practice = input.practice;
  if (input.patient !== undefined) element.patient = input.patient;
  if (input.staff !== undefined) element.staff = input.staff;
  if (input.now !== undefined) element.now = input.now;
  document.body.append(element);
  await settle();
  return { element, events };
}

/** Lets queued microtasks (the element starts in one) run. */
export async function settle(): Promise<void> {
  await new Promise((done) => setTimeout(done, 0));
}

/** The element's shadow root. */
export function shadow(element: AssistElement): ShadowRoot {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
}

/** A button of the element by its visible name. */
export function button(element: AssistElement, name: string): HTMLButtonElement {
  const found = Array.from(shadow(element).querySelectorAll('button')).find(
    (candidate) => candidate.textContent === name,
  );
  if (!found) {
    const names = Array.from(shadow(element).querySelectorAll('button')).map(
      (candidate) => candidate.textContent,
    );
    throw new Error(`no button "${name}" (buttons: ${names.join(', ')})`);
  }
  return found;
}

/** The form whose title is `title`. */
export function form(element: AssistElement, title: string): HTMLFormElement {
  const found = Array.from(shadow(element).querySelectorAll('form')).find(
    (candidate) => candidate.querySelector('.form-title')?.textContent === title,
  );
  if (!found) throw new Error(`no form "${title}"`);
  return found;
}

/** The control labelled `label` inside `root`. */
export function field<Kind extends HTMLElement>(root: ParentNode, label: string): Kind {
  const found = Array.from(root.querySelectorAll('label')).find(
    (candidate) => candidate.textContent === label,
  );
  const control = found ? root.querySelector(`#${found.htmlFor}`) : null;
  if (!control) throw new Error(`no field labelled "${label}"`);
  return control as Kind;
}

/** Submits a form as a click on its submit button does. */
export function submit(target: HTMLFormElement): void {
  target.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
}

/** The text of the element's heading (`phd-heading`) and task heading, when present. */
export function headings(element: AssistElement): { session: string | null; task: string | null } {
  const root = shadow(element);
  return {
    session: root.getElementById('phd-heading')?.textContent ?? null,
    task: root.getElementById('phd-task-heading')?.textContent ?? null,
  };
}

/** From the pre-checks: Continue, then start `task` with the task form. */
export function startTask(element: AssistElement, task: string, fields: Record<string, string> = {}): void {
  button(element, 'Continue').click();
  const chooser = form(element, 'Start a task');
  field<HTMLSelectElement>(chooser, 'Task').value = task;
  for (const [label, value] of Object.entries(fields)) field<HTMLSelectElement>(chooser, label).value = value;
  submit(chooser);
}

/** The sample assist input with some of the patient's facts changed. */
export function sampleInputWithPatient(changes: Partial<NonNullable<AssistInput['patient']>>): AssistInput {
  const input = sampleAssistInput();
  if (!input.patient) throw new Error('sample has a patient');
  return { ...input, patient: { ...input.patient, ...changes } };
}
