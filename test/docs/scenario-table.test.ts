import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioFields } from '../../src/cli/scenario-keys.js';
import { workflowIds } from '../../src/workflows/index.js';

// docs/guides.md lists each workflow's scenario keys by hand, with what they mean; the keys come
// from the workflows' scenario schemas. A key added to a schema and not to the table fails here.
const table = readFileSync(new URL('../../docs/guides.md', import.meta.url), 'utf8');

describe('the scenario table of docs/guides.md', () => {
  it.each(workflowIds)('%s: names every scenario key and no other', (workflowId) => {
    const row = table.split('\n').find((line) => line.startsWith(`| \`${workflowId}\` |`));
    expect(row, `no row for ${workflowId}`).toBeDefined();
    const cell = row?.split('|')[2] ?? '';
    // The keys are the code spans that open the cell or follow a comma; values sit in parentheses.
    const keys = [...cell.replace(/\([^()]*(\([^()]*\)[^()]*)*\)/g, '').matchAll(/`([A-Za-z]+)`/g)].map(
      (match) => match[1],
    );
    expect(keys.sort()).toEqual(
      scenarioFields(workflowId)
        .map((field) => field.key)
        .sort(),
    );
  });
});
