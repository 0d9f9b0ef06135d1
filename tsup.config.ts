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
]);
