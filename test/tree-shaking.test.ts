import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// As zod's tree-shaking test: bundle one import from the sources for a browser and look at what
// came along. The built package is checked the same way, with sizes, by scripts/size.mjs.
const src = fileURLToPath(new URL('../src/', import.meta.url));

async function bundledPackages(
  names: string,
  from: string,
): Promise<{ packages: string[]; inputs: string[] }> {
  const result = await build({
    stdin: {
      contents: `import { ${names} } from '${src}${from}';\nconsole.log(${names});`,
      resolveDir: src,
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  const inputs = Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
  const packages = new Set<string>();
  for (const path of inputs) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    if (match?.[1]) packages.add(match[1]);
  }
  return { packages: [...packages].sort(), inputs };
}

/** The minified text of a bundle of `source`, whose imports are relative to `src/`. */
async function bundledText(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: src },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

// One ASCII phrase per Spanish section (esbuild escapes accented letters, so none of those), and
// one per English section that only its own rule may carry.
const SPANISH = {
  browser: 'navegador compatible',
  staffBrowser: 'Abra el Quickview',
  eligibility: 'acceso familiar',
  message: 'adjuntar archivos',
  phone: 'mensajes de texto',
  recipients: 'lo han atendido',
  triage: 'carpeta de correo no deseado',
};
const ENGLISH = {
  browser: 'download links shown on your screen',
  eligibility: 'family access account',
  message: 'Ask the patient to shorten the message',
  triage: 'junk or spam folder',
};

describe('tree-shaking: words', () => {
  it('the marker phrases are in the locales (so their absence means something)', async () => {
    const spanish = await bundledText("import { es } from './locales/es/index.ts';\nconsole.log(es);");
    for (const phrase of Object.values(SPANISH)) expect(spanish).toContain(phrase);
    const english = await bundledText("import { en } from './locales/en/index.ts';\nconsole.log(en);");
    for (const phrase of Object.values(ENGLISH)) expect(english).toContain(phrase);
  });

  const rules = [
    ['checkBrowserSupport', "checkBrowserSupport('x', options)", 'browser'],
    ['checkBrowserByName', "checkBrowserByName({ browser: 'edge', os: 'macos' }, options)", 'browser'],
    [
      'checkPortalEligibility',
      "checkPortalEligibility({ birthDate: '2000-01-01', now: new Date(), timeZone: 'UTC', ...options })",
      'eligibility',
    ],
    [
      'validateMessage',
      "validateMessage({ body: '', attachments: [], startedFrom: 'home-page' }, undefined, options)",
      'message',
    ],
  ] as const;

  it.each(rules)("%s in English carries no Spanish, and no other rule's English", async (name, call, own) => {
    const text = await bundledText(
      `import { ${name} } from './rules/index.ts';\nconst options = {};\nconsole.log(${call});`,
    );
    for (const phrase of Object.values(SPANISH)) expect(text).not.toContain(phrase);
    for (const [section, phrase] of Object.entries(ENGLISH)) {
      if (section === own) expect(text).toContain(phrase);
      else expect(text).not.toContain(phrase);
    }
  });

  it.each(rules)('%s with es carries the Spanish words', async (name, call, own) => {
    const text = await bundledText(
      `import { ${name} } from './rules/index.ts';\nimport { es } from './locales/es/index.ts';\nconst options = { locale: es };\nconsole.log(${call});`,
    );
    expect(text).toContain(SPANISH[own]);
  });
});

describe('tree-shaking: the triage', () => {
  // The assist session triages with `diagnose` and its step view shows the diagnosis in words, so
  // the root entry (workflows and guides) holds them since issue 14 item 2 (docs/decisions.md).
  it('the root entry holds the triage the assist session runs, and no search', async () => {
    const text = await bundledText("import * as all from './index.ts';\nconsole.log(all);");
    expect(text).toContain(ENGLISH.triage);
    expect(text).not.toContain('minisearch');
  });

  it('searchHelp brings MiniSearch and zod only', async () => {
    const { packages } = await bundledPackages('searchHelp', 'search/index.ts');
    expect(packages).toEqual(['minisearch', 'zod']);
  });

  it('diagnose brings no workflow machine and no search', async () => {
    const { packages } = await bundledPackages('diagnose', 'rules/index.ts');
    expect(packages).toEqual(['libphonenumber-js', 'zod']);
  });
});

describe('tree-shaking', () => {
  it('checkBrowserSupport brings no dependency', async () => {
    const { packages } = await bundledPackages('checkBrowserSupport', 'rules/index.ts');
    expect(packages).toEqual([]);
  });

  it('checkBrowserByName brings no dependency, and no user-agent parsing', async () => {
    const { packages, inputs } = await bundledPackages('checkBrowserByName', 'rules/index.ts');
    expect(packages).toEqual([]);
    expect(inputs.filter((path) => /browser\/(classify|templates|names|evaluate)\.ts$/.test(path))).toEqual(
      [],
    );
  });

  it('checkPortalEligibility brings no dependency', async () => {
    const { packages } = await bundledPackages('checkPortalEligibility', 'rules/index.ts');
    expect(packages).toEqual([]);
  });

  it('validateMessage brings no dependency', async () => {
    const { packages } = await bundledPackages('validateMessage', 'rules/index.ts');
    expect(packages).toEqual([]);
  });

  it('checkPhoneNumber brings libphonenumber-js only', async () => {
    const { packages } = await bundledPackages('checkPhoneNumber', 'rules/index.ts');
    expect(packages).toEqual(['libphonenumber-js']);
  });

  it('a rule imported from the root entry brings no workflow or guide', async () => {
    const { packages, inputs } = await bundledPackages('checkPortalEligibility', 'index.ts');
    expect(packages).toEqual([]);
    expect(inputs.filter((path) => /src\/(workflows|guides|testing)\//.test(path))).toEqual([]);
  });

  it('a guide bundle holds no sample data and nothing from the testing entry', async () => {
    const { inputs } = await bundledPackages('buildGuide, renderHtml, describeStep', 'guides/index.ts');
    expect(inputs.filter((path) => path.includes('src/testing/'))).toEqual([]);
    const code = await bundledText(
      "import { buildGuide, renderHtml } from './guides/index.ts';\nconsole.log(buildGuide, renderHtml);",
    );
    for (const sample of ['Avery Lee', 'Okafor', 'Jordan Rivera', 'Mia Rivera', 'example-clinic']) {
      expect(code).not.toContain(sample);
    }
    // English only: no Spanish guide sentence, placeholder or renderer word.
    // ASCII phrases only: esbuild escapes accented letters.
    for (const spanish of ['haga clic en', 'nombre del paciente', 'Paso', 'Consejo']) {
      expect(code).not.toContain(spanish);
    }
    expect(code).toContain('Create My Account');
    const withSpanish = await bundledText(
      "import { buildGuide } from './guides/index.ts';\nimport { es } from './locales/es/index.ts';\nconsole.log(buildGuide('registration', {}, { locale: es }));",
    );
    expect(withSpanish).toContain('haga clic en');
  });

  // Issue #11: a guide walks machines built with the walk's stated verdicts (src/guides/walk-checks.ts),
  // so a printed guide bundles neither the phone metadata, nor the user-agent classifier, nor the
  // triage words (docs/decisions.md, "Workflow checks").
  it('a guide bundle holds no phone metadata, no user-agent classifier and no triage words', async () => {
    const { packages, inputs } = await bundledPackages('buildGuide, renderHtml', 'guides/index.ts');
    expect(packages).toEqual(['xstate', 'zod']);
    expect(
      inputs.filter((path) =>
        /rules\/(phone|browser-support|staff-browser|browser\/classify|message|card-numbers)\.ts$/.test(path),
      ),
    ).toEqual([]);
    expect(inputs.filter((path) => /live-(checks|machines|rule-checks)\.ts$/.test(path))).toEqual([]);
    const code = await bundledText(
      "import { buildGuide, renderHtml } from './guides/index.ts';\nconsole.log(renderHtml(buildGuide('assist', { symptom: 'code-not-received' })));",
    );
    expect(code).not.toContain(ENGLISH.triage);
    expect(code).not.toContain(ENGLISH.browser);
  });

  it('nothing from the CLI or Node reaches a browser bundle of the root entry', async () => {
    const { inputs } = await bundledPackages(
      'buildGuide, checkBrowserSupport, registrationMachine',
      'index.ts',
    );
    expect(inputs.filter((path) => path.includes('/cli/') || path.startsWith('node:'))).toEqual([]);
  });
});
