import type { GuideWords } from '../locales/guide-words.js';
import type { RichText } from '../locales/text.js';

export type { RichText, TextSegment } from '../locales/text.js';

import type { WorkflowId } from '../workflows/definitions.js';
import type { GuideNoteKey, GuideOptionKey } from '../workflows/shared/guide-keys.js';
import type { GuideStepKey } from '../workflows/shared/step-meta.js';

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
  /** The language tag of the locale the guide was written in (`en`, `es`...). */
  readonly locale: string;
  /** The renderers' words (headings, note prefixes) in the guide's language. */
  readonly ui: GuideWords['ui'];
  readonly audience: GuideAudience;
  readonly title: string;
  readonly intro: RichText;
  readonly steps: readonly GuideStep[];
  /** Notes about the whole task (warnings first). */
  readonly notes: readonly GuideNote[];
  /** How the path ends: completed, or blocked and why (a reason code). */
  readonly outcome: { readonly status: 'completed' | 'blocked' | 'open'; readonly reason: string | null };
};
