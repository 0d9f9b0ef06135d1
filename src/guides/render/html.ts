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

/**
 * Renders a guide as a fragment of semantic HTML: a `<section>` with an `<h2>` title, the intro,
 * warnings, the steps as an `<ol>` (options as a `<ul>` with their own `<ol>` of sub-steps), then
 * the other notes. UI labels are `<strong>`; notes are
 * `<p role="note" class="note note-staff|note-patient|note-warning">`. Every interpolated string
 * is escaped (`& < > " '`), and links are kept only for `http(s)` URLs, so the fragment is safe
 * to insert into a page even when a name holds markup.
 *
 * @param guide - A guide from `buildGuide`.
 * @returns An HTML fragment ending in a newline.
 * @throws PortalHelpdeskError `invalid-input` when `guide` is not a guide.
 *
 * @example
 * ```ts
 * renderHtml(buildGuide('security-setup', { security: 'text' }, { audience: 'patient' }));
 * //=> '<section class="guide" lang="en" data-workflow="security-setup">\n<h2>Set up your account security</h2>\n<p class="intro">Pick one way ...'
 * ```
 */
export function renderHtml(guide: Guide): string {
  const input = readGuide(guide, 'renderHtml');
  const ui = uiOf(input);
  const notes = orderNotes(input.notes);
  const lines: string[] = [
    `<section class="guide" lang="${escapeHtml(input.locale)}" data-workflow="${escapeHtml(input.workflowId)}">`,
    `<h2>${escapeHtml(flatten(input.title).trim())}</h2>`,
  ];
  if (input.intro.length > 0) lines.push(`<p class="intro">${inline(input.intro)}</p>`);
  lines.push(...notes.filter((note) => note.kind === 'warning').map((note) => noteHtml(note, ui)));
  if (input.steps.length > 0) {
    lines.push(`<h3>${escapeHtml(ui.steps)}</h3>`, ...stepList(input.steps, ui, 'steps'));
  }
  const others = notes.filter((note) => note.kind !== 'warning');
  if (others.length > 0) {
    lines.push(`<h3>${escapeHtml(ui.notes)}</h3>`, ...others.map((note) => noteHtml(note, ui)));
  }
  if (input.outcome.status === 'blocked')
    lines.push(`<p class="outcome-blocked">${escapeHtml(ui.blocked)}</p>`);
  lines.push('</section>');
  return `${lines.join('\n')}\n`;
}

function stepList(list: readonly RenderStep[], ui: Ui, className: string): string[] {
  const lines = [`<ol class="${className}">`];
  for (const step of list) {
    lines.push(`<li>${inline(step.text)}`);
    lines.push(...orderNotes(step.notes).map((note) => noteHtml(note, ui)));
    if (step.options.length > 0) {
      lines.push('<ul class="options">');
      for (const option of step.options) {
        lines.push(`<li>${inline(option.text)}`);
        if (option.steps.length > 0) lines.push(...stepList(option.steps, ui, 'sub-steps'));
        lines.push('</li>');
      }
      lines.push('</ul>');
    }
    lines.push('</li>');
  }
  lines.push('</ol>');
  return lines;
}

function noteHtml(note: RenderNote, ui: Ui): string {
  const word = note.kind === 'warning' ? ui.warning : note.kind === 'staff' ? ui.staffNote : ui.patientNote;
  return `<p role="note" class="note note-${note.kind}"><span class="note-kind">${escapeHtml(word)}:</span> ${inline(note.text)}</p>`;
}

function inline(text: readonly RenderSegment[]): string {
  return text.map(segment).join('');
}

function segment(part: RenderSegment): string {
  const text = escapeHtml(flatten(part.text));
  switch (part.kind) {
    case 'label':
      return `<strong>${text}</strong>`;
    case 'value':
      return `<span class="value">${text}</span>`;
    case 'link': {
      const href = safeHref(part.href);
      return href === undefined ? text : `<a href="${escapeHtml(href)}">${text}</a>`;
    }
    default:
      return text;
  }
}

const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and double-quoted attribute values alike. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char] ?? char);
}
