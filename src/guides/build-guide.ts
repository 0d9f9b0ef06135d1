import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import type * as z from 'zod/mini';
import { isPortalHelpdeskError, PortalHelpdeskError, type PortalHelpdeskIssue } from '../errors.js';
import { deepFreeze } from '../internal/freeze.js';
import { NOT_ONE_OF, toIssues, unreadable } from '../internal/validate.js';
import type { GuideParams, GuideWords } from '../locales/guide-words.js';
import { defaultMessagePolicy } from '../rules/message-policy.js';
import type { GuideSettings, WorkflowDefinition } from '../workflows/define-workflow.js';
import { type DefinitionOf, definitionOf, type WorkflowId } from '../workflows/definitions.js';
import type { Decision, StepDecider } from '../workflows/shared/guide-script.js';
import { markBuilt } from './built-guides.js';
import type { Guide, GuideNote, GuideStep, RichText } from './guide.js';
import { type BuildGuideOptions, type ResolvedGuideOptions, resolveGuideOptions } from './guide-options.js';
import { applyLabelPolicy, type LabelPolicy, policyLabel } from './label-policy.js';
import { notesFor, stepParts } from './step-parts.js';
import { createStepper, type Stepper } from './stepper.js';
import { type WalkedStep, walk } from './walk.js';
import { walkChecks } from './walk-checks.js';

/** The scenario of each workflow: the branches it picks. */
export type GuideScenarios = {
  [Id in WorkflowId]: DefinitionOf<Id> extends WorkflowDefinition<string, AnyStateMachine, infer S>
    ? S
    : never;
};

/** A scenario of any workflow. */
export type GuideScenario = GuideScenarios[WorkflowId];

/** Where a machine input field came from in `buildGuide`'s options, so errors name what the caller wrote. */
const optionPaths: Readonly<Record<string, readonly string[]>> = {
  'patient.birthDate': ['patientBirthDate'],
  'patient.displayName': ['patientName'],
  'practice.timeZone': ['practice', 'timeZone'],
  'practice.minimumAge': ['practice', 'minimumAge'],
  'practice.providers': ['practice', 'providers'],
  timeZone: ['practice', 'timeZone'],
  minimumAge: ['practice', 'minimumAge'],
  birthDate: ['patientBirthDate'],
  now: ['now'],
  providers: ['practice', 'providers'],
  providerBasedRouting: ['practice', 'providerBasedRouting'],
};

/**
 * Builds the step guide of a workflow for a scenario, by walking the workflow's machine with its
 * guide script: every step is a state the machine reaches on the scenario's path, described with
 * the same words as the live step view (`describeStep`), so the guide cannot drift from the
 * model. A choice the scenario leaves open (the security option, "I am" or "I manage"...) becomes
 * a step with each option as a sub-list, as the portal's own help does.
 *
 * @param workflowId - Which workflow (`registration`, `secure-message`, ...).
 * @param scenario - The branches to take, e.g. `{ channel: 'lab-result', security: 'call' }`. A key
 *   the workflow does not know, or one that does not apply on the path taken, is an error.
 * @param options - Locale (`en`, `es`), audience (`staff`, `patient`), personal details and
 *   practice settings. Details not given are neutral placeholders, never invented names.
 * @returns A frozen {@link Guide}: plain data, ready for `renderMarkdown`, `renderHtml` or `renderText`.
 * @throws {PortalHelpdeskError} `unknown-workflow`, or `invalid-input` naming the scenario key or option.
 *
 * @example
 * ```ts
 * import { es } from 'portal-helpdesk/locales/es';
 * const guide = buildGuide('security-setup', { security: 'question' }, { locale: es, audience: 'patient' });
 * guide.steps.map((step) => step.key);
 * //=> ['security.chooseOption', 'security.answerQuestion', 'security.done']
 * ```
 */
