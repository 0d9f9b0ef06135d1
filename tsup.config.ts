import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'rules/index': 'src/rules/index.ts',
      'workflows/index': 'src/workflows/index.ts',
      'guides/index': 'src/guides/index.ts',
      'testing/index': 'src/testing/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    // Shared chunks keep one PortalHelpdeskError class across entry points, so instanceof holds.
    splitting: true,
    treeshake: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    // The CLI: Node only, ESM, never part of a browser bundle (no entry in `exports`).
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
