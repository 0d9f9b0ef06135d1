import type { AcceptedEvent } from '../guides/describe-step.js';
import type { PayloadField } from '../workflows/shared/event-schema.js';
import { h, humanise } from './dom.js';
import type { ElementSpeech } from './locale.js';

/** An event built from the element's controls, sent to the session as it is. */
export type ControlEvent = { readonly type: string } & Readonly<Record<string, unknown>>;

/**
 * The controls for the events a step accepts: one button per event without a payload (first, in a
 * row), and a small labelled form per event with payload fields (text, checkbox, number or select). `idPrefix` keeps
 * the ids of two steps' forms apart in one shadow root.
 *
 * @example
 * ```ts
 * const controls = eventControls(document, step.events, speech, 'task', (event) => actor.send(event));
 * panel.append(controls);
 * ```
 */
export function eventControls(
  doc: Document,
  events: readonly AcceptedEvent[],
  speech: ElementSpeech,
  idPrefix: string,
  send: (event: ControlEvent) => void,
): HTMLElement {
  const buttons = h(doc, 'div', { class: 'actions' });
  const group = h(
    doc,
    'div',
    { class: 'controls', role: 'group', 'aria-label': speech.words.actions },
    buttons,
  );
  for (const event of events) {
    const label = eventLabel(event.type, speech);
    const fields = Object.entries(event.payload);
    if (fields.length === 0) {
      const button = h(doc, 'button', { type: 'button' }, label);
      button.addEventListener('click', () => send({ type: event.type }));
      buttons.append(button);
      continue;
    }
    const formId = `${idPrefix}-${event.type.toLowerCase()}`;
    const title = h(doc, 'p', { class: 'form-title', id: `${formId}-title` }, label);
    const form = h(doc, 'form', { 'aria-labelledby': `${formId}-title`, novalidate: '' }, title);
    const readers: (() => [string, unknown])[] = [];
    for (const [name, field] of fields) {
      // A structured field (CHOOSE_TASK's `user`) has no control here: the event goes without it,
      // so its default applies; a host that needs it sends the event itself (docs/element.md).
      if (field === 'object') continue;
      const id = `${formId}-${name}`;
      const { wrapper, read } = fieldControl(doc, id, name, field, speech);
      form.append(wrapper);
      readers.push(() => [name, read()]);
    }
    form.append(h(doc, 'button', { type: 'submit' }, label));
    form.addEventListener('submit', (submit) => {
      submit.preventDefault();
      send({ type: event.type, ...Object.fromEntries(readers.map((reader) => reader())) });
    });
    group.append(form);
  }
  return group;
}

/**
 * The words for an event type: the element's own, else the type in words.
 *
 * @example
 * ```ts
 * eventLabel('SEND_CODE', speechFor('es'));
 * //=> 'Enviar el código'
 * ```
 */
export function eventLabel(type: string, speech: ElementSpeech): string {
  const events: Readonly<Record<string, string>> = speech.words.events;
  return Object.hasOwn(events, type) ? (events[type] ?? humanise(type)) : humanise(type);
}

function fieldControl(
  doc: Document,
  id: string,
  name: string,
  field: Exclude<PayloadField, 'object'>,
  speech: ElementSpeech,
): { wrapper: HTMLElement; read: () => unknown } {
  const fieldWords = speech.words.fields;
  const text = Object.hasOwn(fieldWords, name) ? (fieldWords[name] ?? humanise(name)) : humanise(name);
  const label = h(doc, 'label', { for: id }, text);
  if (field === 'boolean') {
    const input = h(doc, 'input', { type: 'checkbox', id, name });
    return { wrapper: h(doc, 'div', { class: 'check' }, input, label), read: () => input.checked };
  }
  if (field === 'number') {
    const input = h(doc, 'input', { type: 'number', id, name, inputmode: 'numeric', value: '0' });
    return { wrapper: h(doc, 'div', { class: 'field' }, label, input), read: () => input.valueAsNumber };
  }
  if (field === 'string') {
    const input = h(doc, 'input', { type: 'text', id, name, autocomplete: 'off', spellcheck: 'false' });
    return { wrapper: h(doc, 'div', { class: 'field' }, label, input), read: () => input.value };
  }
  const select = h(doc, 'select', { id, name });
  for (const value of field.oneOf) {
    const option = h(doc, 'option', { value }, optionLabel(name, value, speech));
    select.append(option);
  }
  return { wrapper: h(doc, 'div', { class: 'field' }, label, select), read: () => select.value };
}

function optionLabel(field: string, value: string, speech: ElementSpeech): string {
  const symptoms: Readonly<Record<string, { readonly name: string } | undefined>> = speech.triage.symptoms;
  if (field === 'symptom') return (Object.hasOwn(symptoms, value) && symptoms[value]?.name) || value;
  const tables: Readonly<Record<string, Readonly<Record<string, string>>>> = {
    task: speech.titles,
    channel: speech.words.channels,
    startedFrom: speech.words.starts,
  };
  const table = Object.hasOwn(tables, field) ? tables[field] : undefined;
  return (table && Object.hasOwn(table, value) ? table[value] : undefined) ?? humanise(value);
}
