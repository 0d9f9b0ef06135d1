import assert from 'node:assert/strict';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import * as guides from '../../src/guides/index.js';
import * as root from '../../src/index.js';
import * as localeEn from '../../src/locales/en/index.js';
import * as localeEs from '../../src/locales/es/index.js';
import * as rules from '../../src/rules/index.js';
import * as search from '../../src/search/index.js';
import * as testing from '../../src/testing/index.js';
import * as workflows from '../../src/workflows/index.js';

// Every `@example` of every public export runs, and each `expression; //=> value` line whose value
// is written out in full (no `...`) is compared with what the expression gives. An example that
// drifts from the API (an option renamed, a locale passed as a string) fails here.
//
// The examples run with every public name in scope, as a host that imported them would, plus
// `createActor` (xstate) and `assert`. Their `import` lines are dropped (the names are in scope).
// `portal-helpdesk/element` and `portal-helpdesk/react` are not read here: their examples need a
// DOM and React, and their tests (test/element, test/react, the Chromium e2e) run that code.

const entries = [
  'src/index.ts',
  'src/rules/index.ts',
  'src/workflows/index.ts',
  'src/guides/index.ts',
  'src/testing/index.ts',
  'src/locales/en/index.ts',
  'src/locales/es/index.ts',
  'src/search/index.ts',
];

const scope: Record<string, unknown> = {
  ...root,
  ...rules,
  ...workflows,
  ...guides,
  ...testing,
  ...localeEn,
  ...localeEs,
  ...search,
  createActor,
  assert,
};

interface Example {
  readonly name: string;
  readonly code: string;
}

/** Exported values (functions, constants, classes) that have no `@example`. */
const valuesWithoutExample: string[] = [];

function collectExamples(): Example[] {
  const program = ts.createProgram(entries, {
    strict: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const seen = new Set<ts.Symbol>();
  const found: Example[] = [];
  for (const entry of entries) {
    const file = program.getSourceFile(entry);
    const module = file && checker.getSymbolAtLocation(file);
    if (!module) throw new Error(`cannot read ${entry}`);
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (seen.has(symbol)) continue;
      seen.add(symbol);
      const tags = [...symbol.getJsDocTags(checker)];
      for (const declaration of symbol.getDeclarations() ?? []) {
        const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
        for (const signature of checker.getSignaturesOfType(type, ts.SignatureKind.Call)) {
          tags.push(...signature.getJsDocTags());
        }
      }
      const codes = new Set<string>();
      for (const tag of tags) {
        if (tag.name !== 'example') continue;
        const match = /```(?:ts|typescript)?\n([\s\S]*?)```/.exec(ts.displayPartsToString(tag.text));
        if (match?.[1]) codes.add(match[1]);
      }
      if (codes.size === 0 && symbol.flags & ts.SymbolFlags.Value)
        valuesWithoutExample.push(symbol.getName());
      let index = 0;
      for (const code of codes) found.push({ name: `${symbol.getName()} #${++index}`, code });
    }
  }
  return found;
}

/**
 * The example with each checkable `expression;` + `//=> value` turned into a recorded pair. A value
 * is checkable when written in full: no `...`, and it parses as a JavaScript expression.
 */
function instrument(code: string): { source: string; checks: number } {
  // Module syntax has no place in a function body: imports are in scope, exports are plain.
  const lines = code
    .replace(/^import [^;]*;$/gm, '')
    .replace(/^export /gm, '')
    .split('\n');
  const output: string[] = [];
  let checks = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    const arrow = /^\s*\/\/=>\s?(.*)$/.exec(line);
    if (!arrow) {
      output.push(line);
      continue;
    }
    let expected = arrow[1] as string;
    while (/^\s*\/\/(?!=>)\s?(.*)$/.test(lines[index + 1] ?? '')) {
      expected += `\n${(/^\s*\/\/\s?(.*)$/.exec(lines[++index] as string) as RegExpExecArray)[1]}`;
    }
    // The statement before the arrow, with the lines it continues (`  .map(...)`).
    let first = output.length - 1;
    while (first > 0 && /^\s*\./.test(output[first] ?? '')) first--;
    const statement = /^(\s*)(?!const |let |var |\}|\)|\])([\s\S]+);\s*$/.exec(
      output.slice(first).join('\n'),
    );
    if (!statement || /\.\.\.|…/.test(expected) || !parses(expected)) continue;
    output.splice(first, output.length - first, `${statement[1]}__check(${statement[2]}, (${expected}));`);
    checks++;
  }
  return { source: output.join('\n'), checks };
}

function parses(expression: string): boolean {
  try {
    new Function(`return (${expression});`);
    return true;
  } catch {
    return false;
  }
}

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<void>;

const examples = collectExamples();

describe('every @example of the public entries runs and says what it gives', () => {
  it('finds the examples, and compares values in many of them', () => {
    const checks = examples.reduce((sum, { code }) => sum + instrument(code).checks, 0);
    console.info(`${examples.length} examples, ${checks} written-out values compared`);
    expect(examples.length).toBeGreaterThan(90);
    expect(checks).toBeGreaterThan(40);
  });

  it('has an example for every exported function, constant and class', () => {
    expect(valuesWithoutExample).toEqual([]);
  });

  for (const { name, code } of examples) {
    it(name, async () => {
      const { source } = instrument(code);
      const js = ts.transpileModule(source, {
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
      }).outputText;
      const pairs: Array<[unknown, unknown]> = [];
      const names = [...Object.keys(scope), '__check'];
      const run = new AsyncFunction(...names, js);
      await run(...Object.values(scope), (actual: unknown, expected: unknown) =>
        pairs.push([actual, expected]),
      );
      for (const [actual, expected] of pairs) expect(actual).toEqual(expected);
    });
  }
});

describe('the harness', () => {
  it('compares a written-out value and skips an elided one', () => {
    const { source, checks } = instrument("f(1);\n//=> 'a'\ng();\n//=> { a: 1, ... }\nconst x = 1;\n//=> 1");
    expect(checks).toBe(1);
    expect(source).toContain("__check(f(1), ('a'));");
  });
});
