import * as z from 'zod/mini';
import { localeSchema } from '../../internal/locale.js';
import { parseInput } from '../../internal/validate.js';
import { isBuiltGuide } from '../built-guides.js';

// What the renderers read from a Guide, checked lightly: the shapes they walk, not the keys or
// states they ignore (unknown fields are stripped, never rendered).

const segmentSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({ kind: z.literal('label'), text: z.string() }),
  z.object({ kind: z.literal('value'), text: z.string() }),
  z.object({ kind: z.literal('link'), text: z.string(), href: z.string() }),
]);

const richTextSchema = z.array(segmentSchema);

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

const stepSchema: z.ZodMiniType<RenderStep> = z.lazy(() =>
  z.object({
    text: richTextSchema,
    notes: z.array(noteSchema),
    options: z.array(z.object({ text: richTextSchema, steps: z.array(stepSchema) })),
  }),
);

const guideSchema = z.object({
  workflowId: z.string(),
  locale: localeSchema,
  title: z.string(),
  intro: richTextSchema,
  steps: z.array(stepSchema),
  notes: z.array(noteSchema),
  outcome: z.object({
    status: z.enum(['completed', 'blocked', 'open']),
    reason: z.nullable(z.string()),
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

/**
 * Collapses line breaks and control characters to single spaces, so no interpolated value can
 * start a new line (a fake step, heading or quote) in any output.
 *
 * @example
 * ```ts
 * flatten('Jordan\n# Rivera');
 * //=> 'Jordan # Rivera'
 * ```
 */
export function flatten(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ');
}

/**
 * The URL to link to, normalised, when it is an absolute `http:` or `https:` URL; otherwise
 * `undefined`, and the renderer shows the link's text without a link.
 *
 * @example
 * ```ts
 * safeHref('https://portal.example.com/login');
 * //=> 'https://portal.example.com/login'
 * safeHref('javascript:alert(1)');
 * //=> undefined
 * ```
 */
export function safeHref(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}
