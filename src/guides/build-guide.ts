import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import { isPortalHelpdeskError, PortalHelpdeskError } from '../errors.js';
import { deepFreeze } from '../internal/freeze.js';
import { parseInput } from '../internal/validate.js';
import { defaultMessagePolicy } from '../rules/message-policy.js';
import { getWorkflow, type WorkflowId } from '../workflows/registry.js';
import { markBuilt } from './built-guides.js';
import type { Guide, GuideNote, GuideStep } from './guide.js';
import { guideInput } from './guide-inputs.js';
import { type BuildGuideOptions, type ResolvedGuideOptions, resolveGuideOptions } from './guide-options.js';
import type { GuideNoteKey } from './keys.js';
import type { GuideCatalog, GuideParams } from './locales/catalog.js';
import { catalogFor } from './locales/index.js';
import type { Decision } from './scenarios/decision.js';
import {
  drivers,
  type GuideScenario,
  type GuideScenarios,
  scenarioSchemas,
} from './scenarios/workflow-scenarios.js';
import { guideNotes, noteKind, stepNotes } from './step-notes.js';
import { createStepper, type Stepper } from './stepper.js';
import { type WalkedStep, walk } from './walk.js';

/**
 * Builds the step guide of a workflow for a scenario, by walking the workflow's machine: every
 * step is a state the machine reaches on the scenario's path, so the guide cannot drift from the
 * model. A choice the scenario leaves open (the security option, "I am" or "I manage"...) becomes
 * a step with each option as a sub-list, as the portal's own help does.
 *
 * @param workflowId - Which workflow (`registration`, `secure-message`, ...).
 * @param scenario - The branches to take, e.g. `{ channel: 'lab-result', security: 'call' }`.
 * @param options - Locale (`en`, `es`), audience (`staff`, `patient`) and personal details.
 * @returns A frozen {@link Guide}: plain data, ready for `renderMarkdown`, `renderHtml` or `renderText`.
 * @throws {PortalHelpdeskError} `unknown-workflow`, or `invalid-input` for a bad scenario or option.
 *
 * @example
 * ```ts
 * const guide = buildGuide('security-setup', { security: 'question' }, { locale: 'es', audience: 'patient' });
 * guide.steps.map((step) => step.key);
 * //=> ['security.chooseOption', 'security.answerQuestion', 'security.done']
 * ```
 */
export function buildGuide<Id extends WorkflowId>(
  workflowId: Id,
  scenario: GuideScenarios[Id] = {},
  options: BuildGuideOptions = {},
): Guide {
  const machine: AnyStateMachine = getWorkflow(workflowId).machine;
  // The schema for this id parses this id's scenario; TypeScript cannot follow the generic index.
  const resolvedScenario = parseInput(
    scenarioSchemas[workflowId],
    scenario,
    'buildGuide(scenario)',
  ) as GuideScenario & Record<string, unknown>;
  const resolved = resolveGuideOptions(options);
  const stepper = startWalk(machine, guideInput(workflowId, resolvedScenario, resolved));
  const driver = drivers[workflowId] as (id: string, snapshot: AnyMachineSnapshot, s: unknown) => Decision;
  const route = walk(stepper, stepper.start, (id, snapshot) => driver(id, snapshot, resolvedScenario));
  const catalog = catalogFor(resolved.locale);
  const params = guideParams(resolved, route.last, resolvedScenario);
  const output =
    route.last.status === 'done'
      ? (route.last.output as { status?: unknown; reason?: unknown } | undefined)
      : undefined;
  const guide: Guide = deepFreeze({
    workflowId,
    locale: resolved.locale,
    audience: resolved.audience,
    title: catalog.titles[workflowId],
    intro: catalog.intros[workflowId](params),
    steps: toSteps(route.steps, catalog, params, resolved),
    notes: notesFor(guideNotes[workflowId] ?? [], catalog, params, resolved),
    outcome: {
      status: output === undefined ? 'open' : output.status === 'blocked' ? 'blocked' : 'completed',
      reason: typeof output?.reason === 'string' ? output.reason : null,
    },
  });
  return markBuilt(guide);
}

function startWalk(machine: AnyStateMachine, input: unknown): Stepper {
  try {
    return createStepper(machine, input);
  } catch (error) {
    if (isPortalHelpdeskError(error))
      throw new PortalHelpdeskError('invalid-input', error.issues, 'buildGuide(options)');
    throw error;
  }
}

function toSteps(
  walked: readonly WalkedStep[],
  catalog: GuideCatalog,
  params: GuideParams,
  options: ResolvedGuideOptions,
): GuideStep[] {
  const steps: GuideStep[] = [];
  for (const step of walked) {
    // Patients see their own screens, and how a blocked path ends; staff-only screens are left out.
    if (options.audience === 'patient' && step.meta.audience === 'staff' && step.meta.outcome !== 'blocked')
      continue;
    steps.push({
      key: step.meta.guide,
      states: [step.stateId],
      text: catalog.steps[step.meta.guide](params),
      labels: step.meta.labels.map((label) => label.replaceAll('{patientName}', params.patientName)),
      notes: notesFor(stepNotes[step.meta.guide] ?? [], catalog, params, options),
      options: step.options.map((option) => ({
        key: option.key,
        text: catalog.options[option.key](params),
        steps: toSteps(option.steps, catalog, params, options),
      })),
    });
  }
  return steps;
}

function notesFor(
  keys: readonly GuideNoteKey[],
  catalog: GuideCatalog,
  params: GuideParams,
  options: ResolvedGuideOptions,
): GuideNote[] {
  const notes = keys
    .map((key) => ({ key, kind: noteKind(key), text: catalog.notes[key](params) }))
    .filter((note) => options.audience === 'staff' || note.kind !== 'staff');
  return [...notes.filter((n) => n.kind === 'warning'), ...notes.filter((n) => n.kind !== 'warning')];
}

function guideParams(
  options: ResolvedGuideOptions,
  last: AnyMachineSnapshot,
  scenario: Record<string, unknown>,
): GuideParams {
  const output = last.status === 'done' ? (last.output as Record<string, unknown> | undefined) : undefined;
  const underAge = output?.underAge as { who?: unknown; eligibleOn?: unknown } | undefined;
  const recipient = output?.recipient as { name?: unknown } | undefined;
  const department = output?.department as { name?: unknown } | undefined;
  const attachments = scenario.attachments;
  return {
    patientName: options.patientName,
    minimumAge: options.minimumAge,
    maxLength: defaultMessagePolicy.maxLength,
    maxAttachments: defaultMessagePolicy.maxAttachments,
    familyMemberName: options.familyMemberName,
    ...(options.portalUrl ? { portalUrl: options.portalUrl } : {}),
    // A turn-13 date is only meaningful for a real birth date, not the invented one of a generic guide.
    ...(options.patientBirthDate && underAge?.who === 'patient' && typeof underAge.eligibleOn === 'string'
      ? { eligibleOn: underAge.eligibleOn }
      : {}),
    ...(typeof attachments === 'number' ? { attachmentCount: attachments } : {}),
    ...(typeof recipient?.name === 'string' && recipient.name ? { providerName: recipient.name } : {}),
    ...(typeof department?.name === 'string' && department.name ? { locationName: department.name } : {}),
  };
}
