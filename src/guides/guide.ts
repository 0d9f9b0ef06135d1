import type { Locale } from '../internal/locale.js';
import type { WorkflowId } from '../workflows/registry.js';
import type { GuideNoteKey, GuideOptionKey } from '../workflows/shared/guide-keys.js';
import type { GuideStepKey } from '../workflows/shared/step-meta.js';

/**
 * One run of guide text. Renderers style each kind: `label` is an exact portal UI label (bold),
 * `value` is personalised data such as the patient's name (always escaped), `link` a URL.
 */
export type TextSegment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'label'; readonly text: string }
  | { readonly kind: 'value'; readonly text: string }
  | { readonly kind: 'link'; readonly text: string; readonly href: string };

/** Guide text as segments, so no renderer ever has to parse markup out of a string. */
export type RichText = readonly TextSegment[];

/** Who reads a guide: `staff` sees staff notes as well; `patient` only what the patient does and sees. */
export type GuideAudience = 'staff' | 'patient';

/** A note beside a step or the whole guide. */
export type GuideNote = {
  readonly key: GuideNoteKey;
  /** `patient`: a tip for the patient; `staff`: for staff only; `warning`: something that must not be done. */
  readonly kind: 'patient' | 'staff' | 'warning';
  readonly text: RichText;
};

/** One choice at a branch point, with the steps that follow it until the paths meet again. */
export type GuideOption = {
  readonly key: GuideOptionKey;
  readonly text: RichText;
  readonly steps: readonly GuideStep[];
};

/** One numbered step. `states` are the machine states it stands for (ids such as `security.enteringCode`). */
export type GuideStep = {
  readonly key: GuideStepKey;
  readonly states: readonly string[];
  readonly text: RichText;
  /** The exact UI labels involved, personalised (`I am Jordan Rivera`). */
  readonly labels: readonly string[];
  readonly notes: readonly GuideNote[];
  /** Present at a branch point the scenario left open: each option as a sub-list. */
  readonly options: readonly GuideOption[];
};

/** A step guide: plain, serialisable data, rendered by `renderMarkdown`, `renderHtml` or `renderText`. */
export type Guide = {
  readonly workflowId: WorkflowId;
  readonly locale: Locale;
  readonly audience: GuideAudience;
  readonly title: string;
  readonly intro: RichText;
  readonly steps: readonly GuideStep[];
  /** Notes about the whole task (warnings first). */
  readonly notes: readonly GuideNote[];
  /** How the path ends: completed, or blocked and why (a reason code). */
  readonly outcome: { readonly status: 'completed' | 'blocked' | 'open'; readonly reason: string | null };
};
