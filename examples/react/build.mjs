// @ts-check
// Builds the React staff panel with Vite into dist/ (`node build.mjs`), or builds and serves it on
// http://127.0.0.1:8001 for a look by hand (`node build.mjs --preview`). `portal-helpdesk` is the
// packed package that scripts/install-example-package.sh puts in node_modules; React comes from
// the repository's node_modules.
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The Vite configuration of the app, for this folder or a copy of it (scripts/size.mjs builds one).
 *
 * @param {string} root - The folder with index.html and src/.
 * @param {string} outDir - Where the built app goes.
 * @returns {import('vite').InlineConfig}
 */
export function viteConfig(root = here, outDir = 'dist') {
  return {
    root,
    configFile: false,
    logLevel: 'warn',
    // Vite's own JSX transform (the automatic runtime): no React plugin needed for a build.
    oxc: { jsx: { runtime: 'automatic' } },
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await build(viteConfig());
  if (process.argv.includes('--preview')) {
    const server = await preview({ ...viteConfig(), preview: { host: '127.0.0.1', port: 8001 } });
    server.printUrls();
  }
}
