import type { GuideWords } from '../../locales/guide-words.js';
import type { Guide } from '../guide.js';
import {
  flatten,
  orderNotes,
  type RenderNote,
  type RenderSegment,
  type RenderStep,
  readGuide,
  safeHref,
  uiOf,
} from './input.js';

type Ui = GuideWords['ui'];

const INDENT = '   ';

/**
 * Renders a guide as plain text that reads well aloud or pasted into a chat: the title, the
 * intro, warnings, then "Step 1.", "Step 2." (options as "Option a)", "Option b)" with their own
 * numbered sub-steps), then the other notes. UI labels are in double quotes; each note starts with
 * the localised word for its kind ("Staff note:", "Tip:", "Important:").
 *
 * @param guide - A guide from `buildGuide`.
 * @returns Plain text ending in a newline.
 * @throws PortalHelpdeskError `invalid-input` when `guide` is not a guide.
 *
 * @example
 * ```ts
 * renderText(buildGuide('security-setup', { security: 'text' }, { audience: 'patient' }));
 * //=> 'Set up your account security\n\nPick one way ...\n\nStep 1. Choose how to protect your athenahealth account ("Text me", "Call me" or "Security Question") ...\nStep 2. Type your phone number and click "Send code".\n...'
 * ```
 */
export function renderText(guide: Guide): string {
  const input = readGuide(guide, 'renderText');
  const ui = uiOf(input);
  const notes = orderNotes(input.notes);
  const blocks: string[] = [flatten(input.title).trim()];
  if (input.intro.length > 0) blocks.push(inline(input.intro));
  const warnings = notes.filter((note) => note.kind === 'warning');
  if (warnings.length > 0) blocks.push(warnings.map((note) => noteLine(note, ui)).join('\n'));
  if (input.steps.length > 0) {
    const word = ui.step;
    const lines = input.steps.flatMap((step, index) => stepLines(step, `${word} ${index + 1}. `, INDENT, ui));
    blocks.push(lines.join('\n'));
  }
  const others = notes.filter((note) => note.kind !== 'warning');
  if (others.length > 0)
    blocks.push([`${ui.notes}:`, ...others.map((note) => noteLine(note, ui))].join('\n'));
  if (input.outcome.status === 'blocked') blocks.push(ui.blocked);
  return `${blocks.join('\n\n')}\n`;
}

/** A step: its numbered line, then its notes and options indented beneath it. */
function stepLines(step: RenderStep, marker: string, indent: string, ui: Ui): string[] {
  const lines = [`${marker}${inline(step.text)}`];
  for (const note of orderNotes(step.notes)) lines.push(indent + noteLine(note, ui));
  step.options.forEach((option, index) => {
    lines.push(`${indent}${ui.option} ${letter(index)}) ${inline(option.text)}`);
    option.steps.forEach((sub, subIndex) => {
      lines.push(...stepLines(sub, `${indent}${INDENT}${subIndex + 1}. `, `${indent}${INDENT}${INDENT}`, ui));
    });
  });
  return lines;
}

function noteLine(note: RenderNote, ui: Ui): string {
  const word = note.kind === 'warning' ? ui.warning : note.kind === 'staff' ? ui.staffNote : ui.patientNote;
  return `${word}: ${inline(note.text)}`;
}

function inline(text: readonly RenderSegment[]): string {
  return text
    .map((part) => {
      const text = flatten(part.text);
      if (part.kind === 'label') return `"${text}"`;
      if (part.kind !== 'link') return text;
      // Beside its text, the address of an http(s) link, so it survives being pasted; others are dropped.
      const href = safeHref(part.href);
      return href === undefined || text.trim() === href || text.trim() === part.href
        ? text
        : `${text} (${href})`;
    })
    .join('');
}

/** a, b, ... z, aa, ab ...: the option letter for a zero-based index. */
function letter(index: number): string {
  let n = index + 1;
  let result = '';
  while (n > 0) {
    n -= 1;
    result = String.fromCharCode(97 + (n % 26)) + result;
    n = Math.floor(n / 26);
  }
  return result;
}