export function buildGuide<Id extends WorkflowId>(
  workflowId: Id,
  scenario: GuideScenarios[Id] = {} as GuideScenarios[Id],
  options: BuildGuideOptions = {},
): Guide {
  const definition = definitionOf(workflowId) as unknown as WorkflowDefinition<Id, AnyStateMachine, object>;
  const read = new Set<string>();
  const parsed = parseScenario(definition.guide.scenario, scenario);
  // Records which scenario keys the walk reads, so a key that never mattered is reported.
  const tracked = new Proxy(parsed, {
    get(target, key, receiver) {
      if (typeof key === 'string') read.add(key);
      return Reflect.get(target, key, receiver);
    },
  });
  const resolved = resolveGuideOptions(options);
  if (definition.staffOnly && resolved.audience === 'patient') {
    throw new PortalHelpdeskError(
      'invalid-input',
      [{ path: ['audience'], message: 'This workflow is for staff only; it has no patient guide' }],
      'buildGuide(options)',
    );
  }
  // The same machine as live sessions, with the walk's stated verdicts instead of the rules.
  const machine = definition.createMachine(walkChecks);
  const stepper = startWalk(machine, definition.guide.input(tracked, settingsOf(resolved)));
  const script = definition.guide.states as Readonly<Record<string, StepDecider<object> | undefined>>;
  const route = walk(stepper, stepper.start, (id, snapshot): Decision => {
    const decide = script[id];
    return decide ? decide(snapshot, tracked) : { kind: 'stop' };
  });
  const guideNotes = definition.guide.notes;
  const noteKeys = typeof guideNotes === 'function' ? guideNotes(tracked) : (guideNotes ?? []);
  const unused = Object.keys(parsed).filter((key) => !read.has(key));
  if (unused.length > 0) {
    throw new PortalHelpdeskError(
      'invalid-input',
      unused.map((key) => ({ path: [key], message: 'Does not apply on the path this scenario takes' })),
      'buildGuide(scenario)',
    );
  }
  const catalog = resolved.words;
  const params = guideParams(resolved, route.last);
  const output =
    route.last.status === 'done'
      ? (route.last.output as { status?: unknown; reason?: unknown } | undefined)
      : undefined;
  const worded = withLabelPolicy(
    {
      intro: catalog.intros[workflowId](output?.status === 'blocked' ? { ...params, blocked: true } : params),
      steps: toSteps(definition, route.steps, catalog, params, resolved),
      notes: notesFor(noteKeys, catalog, params, resolved.audience),
    },
    catalog,
    resolved.labels,
  );
  const guide: Guide = deepFreeze({
    workflowId,
    locale: resolved.locale,
    ui: catalog.ui,
    audience: resolved.audience,
    title: catalog.titles[workflowId],
    ...worded,
    outcome: {
      status: output === undefined ? 'open' : output.status === 'blocked' ? 'blocked' : 'completed',
      reason: typeof output?.reason === 'string' ? output.reason : null,
    },
  });
  return markBuilt(guide);
}

/**
 * Parses a scenario; unknown keys are named with the keys the workflow allows. A getter or proxy
 * trap that throws gives the library's error, never the host's.
 */
function parseScenario(schema: z.ZodMiniType, scenario: unknown): Record<string, unknown> {
  try {
    return readScenario(schema, scenario);
  } catch (error) {
    throw unreadable(error, 'buildGuide(scenario)');
  }
}

function readScenario(schema: z.ZodMiniType, scenario: unknown): Record<string, unknown> {
  const shape =
    (schema as unknown as { _zod: { def: { shape?: Record<string, unknown> } } })._zod.def.shape ?? {};
  const allowed = Object.keys(shape);
  if (typeof scenario === 'object' && scenario !== null && !Array.isArray(scenario)) {
    const unknownKeys = Object.keys(scenario).filter((key) => !Object.hasOwn(shape, key));
    if (unknownKeys.length > 0) {
      throw new PortalHelpdeskError(
        'invalid-input',
        unknownKeys.map((key) => ({
          path: [key],
          message:
            allowed.length > 0
              ? `Unknown scenario key; allowed: ${allowed.join(', ')}`
              : 'This workflow takes no scenario keys',
        })),
        'buildGuide(scenario)',
      );
    }
  }
  const result = schema.safeParse(scenario);
  if (result.success) return result.data as Record<string, unknown>;
  throw new PortalHelpdeskError(
    'invalid-input',
    result.error.issues.map((issue): PortalHelpdeskIssue => {
      const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part.description) : part));
      const values = issue.code === 'invalid_value' ? issue.values.map(String) : [];
      if (values.length > 0) return { path, message: `${NOT_ONE_OF}: ${values.join(', ')}` };
      return { path, message: toIssues([issue])[0]?.message ?? 'Invalid value' };
    }),
    'buildGuide(scenario)',
  );
}

function settingsOf(options: ResolvedGuideOptions): GuideSettings {
  return {
    patientName: options.patientName,
    patientBirthDate: options.patientBirthDate,
    familyMemberName: options.familyMemberName,
    now: options.now,
    timeZone: options.timeZone,
    minimumAge: options.minimumAge,
    providerBasedRouting: options.providerBasedRouting,
    providers: options.providers,
    portalUrl: options.portalUrl,
  };
}

function startWalk(machine: AnyStateMachine, input: unknown): Stepper {
  try {
    return createStepper(machine, input);
  } catch (error) {
    if (!isPortalHelpdeskError(error)) throw error;
    // The machine names its own input fields; the caller wrote options, so name those instead.
    const issues = error.issues.map((issue) => ({
      ...issue,
      // A field's own path, or its parent's mapped with the rest kept (`providers.1.id`).
      path: optionPaths[issue.path.join('.')] ?? [
        ...(optionPaths[String(issue.path[0])] ?? issue.path.slice(0, 1)),
        ...issue.path.slice(1),
      ],
    }));
    throw new PortalHelpdeskError('invalid-input', issues, 'buildGuide(options)');
  }
}

