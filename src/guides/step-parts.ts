import type { AnyMachineSnapshot } from 'xstate';
import type { GuideParams, GuideWords } from '../locales/guide-words.js';
import type { GuideNoteKey } from '../workflows/shared/guide-keys.js';
import { stateId } from '../workflows/shared/state-id.js';
import type { StepMeta } from '../workflows/shared/step-meta.js';
import type { GuideAudience, GuideNote, RichText } from './guide.js';
import { noteKind } from './step-notes.js';

/** The words of one resting state, as both the step view and a printed guide show them. */
export type StepParts = {
  readonly stateId: string;
  readonly meta: StepMeta;
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
  const context: { startedFrom?: unknown } = snapshot.context ?? {};
  // Where a message was started decides whether the form can take files (only the home page's can).
  const stepParams: GuideParams =
    typeof context.startedFrom === 'string'
      ? { ...params, attachmentsAllowed: context.startedFrom === 'home-page' }
      : params;
  return {
    stateId: id,
    meta,
    // A patient's guide says a staff state's outcome in the patient's own voice.
    text: catalog.steps[audience === 'patient' && meta.patientGuide ? meta.patientGuide : meta.guide](
      stepParams,
    ),
    labels: meta.labels.map((label) => label.replaceAll('{patientName}', params.patientName)),
    notes: notesFor(stateNoteKeys(definition, snapshot, id), catalog, params, audience),
  };
}
