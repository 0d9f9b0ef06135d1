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
 * Renders a guide as CommonMark: a `#` title, the intro, warnings as block quotes, the steps as a
 * numbered list (options as bullets with their own numbered sub-steps, notes as block quotes
 * inside the step), then the other notes. UI labels are bold. Every piece of text is escaped, so
 * a name such as `*bold* [x](y) <img>` shows literally; links are kept only for `http(s)` URLs.
 *
 * @param guide - A guide from `buildGuide`.
 * @returns Markdown text ending in a newline.
 * @throws PortalHelpdeskError `invalid-input` when `guide` is not a guide.
 *
 * @example
 * ```ts
 * renderMarkdown(buildGuide('security-setup', { security: 'text' }, { audience: 'patient' }));
 * //=> '# Set up your account security\n\nPick one way for the portal to confirm it is really you ...\n\n## Steps\n\n1. Choose how to protect your athenahealth account (**Text me**, **Call me** or **Security Question**) ...'
 * ```
 */
export function renderMarkdown(guide: Guide): string {
  const input = readGuide(guide, 'renderMarkdown');
  const ui = uiOf(input);
  const notes = orderNotes(input.notes);
  const warnings = notes.filter((note) => note.kind === 'warning');
  const others = notes.filter((note) => note.kind !== 'warning');
  const blocks: string[] = [`# ${escapeMarkdown(flatten(input.title).trim())}`];
  if (input.intro.length > 0) blocks.push(blockStart(inline(input.intro)));
  if (warnings.length > 0) blocks.push(quote(warnings, ui).join('\n'));
  if (input.steps.length > 0)
    blocks.push(`## ${escapeMarkdown(ui.steps)}`, steps(input.steps, '', ui).join('\n'));
  if (others.length > 0) blocks.push(`## ${escapeMarkdown(ui.notes)}`, quote(others, ui).join('\n'));
  if (input.outcome.status === 'blocked') blocks.push(`*${escapeMarkdown(ui.blocked)}*`);
  return `${blocks.join('\n\n')}\n`;
}

function steps(list: readonly RenderStep[], indent: string, ui: Ui): string[] {
  const lines: string[] = [];
  list.forEach((step, index) => {
    const marker = `${index + 1}. `;
    const inner = indent + ' '.repeat(marker.length);
    lines.push(`${indent}${marker}${blockStart(inline(step.text))}`);
    for (const line of quote(orderNotes(step.notes), ui)) lines.push(inner + line);
    for (const option of step.options) {
      lines.push(`${inner}- ${blockStart(inline(option.text))}`);
      lines.push(...steps(option.steps, `${inner}  `, ui));
    }
  });
  return lines;
}

/** Notes as one block quote, a paragraph each, led by the localised kind of note. */
function quote(notes: readonly RenderNote[], ui: Ui): string[] {
  const lines: string[] = [];
  notes.forEach((note, index) => {
    if (index > 0) lines.push('>');
    lines.push(`> **${escapeMarkdown(noteWord(note.kind, ui))}:** ${inline(note.text)}`.trimEnd());
  });
  return lines;
}

function noteWord(kind: RenderNote['kind'], ui: Ui): string {
  return kind === 'warning' ? ui.warning : kind === 'staff' ? ui.staffNote : ui.patientNote;
}

function inline(text: readonly RenderSegment[]): string {
  return text.map(segment).join('');
}

function segment(part: RenderSegment): string {
  const text = flatten(part.text);
  switch (part.kind) {
    case 'label': {
      // `**` only makes bold text when it touches non-space characters on both sides.
      const trimmed = text.trim();
      if (trimmed === '') return text;
      const start = text.indexOf(trimmed);
      return `${text.slice(0, start)}**${escapeMarkdown(trimmed)}**${text.slice(start + trimmed.length)}`;
    }
    case 'link': {
      const href = safeHref(part.href);
      // Inside a link's text GFM makes no autolink, so only inline Markdown needs escaping there.
      return href === undefined ? escapeMarkdown(text) : `[${escapeInline(text)}](${destination(href)})`;
    }
    default:
      return escapeMarkdown(text);
  }
}

/**
 * Backslash-escapes the characters that make inline Markdown (emphasis, links, images, tables,
 * strikethrough, headings) and writes `<`, `>`, `&` and the backtick (code) as entities, so no raw
 * HTML, autolink (`<http://...>`), code span or entity can form. It also breaks what GFM links
 * without any markup: `@` (email addresses), `:` before `/` and after `mailto`/`xmpp` (URLs), and
 * the dot of `www.`; a backslash-escaped character shows as itself.
 */
function escapeMarkdown(text: string): string {
  return escapeInline(text)
    .replace(/@/g, '\\@')
    .replace(/:(?=\/)/g, '\\:')
    .replace(/(mailto|xmpp):/gi, '$1\\:')
    .replace(/(www)\./gi, '$1\\.');
}

// A backtick as an entity, not `\``: some parsers (marked) take escaped backticks as the ends of
// a code span when they look for emphasis, and drop the bold of a label around a name holding one.
const entities: Readonly<Record<string, string>> = { '&': 'amp', '<': 'lt', '>': 'gt', '`': '#96' };

/** {@link escapeMarkdown} without breaking autolinks: for a link's own text. */
function escapeInline(text: string): string {
  return text
    .replace(/[\\*_[\]#|~!]/g, (char) => `\\${char}`)
    .replace(/[&<>`]/g, (char) => `&${entities[char]};`);
}

/** Text at the start of a block must not open a list or a heading underline, nor be indented code. */
function blockStart(text: string): string {
  return text
    .trimStart()
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([-+=])/, '\\$1');
}

/**
 * A link destination from a normalised URL (which never holds spaces, `<` or `>`): parentheses
 * and backslashes percent-encoded so none can end the link or escape, `&` as an entity so none
 * can be read as one.
 */
function destination(href: string): string {
  return href.replace(/[()\\&]/g, (char) =>
    char === '&' ? '&amp;' : `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
