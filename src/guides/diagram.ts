import type { AnyStateNode, AnyTransitionDefinition } from 'xstate';
import type { WorkflowId } from '../workflows/definitions.js';
import { getWorkflow } from '../workflows/registry.js';
import { EVENT_IS_VALID } from '../workflows/shared/event-guard.js';

const INDENT = '  ';

// Words Mermaid's state-diagram lexer reads as keywords, compared case-insensitively. It reads
// `default` even at the start of a longer word, so such ids get a prefix instead.
const RESERVED = new Set(['state', 'note', 'class', 'classdef', 'scale', 'direction', 'hide', 'end']);

/**
 * A Mermaid `stateDiagram-v2` of a workflow machine, built from its state tree: every state
 * (composite states as nested blocks), `[*] -->` to each initial state, every transition that
 * changes state labelled with its event type and, when guarded, `[guard]`; `always` transitions
 * labelled with their guard (`else` for the fallback), `onDone` transitions `done`, and final
 * states `--> [*]`. Transitions without a target (they only run actions) are left out.
 *
 * Ids are the state's path joined with `_` (`security_enteringCode`); nested states carry their
 * own name as a description. The output depends only on the machine definition, so it is stable.
 *
 * @param workflowId - A workflow id from the registry.
 * @returns The diagram text, ending in a newline.
 * @throws PortalHelpdeskError `unknown-workflow` when the id is not a known workflow.
 *
 * @example
 * ```ts
 * toMermaid('profile-switch');
 * //=> 'stateDiagram-v2\n  [*] --> portalHome\n  portalHome\n  menuOpen\n  ...\n  portalHome --> menuOpen : OPEN_MENU\n  ...'
 * ```
 */
export function toMermaid(workflowId: WorkflowId): string {
  const root: AnyStateNode = getWorkflow(workflowId).machine.root;
  const ids = assignIds(root);
  const edges = collectEdges(root, ids);
  const lines = ['stateDiagram-v2', ...block(root, 1, ids, edges)];
  return `${lines.join('\n')}\n`;
}

type Edge = { readonly owner: AnyStateNode; readonly line: string };

/** Unique Mermaid ids for every state but the root, in document order. */
function assignIds(root: AnyStateNode): Map<AnyStateNode, string> {
  const ids = new Map<AnyStateNode, string>();
  const used = new Set<string>();
  const visit = (node: AnyStateNode) => {
    for (const child of children(node)) {
      let base = child.path.map((part) => part.replace(/\W/g, '_')).join('_') || '_';
      if (/^default/i.test(base)) base = `s_${base}`;
      else if (RESERVED.has(base.toLowerCase())) base = `${base}_`;
      let id = base;
      for (let n = 2; used.has(id); n += 1) id = `${base}_${n}`;
      used.add(id);
      ids.set(child, id);
      visit(child);
    }
  };
  visit(root);
  return ids;
}

/** Every transition as a Mermaid line, owned by the block of the nearest common ancestor. */
function collectEdges(root: AnyStateNode, ids: Map<AnyStateNode, string>): Edge[] {
  const edges: Edge[] = [];
  const visit = (node: AnyStateNode) => {
    const source = ids.get(node);
    if (source !== undefined) {
      for (const [eventType, transitions] of node.transitions) {
        transitions.forEach((transition, index) => {
          const label = eventLabel(eventType, transition, transitions.slice(0, index));
          for (const target of transition.target ?? []) edges.push(edge(node, source, target, ids, label));
        });
      }
      const always = node.always ?? [];
      always.forEach((transition, index) => {
        const guarded = always.slice(0, index).some((earlier) => earlier.guard !== undefined);
        const label =
          transition.guard === undefined ? (guarded ? 'else' : 'always') : guardLabel(transition.guard);
        for (const target of transition.target ?? []) edges.push(edge(node, source, target, ids, label));
      });
    }
    for (const child of children(node)) visit(child);
  };
  visit(root);
  return edges;
}

function edge(
  source: AnyStateNode,
  sourceId: string,
  target: AnyStateNode,
  ids: Map<AnyStateNode, string>,
  label: string,
): Edge {
  const owner = commonAncestor(source.parent ?? source, target.parent ?? target);
  return { owner, line: `${sourceId} --> ${ids.get(target) ?? '[*]'} : ${sanitize(label)}` };
}

