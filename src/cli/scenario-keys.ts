import * as z from 'zod/mini';
// The one place the CLI reads the workflows' guide scenario schemas: keys, allowed values and help text
// all come from them, so a new scenario field needs no CLI change.
import type { WorkflowId } from '../workflows/definitions.js';
import { getWorkflow } from '../workflows/registry.js';
import { didYouMean } from './suggest.js';
import { UsageError } from './usage-error.js';

/** One scenario field as the CLI describes it: its name and, for a choice, the allowed values. */
export interface ScenarioField {
  readonly key: string;
  readonly values?: readonly string[];
  readonly type: string;
}

type FieldSchema = { type?: string; enum?: unknown[]; minimum?: number; maximum?: number };

/** The scenario fields of a workflow, read from its scenario schema (via zod's JSON Schema). */
export function scenarioFields(workflowId: WorkflowId): ScenarioField[] {
  const schema = z.toJSONSchema(getWorkflow(workflowId).guide.scenario as z.ZodMiniType, {
    io: 'input',
    unrepresentable: 'any',
  });
  const properties = (schema.properties ?? {}) as Record<string, FieldSchema>;
  return Object.entries(properties).map(([key, field]) => {
    const values = field.enum?.filter((value): value is string => typeof value === 'string');
    const range =
      field.minimum !== undefined && field.maximum !== undefined ? ` ${field.minimum}-${field.maximum}` : '';
    return values
      ? { key, values, type: values.join('|') }
      : { key, type: `${field.type ?? 'value'}${range}` };
  });
}

/**
 * Checks scenario keys and choice values before the guide is built, so that an unknown key is
 * named (with the closest known key) and a bad choice lists the allowed values. The value typed is
 * never repeated, nor is an unknown word written without `=` (`--scenario lab-result`): it may be
 * a value typed without its key. Types and ranges are left to `buildGuide`.
 */
export function checkScenario(
  workflowId: WorkflowId,
  scenario: Readonly<Record<string, unknown>>,
  bare: ReadonlySet<string> = new Set(),
): void {
  const fields = scenarioFields(workflowId);
  const keys = fields.map((field) => field.key);
  for (const [key, value] of Object.entries(scenario)) {
    const field = fields.find((candidate) => candidate.key === key);
    if (field === undefined) {
      const known = keys.length > 0 ? keys.join(', ') : 'none';
      throw new UsageError(
        bare.has(key)
          ? `--scenario expects key=value${didYouMean(key, keys)} (${workflowId} keys: ${known})`
          : `--scenario: unknown key "${key}"${didYouMean(key, keys)} (${workflowId} keys: ${known})`,
      );
    }
    if (field.values && !field.values.includes(String(value)))
      throw new UsageError(`--scenario ${key} must be one of ${field.values.join(', ')}`);
  }
}

/** Help lines listing each workflow's scenario keys, for `guide --help`. */
export function scenarioHelp(workflowIds: readonly WorkflowId[]): string {
  return workflowIds
    .map(
      (id) =>
        `  ${id}: ${
          scenarioFields(id)
            .map((field) => `${field.key}=${field.type}`)
            .join(' ') || '(none)'
        }`,
    )
    .join('\n');
}
