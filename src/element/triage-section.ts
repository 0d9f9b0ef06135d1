import type { TriageAnswerField, TriageStepView } from '../guides/triage-view.js';
import { h } from './dom.js';
import type { ControlEvent } from './event-controls.js';
import { eventLabel } from './event-controls.js';
import type { ElementSpeech } from './locale.js';

/**
 * A triage in the panel: the symptom as a heading, then the question with a control for its answer
 * type (a button per choice, else a labelled number, date or text field), or, once diagnosed, the
 * causes with what to tell the patient and the task that fixes the first. Every answer is sent as
 * an `ANSWER` event whose `value` has the type the session takes.
 *
 * @example
 * ```ts
 * const view = describeStep(actor);
 * if (view.triage) panel.append(triageSection(document, view.triage, speechFor('en'), (event) => actor.send(event)));
 * ```
 */
export function triageSection(
  doc: Document,
  triage: TriageStepView,
  speech: ElementSpeech,
  send: (event: ControlEvent) => void,
): HTMLElement {
  const ui = speech.triage.ui;
  const section = h(
    doc,
    'section',
    { class: 'triage', 'aria-labelledby': 'phd-triage-heading' },
    h(doc, 'h3', { id: 'phd-triage-heading', tabindex: '-1' }, triage.name),
  );
  // The built-in Spanish has no triage words: the English ones are marked as English.
  if (triage.lang !== speech.lang) section.lang = triage.lang;
  const question = triage.question;
  if (question !== null) {
    const { answer } = question;
    const answerWith = (value: ControlEvent[string]) =>
      send({ type: 'ANSWER', question: question.id, value });
    const title = h(doc, 'p', { id: 'phd-question', class: 'question' }, question.text);
    if ('choices' in answer) {
      const group = h(doc, 'div', { class: 'actions', role: 'group', 'aria-labelledby': 'phd-question' });
      for (const choice of answer.choices) {
        const button = h(doc, 'button', { type: 'button' }, choice.label);
        button.addEventListener('click', () => answerWith(choice.value));
        group.append(button);
      }
      section.append(title, group);
    } else {
      const form = h(doc, 'form', { 'aria-labelledby': 'phd-question' });
      const fields =
        answer.type === 'fields' ? answer.fields : [{ ...answer, fact: '', label: question.text }];
      const controls = fields.map((field, index) => {
        const id = `phd-answer-${index}`;
        const control = fieldControl(doc, id, field, answer.type !== 'fields');
        form.append(
          h(doc, 'div', { class: 'field' }, h(doc, 'label', { for: id }, field.label), control.element),
        );
        return { fact: field.fact, ...control };
      });
      if (answer.type === 'fields') form.prepend(title);
      else form.querySelector('label')?.setAttribute('id', 'phd-question');
      form.append(h(doc, 'button', { type: 'submit' }, eventLabel('ANSWER', speech)));
      form.addEventListener('submit', (submit) => {
        submit.preventDefault();
        // An empty or out-of-range answer is the browser's to report, never sent.
        const invalid = controls.find((control) => !control.element.checkValidity());
        if (invalid) return void invalid.element.reportValidity();
        const given = controls.filter((control) => control.element.value !== '');
        if (given.length > 0)
          answerWith(
            answer.type === 'fields'
              ? Object.fromEntries(given.map((control) => [control.fact, control.read()]))
              : given[0]?.read(),
          );
      });
      section.append(form);
    }
  } else {
    section.append(
      h(
        doc,
        'ul',
        { class: 'causes', 'aria-label': ui.causes },
        ...triage.causes.map((cause, index) =>
          h(
            doc,
            'li',
            {},
            h(doc, 'p', {}, cause.explanation),
            cause.advice !== undefined && h(doc, 'p', {}, cause.advice),
            h(doc, 'p', {}, h(doc, 'span', { class: 'note-kind' }, `${ui.say}: `), cause.say),
            cause.practice && h(doc, 'p', { class: 'muted' }, ui.practiceAdvice),
            index === 0 &&
              cause.fix.kind === 'workflow' &&
              h(
                doc,
                'p',
                {},
                h(doc, 'span', { class: 'note-kind' }, `${ui.fix}: `),
                speech.titles[cause.fix.workflow as keyof ElementSpeech['titles']] ?? '',
              ),
          ),
        ),
      ),
    );
  }
  return section;
}

/** One answer field's control: a select of its choices, or a number, date or text input. */
function fieldControl(
  doc: Document,
  id: string,
  field: TriageAnswerField,
  required: boolean,
): { element: HTMLInputElement | HTMLSelectElement; read: () => string | number | boolean } {
  if ('choices' in field) {
    const select = h(doc, 'select', { id }, h(doc, 'option', { value: '' }, ''));
    field.choices.forEach((choice, index) => {
      select.append(h(doc, 'option', { value: `${index}` }, choice.label));
    });
    return { element: select, read: () => field.choices[Number(select.value)]?.value ?? '' };
  }
  const input =
    field.type === 'number'
      ? h(doc, 'input', { id, type: 'number', min: `${field.min}`, max: `${field.max}`, step: '1' })
      : h(doc, 'input', {
          id,
          type: field.format === 'date' ? 'date' : 'text',
          maxlength: `${field.maxLength}`,
          autocomplete: 'off',
          spellcheck: 'false',
        });
  input.required = required;
  return { element: input, read: () => (field.type === 'number' ? input.valueAsNumber : input.value) };
}