function block(
  node: AnyStateNode,
  depth: number,
  ids: Map<AnyStateNode, string>,
  edges: readonly Edge[],
): string[] {
  const pad = INDENT.repeat(depth);
  const lines: string[] = [];
  const kids = children(node);
  if (node.type === 'compound') {
    for (const target of node.initial.target) lines.push(`${pad}[*] --> ${ids.get(target) ?? '[*]'}`);
  }
  kids.forEach((child, index) => {
    const id = ids.get(child) ?? '';
    if (node.type === 'parallel' && index > 0) lines.push(`${pad}--`);
    if (child.type === 'compound' || child.type === 'parallel') {
      lines.push(`${pad}state ${id} {`, ...block(child, depth + 1, ids, edges), `${pad}}`);
    } else {
      lines.push(id === child.key ? `${pad}${id}` : `${pad}state "${child.key.replace(/"/g, "'")}" as ${id}`);
    }
  });
  for (const edge of edges) if (edge.owner === node) lines.push(pad + edge.line);
  for (const child of kids) if (child.type === 'final') lines.push(`${pad}${ids.get(child) ?? ''} --> [*]`);
  return lines;
}

function children(node: AnyStateNode): AnyStateNode[] {
  return Object.values(node.states);
}

function commonAncestor(a: AnyStateNode, b: AnyStateNode): AnyStateNode {
  const ancestors = new Set<AnyStateNode>();
  for (let node: AnyStateNode | undefined = a; node; node = node.parent) ancestors.add(node);
  for (let node: AnyStateNode | undefined = b; node; node = node.parent) if (ancestors.has(node)) return node;
  return a;
}

/**
 * The guard a diagram shows: every event transition first checks the event's payload
 * (`eventIsValid`), which would only clutter the picture.
 */
function shownGuard(guard: unknown): unknown {
  if (guard === EVENT_IS_VALID) return undefined;
  const parts: unknown = typeof guard === 'function' ? (guard as { guards?: unknown }).guards : undefined;
  if (
    typeof guard === 'function' &&
    guard.name === 'and' &&
    Array.isArray(parts) &&
    parts[0] === EVENT_IS_VALID
  )
    return parts.length === 2 ? parts[1] : guard;
  return guard;
}

/** `EVENT`, `EVENT [guard]`, `done`, `done [guard]` or `<actor> done`. */
function eventLabel(
  eventType: string,
  transition: AnyTransitionDefinition,
  earlier: readonly AnyTransitionDefinition[],
): string {
  const name = eventType.startsWith('xstate.done.state.')
    ? 'done'
    : eventType.startsWith('xstate.done.actor.')
      ? `${eventType.slice('xstate.done.actor.'.length)} done`
      : eventType;
  const guard = shownGuard(transition.guard);
  if (guard !== undefined) return `${name} [${guardLabel(guard)}]`;
  return earlier.some((t) => shownGuard(t.guard) !== undefined) ? `${name} [else]` : name;
}

/** A guard's name, with its parameters when it has any: `channelIs(lab-result)`. */
function guardLabel(guard: unknown): string {
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'function') {
    // xstate's `and`, `or` and `not` are functions carrying the guards they combine.
    const parts: unknown = (guard as { guards?: unknown }).guards;
    if (Array.isArray(parts) && ['and', 'or', 'not'].includes(guard.name)) {
      const labels = parts.map(guardLabel);
      return guard.name === 'not' ? `not ${labels.join(' ')}` : labels.join(` ${guard.name} `);
    }
    return guard.name || 'guard';
  }
  if (typeof guard === 'object' && guard !== null && 'type' in guard) {
    const type = String(guard.type);
    const params = 'params' in guard ? paramText(guard.params) : '';
    return params === '' ? type : `${type}(${params})`;
  }
  return 'guard';
}

function paramText(params: unknown): string {
  if (params === undefined || params === null || typeof params === 'function') return '';
  if (Array.isArray(params)) return params.map(paramText).join(', ');
  if (typeof params === 'object') return Object.values(params).map(paramText).join(', ');
  return String(params);
}

/** Mermaid ends a label at `:`, `;` or a line break, and reads `#` as the start of an entity. */
function sanitize(label: string): string {
  return label
    .replace(/[:;#\p{Cc}]/gu, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}
