// @ts-check
// Bundles the staff panel (src/main.ts) with the library's ESM build into dist/main.js.
// `node build.mjs --serve` also serves this folder on http://127.0.0.1:8000 for a look by hand.
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));

/** @type {esbuild.BuildOptions} */
const options = {
  absWorkingDir: here,
  entryPoints: ['src/main.ts'],
  // This folder's own tsconfig, not the repository's (whose paths point the package name at src/).
  tsconfig: 'tsconfig.json',
  outfile: 'dist/main.js',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  sourcemap: true,
  logLevel: 'warning',
};

if (process.argv.includes('--serve')) {
  const context = await esbuild.context(options);
  const { hosts, port } = await context.serve({ servedir: here, host: '127.0.0.1', port: 8000 });
  console.log(`Serving the staff panel on http://${hosts[0]}:${port}/`);
} else {
  await esbuild.build(options);
}
