import type { AnyMachineSnapshot } from 'xstate';
import type { GuideParams, GuideWords } from '../locales/guide-words.js';
import type { GuideNoteKey, GuideStepKey } from '../workflows/shared/guide-keys.js';
import { stateId } from '../workflows/shared/state-id.js';
import type { StepMeta } from '../workflows/shared/step-meta.js';
import type { GuideAudience, GuideNote, RichText } from './guide.js';
import { noteKind } from './step-notes.js';

/** The words of one resting state, as both the step view and a printed guide show them. */
export type StepParts = {
  readonly stateId: string;
  readonly meta: StepMeta;
  /** The words key shown: the patient's own version of a staff state in a patient guide. */
  readonly key: GuideStepKey;
  readonly text: RichText;
  readonly labels: readonly string[];
  readonly notes: readonly GuideNote[];
};

/**
 * The meta of the deepest active state node, if it has one.
 *
 * @example
 * ```ts
 * leafMeta(snapshot)?.guide;
 * //=> 'security.enteringCode'
 * ```
 */
export function leafMeta(snapshot: AnyMachineSnapshot): StepMeta | undefined {
  const all = snapshot.getMeta() as Record<string, StepMeta | undefined>;
  let best: StepMeta | undefined;
  let bestDepth = -1;
  for (const [nodeId, meta] of Object.entries(all)) {
    const depth = nodeId.split('.').length;
    if (meta && depth > bestDepth) {
      best = meta;
      bestDepth = depth;
    }
  }
  return best;
}

/** Notes as a guide shows them: staff notes only for staff, warnings first. */
export function notesFor(
  keys: readonly GuideNoteKey[],
  catalog: GuideWords,
  params: GuideParams,
  audience: GuideAudience,
): GuideNote[] {
  const notes = keys
    .map((key) => ({ key, kind: noteKind(key), text: catalog.notes[key](params) }))
    .filter((note) => audience === 'staff' || note.kind !== 'staff');
  return [...notes.filter((n) => n.kind === 'warning'), ...notes.filter((n) => n.kind !== 'warning')];
}

/** The note keys a definition attaches to a state, read from the state's context when they depend on it. */
export function stateNoteKeys(
  definition: { readonly notes: object },
  snapshot: AnyMachineSnapshot,
  id: string,
): readonly GuideNoteKey[] {
  const notes = (definition.notes as Record<string, unknown>)[id];
  if (typeof notes === 'function')
    return (notes as (context: unknown) => readonly GuideNoteKey[])(snapshot.context);
  return (notes as readonly GuideNoteKey[] | undefined) ?? [];
}

/**
 * The words of a resting state: its instruction, personalised labels and notes. `undefined` for a
 * state without meta (a transient state, never at rest).
 */
export function stepParts(
  definition: { readonly notes: object },
  snapshot: AnyMachineSnapshot,
  catalog: GuideWords,
  params: GuideParams,
  audience: GuideAudience,
): StepParts | undefined {
  const meta = leafMeta(snapshot);
  if (meta === undefined) return undefined;
  const id = stateId(snapshot.value);
  const context: {
    startedFrom?: unknown;
    blocked?: { reason?: unknown } | null;
    currentTask?: unknown;
    triage?: { fix?: { kind?: unknown } | null } | null;
  } = snapshot.context ?? {};
  const blockedReason = context.blocked?.reason;
  const task = context.currentTask;
  // Where a message was started decides whether the form can take files (only the home page's can).
  const stepParams: GuideParams = {
    ...params,
    ...(typeof context.startedFrom === 'string'
      ? { attachmentsAllowed: context.startedFrom === 'home-page' }
      : {}),
    // A diagnosis offers its fix's task only when it has one (a practice's advice has none).
    ...(context.triage ? { fixTask: context.triage.fix?.kind === 'workflow' } : {}),
    // An assist task that cannot start or stopped: the step says why.
    ...(typeof blockedReason === 'string' ? { blockedReason } : {}),
    // The assist session's running task, by its own guide's title.
    ...(typeof task === 'string' && Object.hasOwn(catalog.titles, task)
      ? { taskTitle: catalog.titles[task as keyof GuideWords['titles']] }
      : {}),
  };
  const key = audience === 'patient' && meta.patientGuide ? meta.patientGuide : meta.guide;
  return {
    stateId: id,
    meta,
    key,
    text: catalog.steps[key](stepParams),
    labels: meta.labels.map((label) => label.replaceAll('{patientName}', () => params.patientName)),
    notes: notesFor(stateNoteKeys(definition, snapshot, id), catalog, params, audience),
  };
}
