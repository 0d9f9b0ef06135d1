// Packs the package exactly as `npm publish` would ship it, from the dist/ already built: no
// lifecycle scripts (prepack would rebuild), so a check tests what the build step made.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs `npm pack --ignore-scripts` into `destination` and returns the tarball's path. Exits the
 * process with a clear message when dist/ has not been built.
 */
export function packBuilt(destination) {
  if (!existsSync(join(root, 'dist', 'index.d.cts'))) {
    console.error(`${process.argv[1]}: dist/ is missing; run \`npm run build\` first`);
    process.exit(1);
  }
  const output = execFileSync(
    'npm',
    ['pack', '--silent', '--ignore-scripts', '--pack-destination', destination],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const name = output.trim().split('\n').at(-1);
  if (!name) throw new Error('npm pack printed no tarball name');
  return join(destination, name);
}
