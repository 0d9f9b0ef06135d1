import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

/** The source files a browser bundle of `entry` keeps (React left out as the host's). */
async function bundledInputs(entry: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: `import * as all from '${src}${entry}';\nconsole.log(all);`, resolveDir: src },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    external: ['react', 'react-dom'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  return Object.keys(output?.inputs ?? {});
}

describe('the react entry', () => {
  it('sits on guides and workflows, never on testing or the CLI', async () => {
    const inputs = await bundledInputs('react/index.ts');
    expect(inputs.some((path) => path.includes('src/react/use-assist-session.ts'))).toBe(true);
    expect(inputs.some((path) => path.includes('src/guides/describe-step.ts'))).toBe(true);
    expect(inputs.filter((path) => /src\/(testing|cli)\//.test(path))).toEqual([]);
  });

  it('is the only entry that imports React', async () => {
    for (const entry of ['index.ts', 'rules/index.ts', 'workflows/index.ts', 'guides/index.ts']) {
      const inputs = await bundledInputs(entry);
      expect(inputs.filter((path) => /src\/react\/|node_modules\/react/.test(path))).toEqual([]);
    }
  });
});
