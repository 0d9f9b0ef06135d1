#!/usr/bin/env node
// Size budgets of the BUILT package (run `npm run build` first), as a browser app would ship it:
// one-line consumers that import `portal-helpdesk` by name, bundled with esbuild (minified, ESM,
// browser platform) and gzipped at level 9. Prints a table and exits 1 when a bundle is over its
// budget or holds what it must not (xstate in a rule, the CLI anywhere). See docs/performance.md.
//
// `ours` and `deps` split the gzipped total in proportion to the minified bytes each input puts in
// the bundle (esbuild's metafile): gzip has no per-file sizes, so the split is an estimate, the
// total is exact. 1 KB = 1024 bytes.
import { cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const KB = 1024;

/** Packages no browser bundle of a rule may hold, per entry. */
const HEAVY = ['xstate', 'libphonenumber-js', 'ua-parser-js'];
/** The rules below read their inputs with hand-written field checks: no zod either. */
const RULE_FORBIDDEN = [...HEAVY, 'zod'];

/**
 * `budget` is enforced. `target` is the figure issue #6 asked for, printed beside it where the two
 * differ: those targets cannot be met without dropping features (docs/performance.md says why), so
 * the budget is the measured size plus a little headroom, to catch growth until they are decided.
 */
const entries = [
  {
    name: 'checkBrowserSupport (rules)',
    source: `import { checkBrowserSupport } from 'portal-helpdesk/rules';\nconsole.log(checkBrowserSupport);`,
    // English only since the words moved to locale objects: 13.31 KB before, 12.80 KB after.
    // Hand-written field checks instead of zod: 13.11 KB before, 9.74 KB after.
    // TV, console and spoofed-model checks, Chrome and Firefox on an iPad in desktop mode
    // (2026-12-06, a 72,000-string audit): 9.74 -> 10.10 KB, still under issue #6's 12 KB.
    // A locale must carry a string `code` (read once, where outputs use it; 2026-12-06).
    budget: () => 10.5 * KB,
    budgetText: '10.5 KB',
    target: () => 12 * KB,
    targetText: '12 KB',
    // The rule names browsers itself; ua-parser-js is only the yardstick (docs/decisions.md).
    forbidden: RULE_FORBIDDEN,
  },
  {
    name: 'checkBrowserByName (rules)',
    source: `import { checkBrowserByName } from 'portal-helpdesk/rules';\nconsole.log(checkBrowserByName);`,
    // The policy table and the English advice, without the user-agent parser: 6.51 KB when added.
    // Hand-written field checks instead of zod: 6.69 KB before, 3.52 KB after.
    // A locale must carry a string `code` (read once, where outputs use it; 2026-12-06).
    budget: () => 4 * KB,
    budgetText: '4 KB',
    forbidden: RULE_FORBIDDEN,
  },
  {
    name: 'checkPortalEligibility (rules)',
    source: `import { checkPortalEligibility } from 'portal-helpdesk/rules';\nconsole.log(checkPortalEligibility);`,
    // Hand-written field checks instead of zod: 6.07 KB before, 2.71 KB after.
    budget: () => 3 * KB,
    budgetText: '3 KB',
    forbidden: RULE_FORBIDDEN,
  },
  {
    name: 'validateMessage (rules)',
    source: `import { validateMessage } from 'portal-helpdesk/rules';\nconsole.log(validateMessage);`,
    // English only since the words moved to locale objects: 6.48 KB before, 6.31 KB after.
    // Hand-written field checks instead of zod: 6.46 KB before, 3.11 KB after.
    // Keys escaped in errors and unreadable inputs (a throwing getter) reported as invalid input
    // (2026-12-06): 3.11 -> 3.29 KB, under issue #6's 6 KB. Cards anywhere in a long run, invisible
    // characters skipped, line breaks and tabs as separators (a second rules audit): 3.78 KB.
    // A review of the rewrite (more invisible characters, a card alone on its line): 3.91 KB.
    budget: () => 4.25 * KB,
    budgetText: '4.25 KB',
    target: () => 6 * KB,
    targetText: '6 KB',
    forbidden: RULE_FORBIDDEN,
  },
  {
    name: 'diagnose (rules)',
    // The symptom catalog, the English triage words and every rule check it runs (the phone rule
    // brings libphonenumber-js min metadata). Kept out of the root entry: docs/decisions.md.
    source: `import { diagnose } from 'portal-helpdesk/rules';\nconsole.log(diagnose);`,
    // 57.26 KB when added (libphonenumber-js is 29.5 KB of it); in the root entry it would add 7.72 KB.
    // Typed triage answers (the `os` fact with a named browser): 58.09 KB.
    // The browser checks above and the escaping of caller-written keys in errors: 58.62 KB.
    // Own properties only in the field checks and the eligibility fast path (nothing inherited
    // from a polluted Object.prototype is read): 58.76 KB.
    // A locale must carry a string `code` (read once, where outputs use it; 2026-12-06).
    // The second card-number audit (cards anywhere in a long run): 59.29 KB. The triage audit and a
    // review of the card scanner: 59.59 KB. Triage Say lines for the patient with the checks' staff
    // advice apart, tel: links and vanity numbers, message advice with counts (2026-12-07): 59.98 KB.
    budget: () => 60.5 * KB,
    budgetText: '60.5 KB',
    forbidden: ['xstate', 'ua-parser-js', 'minisearch'],
  },
  {
    name: 'searchHelp (search)',
    // MiniSearch, the catalog and the English words it indexes (guide steps included).
    source: `import { searchHelp } from 'portal-helpdesk/search';\nconsole.log(searchHelp);`,
    // 24.44 KB when added, 25.13 KB with issue 13's guide steps (it indexes every step): MiniSearch
    // itself is about 6 KB of it. Who registers in the assist session (its staff notes): 26.10 KB.
    // Typed triage answers (the English choice words in the index): 26.35 KB.
    // Keys escaped in errors: 26.50 KB.
    // Search tuning (2026-12-06): the locale's search section (English stop words, staff words and
    // more patient phrasings) and our tokenizer: 26.59 -> 27.94 KB (+1.35 KB); the budget was
    // raised by that growth, 26.75 -> 28.10 KB. The optional search section and the guide words'
    // task title: 28.05 KB, budget 28.35 KB. More callers' words per symptom in English (a second
    // round with blind sets, 2026-12-07): 28.32 KB, budget 28.75 KB.
    budget: () => 28.75 * KB,
    budgetText: '28.75 KB',
    forbidden: ['xstate', 'libphonenumber-js', 'ua-parser-js'],
  },
  {
    name: 'defineAssistElement (element)',
    // The custom element with everything it runs: the assist machine and its tasks (so the phone
    // rule's libphonenumber-js metadata), describeStep over the whole registry, and the words of
    // both languages it switches between at run time. Its own code is ~7.5 KB; docs/element.md.
    source: `import { defineAssistElement } from 'portal-helpdesk/element';\ndefineAssistElement();`,
    // Issue 13: the model (family access, the code-never-came and out-of-date phone paths) took it
    // from 96.2 to 99.8 KB; the words (assist pre-check states, patients' own words for blocked
    // endings, the Spanish label glosses: both languages ship here) to 102.9 KB. Who registers in
    // the assist session (its check, restore rules and words in both languages): 113.2 -> 115.3 KB;
    // merged with the injected workflow checks (issue #11): 117.33 KB.
    // Typed triage answers (the element's triage controls and English choice words): 119.14 KB.
    // Restore re-runs the assist pre-checks and checks the history and a running task's facts;
    // the browser checks; keys escaped in errors (2026-12-06): 119.28 -> 121.33 KB.
    // Waiting for `practice` before the first start (a save survives a page that sets the
    // properties in a later script) and a strict stored clock on restore: 121.51 KB.
    // The live step view says "choose Text or Call again" after staff update the phone of record,
    // as the printed guide does (a stored `phoneOfRecordUpdated`, defaulted on restore): 121.90 KB.
    // A hostile-input and guide audit (refusal states checked on restore, triage answers keyed by
    // fact names only, renderer words flattened, the Messages page's ATTACH_FILE): 122.00 KB.
    // A locale must carry a string `code` (read once, where outputs use it; 2026-12-06).
    // A task's done event checked against its actor; the second card-number audit: 122.57 KB.
    // The triage audit (attachments, unknown browsers, toll-free numbers, options): 122.93 KB.
    // Saved sessions keep stand-ins for secret triage answers: 123.25 KB. Internal events refused
    // by the live machines, the card scanner's review: 123.50 KB. The walk's stated triage,
    // secure-message guide refusals, names of spaces alone, task titles: 123.77 KB.
    // Events read once as plain data, saves resumed for the page's own facts, assist histories
    // that fit their step, the guide audit's words (chosen security option, portal address,
    // advice-only fixes): 124.49 KB (2026-12-07). Triage Say lines for the patient with the
    // checks' staff advice apart, tel: links and vanity numbers, message advice with counts: 124.76 KB.
    budget: () => 125.25 * KB,
    budgetText: '125.25 KB',
    target: () => 70 * KB,
    targetText: '70 KB',
    forbidden: ['ua-parser-js'],
  },
  {
    name: 'buildGuide + renderHtml, English (guides)',
    // Every workflow machine (a guide walks one), the English guide words and the HTML renderer.
    // The machines are built with the walk's stated verdicts (src/guides/walk-checks.ts), not the
    // rules: no phone metadata, no user-agent classifier, no triage words (docs/decisions.md,
    // "Workflow checks").
    source: `import { buildGuide, renderHtml } from 'portal-helpdesk/guides';\nconsole.log(renderHtml(buildGuide('registration')));`,
    // Issue 13 added the family access machine and new steps' words (86.4 KB), then the label
    // policy and the patients' own words for blocked endings: 88.2 KB; issue 14 (triage) 98.65 KB.
    // Issue #11: machines built with injected checks, the phone rule, the browser rules and the
    // triage words out of the walk: 98.65 -> 56.27 KB; the message rule out too: 54.84 KB (the
    // issue's 55 KB met). The triage's evaluation out of the walk (stated per symptom): 53.47 KB.
    // The budget stays the target, not the measured size: the room is for guide fixes.
    budget: () => 55 * KB,
    budgetText: '55 KB',
    target: () => 55 * KB,
    targetText: '55 KB',
    // The win cannot regress: a guide never runs the phone or browser rules.
    forbidden: ['ua-parser-js', 'libphonenumber-js'],
  },
  {
    name: 'everything (root entry)',
    // Logging the namespace keeps every export: nothing can be tree-shaken away.
    source: `import * as all from 'portal-helpdesk';\nconsole.log(all);`,
    // Issue 13: 94.7 KB with the model, 96.8 KB with the words. Who registers in the assist
    // session: 106.8 -> 108.2 KB; merged with the injected workflow checks (issue #11): 110.47 KB.
    // Typed triage answers (every fact's answer, the choices' words) merged in: 111.17 KB.
    // The same restore checks, browser checks and key escaping: 111.40 -> 113.44 KB.
    // A strict stored clock, own-property reads, and card numbers next to their expiry date in
    // long runs, more separators and digit families (a rules audit, 2026-12-06): 113.77 KB.
    // The stored "again" of the phone of record: 113.99 KB. The hostile-input and guide audit
    // (restore refusal states, fact-name keys, a checked triage birth date): 114.17 KB.
    // A locale must carry a string `code` (read once, where outputs use it; 2026-12-06).
    // A task's done event checked against its actor; the second card-number audit: 114.72 KB.
    // The triage audit: 115.06 KB. Stand-ins for secret triage answers in saved sessions: 115.40 KB.
    // Internal events refused by the live machines, the card scanner's review: 115.62 KB. The
    // walk's triage stated as data beside the live one (both in this entry): 116.10 KB. Secure-
    // message guide refusals, names of spaces alone, task titles: 116.31 KB.
    // The same audits (2026-12-07): 116.84 KB; the triage and rules audits after them: 117.08 KB.
    budget: () => 117.5 * KB,
    budgetText: '117.5 KB',
    target: () => 80 * KB,
    targetText: '80 KB',
    forbidden: [],
  },
  {
    name: 'React example app (Vite)',
    // examples/react as Vite builds it for production: React, react-dom, xstate, zod,
    // libphonenumber-js, our code and the app's. docs/react.md says where the bytes go.
    measure: (consumer) => measureReactExample(consumer),
    // Who registers in the assist session (and the example's fieldset for it): 166.2 -> 168.2 KB;
    // merged with the injected workflow checks (issue #11): 169.31 KB.
    // Typed triage answers (the app renders them: TriageAnswer.tsx) merged in: 170.41 KB.
    // The same restore checks, browser checks and key escaping: 170.59 -> 172.65 KB.
    // A strict stored clock, own-property reads and the card-number audit fixes: 173.00 KB.
    // The stored "again", then the hostile-input and guide audit fixes: 173.28 KB.
    // A locale must carry a string `code` (read once, where outputs use it; 2026-12-06).
    // A task's done event checked against its actor; the second card-number audit: 173.75 KB.
    // The triage audit: 174.10 KB. Stand-ins for secret triage answers in saved sessions: 174.42 KB.
    // Internal events refused by the live machines, the card scanner's review: 174.64 KB. The
    // walk's stated triage, secure-message guide refusals, names of spaces alone, task titles: 174.94 KB.
    // The same audits (2026-12-07): 175.53 KB; the triage and rules audits after them: 175.79 KB.
    budget: () => 176.25 * KB,
    budgetText: '176.25 KB',
    target: () => 110 * KB,
    targetText: '110 KB',
    forbidden: [],
  },
];

/**
 * Builds a copy of examples/react with Vite (production, minified) against the package in
 * `consumer`, and measures its JavaScript the way {@link measure} measures a bundle; the split
 * between ours and deps follows each module's share of the rendered code.
 */
async function measureReactExample(consumer) {
  const app = join(consumer, 'react-app');
  await cp(join(root, 'examples/react/index.html'), join(app, 'index.html'));
  await cp(join(root, 'examples/react/src'), join(app, 'src'), { recursive: true });
  for (const name of ['react', 'react-dom']) {
    await symlink(join(root, 'node_modules', name), join(consumer, 'node_modules', name), 'dir');
  }
  const { viteConfig } = await import('../examples/react/build.mjs');
  const { build } = await import('vite');
  const config = viteConfig(app, join(consumer, 'react-dist'));
  const result = await build({ ...config, logLevel: 'silent', build: { ...config.build, write: false } });
  const chunks = (Array.isArray(result) ? result : [result])
    .flatMap((output) => output.output)
    .filter((file) => file.type === 'chunk');
  const text = chunks.map((chunk) => chunk.code).join('\n');
  const gzip = chunks.reduce((sum, chunk) => sum + gzipSync(chunk.code, { level: 9 }).length, 0);
  let ourBytes = 0;
  let depBytes = 0;
  const packages = new Set();
  const inputs = [];
  for (const chunk of chunks) {
    for (const [path, { renderedLength }] of Object.entries(chunk.modules)) {
      inputs.push(path);
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
      if (match) {
        depBytes += renderedLength;
        if (renderedLength > 0) packages.add(match[1]);
      } else ourBytes += renderedLength;
    }
  }
  const ours = Math.round((gzip * ourBytes) / Math.max(1, ourBytes + depBytes));
  return { gzip, ours, deps: gzip - ours, packages, inputs, text };
}

/** Bundles `source` from `dir` and measures it. */
export async function measure(source, dir, nodePaths = []) {
  const result = await esbuild.build({
    stdin: { contents: source, resolveDir: dir, sourcefile: 'consumer.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
    nodePaths,
  });
  const code = result.outputFiles[0].contents;
  const gzip = gzipSync(code, { level: 9 }).length;
  const [output] = Object.values(result.metafile.outputs);
  let ourBytes = 0;
  let depBytes = 0;
  const packages = new Set();
  const inputs = Object.keys(output.inputs);
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    if (match) {
      depBytes += bytesInOutput;
      if (bytesInOutput > 0) packages.add(match[1]);
    } else ourBytes += bytesInOutput;
  }
  const ours = Math.round((gzip * ourBytes) / Math.max(1, ourBytes + depBytes));
  return { gzip, ours, deps: gzip - ours, packages, inputs, text: result.outputFiles[0].text };
}

/** What must never be in a browser bundle: the CLI, Node built-ins, the process's arguments. */
export function nodeOnlyParts(measured) {
  const found = [];
  if (measured.inputs.some((path) => /(^|\/)(dist|src)\/cli\//.test(path))) found.push('CLI module');
  if (measured.inputs.some((path) => path.startsWith('node:'))) found.push('node: import');
  if (/\bprocess\.argv\b/.test(measured.text)) found.push('process.argv');
  if (/["']node:[a-z_/]+["']/.test(measured.text)) found.push('node: specifier');
  return found;
}

const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;

async function main() {
  const consumer = await mkdtemp(join(tmpdir(), 'portal-helpdesk-size-'));
  try {
    await mkdir(join(consumer, 'node_modules'));
    // The package by name, resolved through its `exports` like any installed dependency.
    await symlink(root, join(consumer, 'node_modules', 'portal-helpdesk'), 'dir');
    const uaParser = await measure(
      `import { UAParser } from 'ua-parser-js';\nconsole.log(new UAParser().getResult());`,
      consumer,
      [join(root, 'node_modules')],
    );
    const base = { uaParser: uaParser.gzip };
    console.log(`ua-parser-js alone (baseline): ${kb(base.uaParser)} gzipped\n`);

    const rows = [['entry', 'ours', 'deps', 'total', 'budget', 'status']];
    const problems = [];
    const notes = [];
    for (const entry of entries) {
      const measured = entry.measure ? await entry.measure(consumer) : await measure(entry.source, consumer);
      const budget = entry.budget(base);
      const over = measured.gzip > budget;
      const banned = entry.forbidden.filter((name) => measured.packages.has(name));
      const nodeOnly = nodeOnlyParts(measured);
      // Bundlers must get the one-file-per-module build (the `module` condition), or nothing is shaken.
      const ours = measured.inputs.filter((path) => !path.includes('node_modules/'));
      if (ours.some((path) => /(^|\/)dist\/(?!esm\/)/.test(path))) {
        problems.push(`${entry.name}: bundled the Node build (dist/*.js), not dist/esm`);
      }
      if (over) problems.push(`${entry.name}: ${kb(measured.gzip)} is over its budget of ${kb(budget)}`);
      for (const name of banned) problems.push(`${entry.name}: bundles ${name}`);
      for (const part of nodeOnly) problems.push(`${entry.name}: holds a Node-only part (${part})`);
      if (entry.target) {
        const target = entry.target(base);
        notes.push(
          measured.gzip > target
            ? `${entry.name}: issue target ${entry.targetText} = ${kb(target)}; missed by ${kb(measured.gzip - target)}`
            : `${entry.name}: issue target ${entry.targetText} = ${kb(target)}; met, ${kb(target - measured.gzip)} under`,
        );
      }
      rows.push([
        entry.name,
        kb(measured.ours),
        kb(measured.deps),
        kb(measured.gzip),
        `${kb(budget)} (${entry.budgetText})`,
        over || banned.length || nodeOnly.length ? 'FAIL' : 'ok',
      ]);
      notes.push(`${entry.name}: dependencies ${[...measured.packages].sort().join(', ') || 'none'}`);
    }
    const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
    for (const [index, row] of rows.entries()) {
      console.log(
        row
          .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
          .join('  '),
      );
      if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
    }
    console.log(`\n${notes.join('\n')}`);
    if (problems.length > 0) {
      console.error(`\nSize check failed:\n- ${problems.join('\n- ')}`);
      process.exitCode = 1;
    }
  } finally {
    await rm(consumer, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
