import { defineConfig } from 'tsup';

const entry = {
  index: 'src/index.ts',
  'rules/index': 'src/rules/index.ts',
  'workflows/index': 'src/workflows/index.ts',
  'guides/index': 'src/guides/index.ts',
  'testing/index': 'src/testing/index.ts',
  'locales/en/index': 'src/locales/en/index.ts',
  'locales/es/index': 'src/locales/es/index.ts',
  'element/index': 'src/element/index.ts',
  'react/index': 'src/react/index.ts',
  'search/index': 'src/search/index.ts',
};

// The React binding's peers: never bundled into our files.
const external = ['react', 'react-dom', 'react/jsx-runtime', '@xstate/react'];

export default defineConfig([
  {
    // For Node (`import`, `require`): few files, so a cold import reads little. Shared chunks keep
    // one PortalHelpdeskError class across entry points, so instanceof holds.
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    treeshake: true,
    clean: true,
    target: 'es2022',
    sourcemap: true,
    platform: 'neutral',
    external,
  },
  {
    // For bundlers (the `module` condition): one file per source module, so that with
    // `sideEffects: false` a browser bundle keeps only the modules it uses (see docs/decisions.md).
    entry: ['src/**/*.ts', '!src/cli/**', '!src/**/*.d.ts'],
    outDir: 'dist/esm',
    format: ['esm'],
    bundle: false,
    dts: false,
    clean: false,
    target: 'es2022',
    sourcemap: true,
    platform: 'neutral',
  },
  {
    // The CLI: Node only, ESM, never part of a browser bundle (no entry in `exports`).
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'node20',
    sourcemap: true,
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
