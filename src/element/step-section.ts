import type { StepView } from '../guides/describe-step.js';
import type { TaskOutcome } from '../workflows/assist/tasks.js';
import { h, humanise, richText } from './dom.js';
import type { ElementSpeech } from './locale.js';

/**
 * The body of one step view: instructions, portal labels, notes (staff notes marked), the problem
 * of the last action and, for a final state, its outcome. Events are drawn apart (`eventControls`).
 *
 * @example
 * ```ts
 * panel.append(...stepBody(document, describeStep(actor), speechFor('en')));
 * ```
 */
export function stepBody(doc: Document, view: StepView, speech: ElementSpeech): HTMLElement[] {
  const { words } = speech;
  const parts: HTMLElement[] = [h(doc, 'p', { class: 'instructions' }, richText(doc, view.instructions))];
  if (view.labels.length > 0) {
    parts.push(
      h(
        doc,
        'ul',
        { class: 'labels', 'aria-label': words.labels },
        ...view.labels.map((label) => h(doc, 'li', {}, h(doc, 'strong', { class: 'label' }, label))),
      ),
    );
  }
  if (view.notes.length > 0) {
    parts.push(
      h(
        doc,
        'ul',
        { class: 'notes' },
        ...view.notes.map((note) =>
          h(
            doc,
            'li',
            { class: `note note-${note.kind}` },
            h(doc, 'span', { class: 'note-kind' }, `${speech.notePrefixes[note.kind]}: `),
            richText(doc, note.text),
          ),
        ),
      ),
    );
  }
  if (view.problem !== null) {
    parts.push(h(doc, 'p', { class: 'problem', role: 'alert' }, problemText(view.problem, speech)));
  }
  if (view.outcome !== null) {
    const reason = view.outcome.reason === null ? '' : ` (${reasonText(view.outcome.reason, speech)})`;
    parts.push(h(doc, 'p', { class: 'outcome' }, `${words.outcomes[view.outcome.status]}${reason}`));
  }
  return parts;
}

/**
 * The session's task outcomes as a list: titles and reason codes in words, nothing else.
 *
 * @example
 * ```ts
 * outcomeList(document, actor.getSnapshot().context.outcomes, speechFor('en'));
 * //=> <ul><li>Create a Patient Portal account: blocked (under the minimum age)</li></ul>
 * ```
 */
export function outcomeList(
  doc: Document,
  outcomes: readonly TaskOutcome[],
  speech: ElementSpeech,
): HTMLElement {
  return h(
    doc,
    'ul',
    { class: 'tasks', 'aria-label': speech.words.tasksSoFar },
    ...outcomes.map((entry) => {
      const reason = entry.reason === null ? '' : ` (${reasonText(entry.reason, speech)})`;
      return h(
        doc,
        'li',
        {},
        `${speech.titles[entry.task]}: ${speech.words.outcomes[entry.outcome]}${reason}`,
      );
    }),
  );
}

function problemText(problem: string, speech: ElementSpeech): string {
  const problems: Readonly<Record<string, string>> = speech.words.problems;
  return `${speech.words.problem}: ${(Object.hasOwn(problems, problem) ? problems[problem] : undefined) ?? humanise(problem)}`;
}

function reasonText(reason: string, speech: ElementSpeech): string {
  const reasons = speech.words.reasons;
  return (Object.hasOwn(reasons, reason) ? reasons[reason] : undefined) ?? humanise(reason);
}
