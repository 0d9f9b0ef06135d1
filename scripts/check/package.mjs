#!/usr/bin/env node
// `npm run test:package`: lints the packed tarball with publint (strict: warnings fail) and checks
// its types with attw under the node16 profile (node10 is out of scope, see docs/decisions.md).
// Then checks the tarball stays sane: under its size budget, only dist/ and docs beside the
// manifest, and every source map beside its file and self-contained (sourcesContent, since src/ is
// not shipped). Prints one line per check when all is well; on a problem, the details and exit 1.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packBuilt, root } from './pack.mjs';

/**
 * Packed (gzipped) tarball budget: about 1.0 MB with source maps in December 2026. Issue 13 (one
 * more workflow, bundled into every entry, with its source maps and guides, then the label policy
 * and regenerated guides): 1.51 MB. Issue 14 (the triage and `portal-helpdesk/search`: their words
 * and code are in every bundle that holds a rule or a locale, each with its source map): about
 * 0.15 MB more. Issue #11 (the guide bundle: machine factories, injected checks, the triage's
 * word-free core, each a module of its own with its source map): 1.84 MB. Who registers in the
 * assist session (its check, restore rules and words in both languages): about 0.04 MB more.
 * Typed triage answers (every fact's answer, the choices' words in both languages, the
 * element's triage controls): about 0.03 MB more; all three merged: 1.93 MB.
 * Restore safety, the browser audit and key escaping (2026-12-06, first session): 2.00 MB; the
 * audits of the second session (card scanner, own-property reads, the path search, docs): 2.01 MB.
 */
const TARBALL_BUDGET = 2.25 * 1024 * 1024;
const TOP_LEVEL = new Set([
  'package.json',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
  'dist',
  'docs',
  'schemas',
]);

const bin = (name) => join(root, 'node_modules', '.bin', name);
const tmp = mkdtempSync(join(tmpdir(), 'portal-helpdesk-package-'));
let failed = false;
try {
  const tarball = packBuilt(tmp);

  const publint = spawnSync(bin('publint'), ['run', tarball, '--strict'], { encoding: 'utf8' });
  if (publint.status === 0 && /All good/.test(publint.stdout)) {
    console.log('publint: OK (strict)');
  } else {
    failed = true;
    process.stdout.write(publint.stdout);
    process.stderr.write(publint.stderr);
  }

  const attwArgs = [tarball, '--profile', 'node16'];
  const attw = spawnSync(bin('attw'), [...attwArgs, '--format', 'json'], { encoding: 'utf8' });
  if (attw.status === 0) {
    const { analysis } = JSON.parse(attw.stdout);
    const entries = Object.keys(analysis.entrypoints).length;
    console.log(`attw: OK (${entries} entry points; node16 from CJS and ESM, bundler)`);
  } else {
    failed = true;
    // The JSON is for machines; show the human table of the same analysis.
    spawnSync(bin('attw'), [...attwArgs, '--no-emoji'], { stdio: 'inherit' });
    console.error('attw: type problems found (above)');
  }

  const problems = tarballProblems(tarball, join(tmp, 'unpacked'));
  if (problems.length === 0) {
    const kb = Math.round(statSync(tarball).size / 1024);
    console.log(`tarball: OK (${kb} KB packed; source maps self-contained)`);
  } else {
    failed = true;
    for (const problem of problems) console.error(`tarball: ${problem}`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

/** What is wrong with the tarball's contents, as one message per problem. */
function tarballProblems(tarball, into) {
  const problems = [];
  if (statSync(tarball).size > TARBALL_BUDGET)
    problems.push(`${statSync(tarball).size} bytes packed, over the ${TARBALL_BUDGET}-byte budget`);
  mkdirSync(into, { recursive: true });
  const untar = spawnSync('tar', ['-xzf', tarball, '-C', into, '--strip-components=1']);
  if (untar.status !== 0) return [...problems, 'cannot unpack'];
  for (const name of readdirSync(into)) {
    if (!TOP_LEVEL.has(name)) problems.push(`unexpected top-level entry ${name}`);
  }
  const files = readdirSync(join(into, 'dist'), { recursive: true, encoding: 'utf8' });
  for (const file of files.filter((name) => /\.c?js$/.test(name))) {
    if (!existsSync(join(into, 'dist', `${file}.map`))) problems.push(`dist/${file} has no source map`);
  }
  for (const file of files.filter((name) => name.endsWith('.map'))) {
    const map = JSON.parse(readFileSync(join(into, 'dist', file), 'utf8'));
    if (!existsSync(join(into, 'dist', file.slice(0, -'.map'.length))))
      problems.push(`dist/${file} has no file beside it`);
    const contents = map.sourcesContent ?? [];
    if (map.sources.length !== contents.length || contents.some((text) => typeof text !== 'string'))
      problems.push(`dist/${file} lacks sourcesContent (src/ is not shipped)`);
  }
  return problems;
}
