/** The triage: symptom catalog, policy, `diagnose` and `describeSymptom`. */

export type {
  PracticeCauseCode,
  SymptomEntry,
  SymptomId,
  TriageCauseCode,
  TriageCheck,
  TriageFix,
  TriageQuestionId,
  WorkflowCauseCode,
} from './catalog.js';
export { causeFixes, symptomIds, triageCatalog } from './catalog.js';
export type {
  DiagnoseOptions,
  SymptomDescription,
  TriageCause,
  TriageDiagnosis,
  TriageQuestion,
} from './diagnose.js';
export { describeSymptom, diagnose } from './diagnose.js';
export type { TriageCheckResult } from './evaluate.js';
export type { TriageFactKey, TriageFacts } from './facts.js';
export type { TriagePolicy, TriagePolicyOverrides } from './policy.js';
export {
  defaultTriagePolicy,
  defineTriagePolicy,
  MAX_PRACTICE_ADVICE_LENGTH,
  practiceCauseCodes,
} from './policy.js';
