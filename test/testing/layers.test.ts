import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// ARCHITECTURE.md: `testing` sits on top and nothing imports it; the CLI is the only I/O and no
// library module imports it either. Read from the sources' own import statements, so a new
// import of either layer fails here before it ships.
const src = fileURLToPath(new URL('../../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every relative module a file imports or re-exports, as a path under `src/`. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map(
    (match) => match[1] ?? '',
  );
  return specifiers.map((specifier) =>
    relative(src, resolve(dirname(file), specifier))
      .split(sep)
      .join('/'),
  );
}

const layerOf = (path: string): string => path.split('/')[0] ?? '';

describe('layers', () => {
  const files = sourceFiles(src).map((file) => ({
    path: relative(src, file).split(sep).join('/'),
    imports: importsOf(file),
  }));

  it('reads the import statements (the check below has something to check)', () => {
    const cliGuide = files.find((file) => file.path === 'cli/commands/guide.ts');
    expect(cliGuide?.imports).toContain('workflows/assist/samples.js');
    expect(files.find((file) => file.path === 'testing/index.ts')?.imports).toContain(
      'testing/workflow-paths.js',
    );
  });

  it.each(['testing', 'cli'])('no module outside src/%s imports it', (layer) => {
    const offenders = files
      .filter((file) => layerOf(file.path) !== layer)
      .flatMap((file) =>
        file.imports.filter((path) => layerOf(path) === layer).map((path) => `${file.path} -> ${path}`),
      );
    expect(offenders).toEqual([]);
  });

  it('the samples are imported by the testing entry and the CLI only', () => {
    const importers = files
      .filter((file) => file.imports.includes('workflows/assist/samples.js'))
      .map((file) => layerOf(file.path));
    expect(new Set(importers)).toEqual(new Set(['testing', 'cli']));
  });
});