function toSteps(
  definition: { readonly notes: object },
  walked: readonly WalkedStep[],
  catalog: GuideWords,
  params: GuideParams,
  options: ResolvedGuideOptions,
  given = new Set<string>(),
): GuideStep[] {
  const steps: GuideStep[] = [];
  const shown = new Set<string>();
  for (const step of walked) {
    // Patients see their own screens, how a blocked path ends, and staff steps that have words for
    // the patient; other staff-only screens are left out.
    if (
      options.audience === 'patient' &&
      step.meta.audience === 'staff' &&
      step.meta.outcome !== 'blocked' &&
      step.meta.patientGuide === undefined
    )
      continue;
    const again = shown.has(step.stateId);
    shown.add(step.stateId);
    const parts = stepParts(
      definition,
      step.snapshot,
      catalog,
      { ...params, ...(step.chosen ? { chosen: step.chosen } : {}), ...(again ? { again } : {}) },
      options.audience,
    );
    if (parts === undefined) continue;
    // A note is given once on a path read from top to bottom; each option reads on from the notes
    // before it.
    const notes = parts.notes.filter((note) => !given.has(note.key));
    for (const note of notes) given.add(note.key);
    steps.push({
      key: parts.key,
      states: [step.stateId],
      text: parts.text,
      labels: parts.labels,
      notes,
      options: step.options.map((option) => ({
        key: option.key,
        text: catalog.options[option.key](params),
        steps: toSteps(definition, option.steps, catalog, params, options, new Set(given)),
      })),
    });
  }
  return steps;
}

type Worded = Pick<Guide, 'intro' | 'steps' | 'notes'>;

/**
 * Applies the label policy in reading order (intro, warnings, steps with their notes and options,
 * the other notes), so a label is glossed where the reader meets it first.
 */
function withLabelPolicy(worded: Worded, words: GuideWords, policy: LabelPolicy): Worded {
  const seen = new Set<string>();
  const apply = (text: RichText) => applyLabelPolicy(text, words, policy, seen);
  const note = (n: GuideNote): GuideNote => ({ ...n, text: apply(n.text) });
  const step = (s: GuideStep): GuideStep => ({
    ...s,
    text: apply(s.text),
    labels: s.labels.map((label) => policyLabel(label, words, policy)),
    notes: s.notes.map(note),
    options: s.options.map((option) => ({
      ...option,
      text: apply(option.text),
      steps: option.steps.map(step),
    })),
  });
  const intro = apply(worded.intro);
  const warnings = worded.notes.filter((n) => n.kind === 'warning').map(note);
  const steps = worded.steps.map(step);
  const others = worded.notes.filter((n) => n.kind !== 'warning').map(note);
  return { intro, steps, notes: [...warnings, ...others] };
}

function guideParams(options: ResolvedGuideOptions, last: AnyMachineSnapshot): GuideParams {
  const output = last.status === 'done' ? (last.output as Record<string, unknown> | undefined) : undefined;
  const underAge = output?.underAge as { who?: unknown; eligibleOn?: unknown } | undefined;
  const recipient = output?.recipient as { name?: unknown } | undefined;
  const department = output?.department as { name?: unknown } | undefined;
  const attachments = output?.attachmentCount;
  // An assist session refuses an under-age patient's tasks at its pre-checks, which know the date.
  const preChecks = (last.context as { preChecks?: { eligibility?: { eligibleOn?: unknown } | null } })
    .preChecks;
  const eligibleOn = underAge?.who === 'patient' ? underAge.eligibleOn : preChecks?.eligibility?.eligibleOn;
  return {
    patientName: options.patientName,
    minimumAge: options.minimumAge,
    maxLength: defaultMessagePolicy.maxLength,
    maxAttachments: defaultMessagePolicy.maxAttachments,
    familyMemberName: options.familyMemberName,
    ...(options.portalUrl ? { portalUrl: options.portalUrl } : {}),
    // A turn-13 date is only meaningful for a real birth date, not the invented one of a generic guide.
    ...(options.patientBirthDate && typeof eligibleOn === 'string' ? { eligibleOn } : {}),
    ...(typeof attachments === 'number' && attachments > 0 ? { attachmentCount: attachments } : {}),
    // A placeholder provider stands for "the one you need": the step then says so in words.
    ...(typeof recipient?.name === 'string' &&
    recipient.name &&
    recipient.name !== options.words.placeholders.provider
      ? { providerName: recipient.name }
      : {}),
    ...(typeof department?.name === 'string' &&
    department.name &&
    department.name !== options.words.placeholders.location
      ? { locationName: department.name }
      : {}),
  };
}
