import * as z from 'zod/mini';
import { cappedArray } from '../../internal/capped-array.js';
import { safeHref } from '../../internal/http-url.js';
import { flatten } from '../../internal/invisible.js';
import { parseInput } from '../../internal/validate.js';
import { ui as enUi } from '../../locales/en/guide-ui.js';
import type { GuideWords } from '../../locales/guide-words.js';

export { safeHref };

import { isBuiltGuide } from '../built-guides.js';

// What the renderers read from a Guide, checked lightly: the shapes they walk, not the keys or
// states they ignore (unknown fields are stripped, never rendered). Every array has a cap, checked
// before its items are read, and steps nest at most MAX_STEP_DEPTH deep, so a hostile guide can
// neither make the check walk millions of items nor overflow the stack.

/**
 * Caps on a guide handed to a renderer (a guide from `buildGuide` is far below them): segments in
 * one rich text, steps in one list, notes in one list, options of one step, how deep steps nest
 * inside options, and characters in one string.
 *
 * @example
 * ```ts
 * GUIDE_LIMITS.steps;
 * //=> 500
 * ```
 */
export const GUIDE_LIMITS = Object.freeze({
  segments: 1000,
  steps: 500,
  notes: 200,
  options: 50,
  depth: 8,
  /** Characters in one run of text, a title, a link or a code: checked before any pattern. */
  text: 10_000,
});

/** A string capped by length alone, before anything reads it with a pattern. */
const capped = z.string().check(z.maxLength(GUIDE_LIMITS.text));

const segmentSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: capped }),
  z.object({ kind: z.literal('label'), text: capped }),
  z.object({ kind: z.literal('value'), text: capped }),
  z.object({ kind: z.literal('link'), text: capped, href: capped }),
]);

const richTextSchema = cappedArray(segmentSchema, GUIDE_LIMITS.segments);

const noteSchema = z.object({ kind: z.enum(['patient', 'staff', 'warning']), text: richTextSchema });

/**
 * One run of text as the renderers see it.
 *
 * @example
 * ```ts
 * const segment: RenderSegment = { kind: 'label', text: 'Send code' };
 * ```
 */
export type RenderSegment = z.infer<typeof segmentSchema>;
/**
 * A note as the renderers see it.
 *
 * @example
 * ```ts
 * const note: RenderNote = { kind: 'warning', text: [{ kind: 'text', text: 'Never send card numbers.' }] };
 * ```
 */
export type RenderNote = z.infer<typeof noteSchema>;
/**
 * A step as the renderers see it: its key, states and labels are not needed to draw it.
 *
 * @example
 * ```ts
 * const step: RenderStep = { text: [{ kind: 'text', text: 'Click ' }, { kind: 'label', text: 'Verify' }], notes: [], options: [] };
 * ```
 */
export type RenderStep = {
  text: RenderSegment[];
  notes: RenderNote[];
  options: { text: RenderSegment[]; steps: RenderStep[] }[];
};

const notesSchema = cappedArray(noteSchema, GUIDE_LIMITS.notes);

/** A step whose options may hold sub-steps `depth` more levels down (none at depth 0). */
function stepSchemaAt(depth: number): z.ZodMiniType<RenderStep> {
  const subSteps: z.ZodMiniType<RenderStep[]> =
    depth > 0 ? cappedArray(stepSchemaAt(depth - 1), GUIDE_LIMITS.steps) : cappedArray(z.never(), 0);
  return z.object({
    text: richTextSchema,
    notes: notesSchema,
    options: cappedArray(z.object({ text: richTextSchema, steps: subSteps }), GUIDE_LIMITS.options),
  });
}

const stepSchema = stepSchemaAt(GUIDE_LIMITS.depth);

const word = z.string().check(z.maxLength(200));

// The one place unknown keys are read past rather than refused: a renderer's input is a guide that
// `buildGuide` produced (which carries keys, state ids and labels for hosts), not an options bag a
// caller types by hand, and the schema lists only what the renderers print.
const guideSchema = z.object({
  workflowId: capped,
  /** A language tag (`en`, `es-US`), written into HTML's `lang`. */
  locale: z.string().check(z.maxLength(35), z.regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/)),
  /** The renderers' words; English when absent. */
  ui: z.optional(
    z.object({
      step: word,
      steps: word,
      notes: word,
      staffNote: word,
      patientNote: word,
      warning: word,
      option: word,
      blocked: word,
    }),
  ),
  title: capped,
  intro: richTextSchema,
  steps: cappedArray(stepSchema, GUIDE_LIMITS.steps),
  notes: notesSchema,
  outcome: z.object({
    status: z.enum(['completed', 'blocked', 'open']),
    reason: z.nullable(capped),
  }),
});

/**
 * A guide as the renderers see it, after validation.
 *
 * @example
 * ```ts
 * const input: RenderGuide = readGuide(guide, 'renderText');
 * input.locale;
 * //=> 'en'
 * ```
 */
export type RenderGuide = z.infer<typeof guideSchema>;

/**
 * Validates a guide handed to a renderer, or throws `PortalHelpdeskError('invalid-input')`.
 *
 * @example
 * ```ts
 * readGuide('not a guide', 'renderText');
 * //=> throws PortalHelpdeskError { code: 'invalid-input' }
 * ```
 */
export function readGuide(guide: unknown, context: string): RenderGuide {
  // A guide buildGuide made is frozen and has this shape (the renderers ignore its other fields).
  if (isBuiltGuide(guide)) return guide as RenderGuide;
  return parseInput(guideSchema, guide, context);
}

/**
 * Notes in display order: warnings first, the rest as given.
 *
 * @example
 * ```ts
 * orderNotes([{ kind: 'staff', text: [] }, { kind: 'warning', text: [] }]).map((note) => note.kind);
 * //=> ['warning', 'staff']
 * ```
 */
export function orderNotes<Note extends { readonly kind: string }>(notes: readonly Note[]): Note[] {
  return [...notes.filter((n) => n.kind === 'warning'), ...notes.filter((n) => n.kind !== 'warning')];
}

export { flatten } from '../../internal/invisible.js';

// Characters that could end or escape a Markdown link destination or an HTML attribute, or hide in
// a URL: whitespace, every control and format character (bidi, zero-width), `<>"'()[]\` and the
// backtick. One character class: linear.

/**
 * The renderers' words for a guide: its own, or English. A host's locale supplies them, so they
 * are {@link flatten}ed like every other string: no line break, control or bidi override in them
 * reaches the output.
 *
 * @example
 * ```ts
 * uiOf({ ui: undefined }).steps;
 * //=> 'Steps'
 * uiOf({ ui: { ...uiOf({}), steps: 'Steps\n\n# Injected' } }).steps;
 * //=> 'Steps # Injected'
 * ```
 */
export function uiOf(guide: { readonly ui?: GuideWords['ui'] | undefined }): GuideWords['ui'] {
  const words: Record<string, string> = { ...(guide.ui ?? enUi) };
  for (const key in words) words[key] = flatten(words[key] as string);
  return words as GuideWords['ui'];
}
