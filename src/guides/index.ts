/**
 * Step guides derived from the workflow machines, in English and Spanish, rendered as Markdown,
 * HTML or plain text, and Mermaid diagrams of the machines.
 *
 * @packageDocumentation
 */
export type { PortalHelpdeskErrorCode, PortalHelpdeskIssue } from '../errors.js';
export { isPortalHelpdeskError, PortalHelpdeskError } from '../errors.js';
export type { CatalogEntry, GuideCatalog, GuideParams, GuideWords } from '../locales/guide-words.js';
export type { Locale } from '../locales/types.js';
export type { GuideNoteKey, GuideOptionKey } from '../workflows/shared/guide-keys.js';
export type { GuideScenario, GuideScenarios } from './build-guide.js';
export { buildGuide } from './build-guide.js';
export type { AcceptedEvent, DescribeStepOptions, StepView } from './describe-step.js';
export { describeStep } from './describe-step.js';
export { toMermaid } from './diagram.js';
export type {
  Guide,
  GuideAudience,
  GuideNote,
  GuideOption,
  GuideStep,
  RichText,
  TextSegment,
} from './guide.js';
export type { BuildGuideOptions, GuidePracticeOptions } from './guide-options.js';
export { DEFAULT_GUIDE_NOW } from './guide-options.js';
export type { LabelPolicy } from './label-policy.js';
export { mainScenarios } from './main-scenarios.js';
export { renderHtml } from './render/html.js';
export { renderMarkdown } from './render/markdown.js';
export { renderText } from './render/text.js';
export type {
  TriageAnswerChoice,
  TriageAnswerField,
  TriageAnswerView,
  TriageStepQuestion,
  TriageStepView,
} from './triage-view.js';
export type { GuideWordsOptions } from './words-options.js';
