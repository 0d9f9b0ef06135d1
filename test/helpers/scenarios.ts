import type { BuildGuideOptions, Guide } from '../../src/guides/index.js';
import { buildGuide, type GuideScenario, mainScenarios } from '../../src/guides/index.js';
import { isPortalHelpdeskError } from '../../src/index.js';
import { type WorkflowId, workflows } from '../../src/workflows/index.js';

type Def = { type?: string; innerType?: { _zod: { def: Def } }; entries?: Record<string, string> };

/** The values one scenario key can take, read from the workflow's scenario schema. */
function valuesOf(field: { _zod: { def: Def } }): readonly unknown[] {
  let def = field._zod.def;
  while (def.type === 'optional' && def.innerType) def = def.innerType._zod.def;
  if (def.type === 'boolean') return [true, false];
  if (def.type === 'enum' && def.entries) return Object.values(def.entries);
  return [];
}

/**
 * Scenarios of a workflow: its main scenarios, and each main scenario with any one key set to any
 * of its values (the open one included), so every branch and every fact shows up in some guide.
 */
export function scenarioVariants(workflowId: WorkflowId): Record<string, unknown>[] {
  const schema = workflows[workflowId].guide.scenario as unknown as {
    _zod: { def: { shape: Record<string, { _zod: { def: Def } }> } };
  };
  const shape = schema._zod.def.shape;
  const result: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  const add = (scenario: Record<string, unknown>) => {
    const key = JSON.stringify(Object.entries(scenario).sort());
    if (!seen.has(key)) {
      seen.add(key);
      result.push(scenario);
    }
  };
  for (const main of Object.values(mainScenarios[workflowId]) as Record<string, unknown>[]) {
    add(main);
    for (const [key, field] of Object.entries(shape)) {
      for (const value of valuesOf(field)) add({ ...main, [key]: value });
    }
  }
  return result;
}

/**
 * The guides of every scenario variant that applies (a key that does not apply on the path taken
 * is refused by `buildGuide`, and skipped here).
 */
export function guidesOf(workflowId: WorkflowId, options: BuildGuideOptions): Guide[] {
  const guides: Guide[] = [];
  for (const scenario of scenarioVariants(workflowId)) {
    try {
      guides.push(buildGuide(workflowId, scenario as GuideScenario as never, options));
    } catch (error) {
      if (!isPortalHelpdeskError(error) || error.code !== 'invalid-input') throw error;
    }
  }
  return guides;
}
