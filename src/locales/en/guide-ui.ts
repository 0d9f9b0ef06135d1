import type { GuideWords } from '../guide-words.js';

/**
 * The renderers' English words: also their default for a guide that carries none, so a renderer
 * alone never bundles the guide texts.
 *
 * @example
 * ```ts
 * ui.staffNote;
 * //=> 'Staff note'
 * ```
 */
export const ui = {
  step: 'Step',
  steps: 'Steps',
  notes: 'Notes',
  staffNote: 'Staff note',
  patientNote: 'Tip',
  warning: 'Important',
  option: 'Option',
  blocked: 'This task cannot be finished for now.',
} satisfies GuideWords['ui'];
