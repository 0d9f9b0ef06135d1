#!/usr/bin/env node
import assert from 'node:assert/strict';
// Contract check of the built package, the way a host uses it: every entry point of the `exports`
// map is loaded by name with both `import` and `require`, must expose the documented names, and
// each rule is called once. Run by `npm test` after the build.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// In portal-helpdesk/rules only: the root entry leaves the triage out (docs/decisions.md).
const triage = ['diagnose', 'describeSymptom', 'defineTriagePolicy', 'triageCatalog'];
const rules = [
  'checkBrowserSupport',
  'checkStaffBrowser',
  'checkBrowserByName',
  'defaultBrowserPolicy',
  'checkPortalEligibility',
  'checkPhoneNumber',
  'phoneNumbersMatch',
  'validateMessage',
  'findCardNumbers',
  'recipientOptions',
  'securityAnswersMatch',
  'defaultMessagePolicy',
  'PortalHelpdeskError',
  'isPortalHelpdeskError',
];
const workflows = [
  'registrationMachine',
  'securitySetupMachine',
  'phoneVerificationMachine',
  'relationshipMachine',
  'familyAccessMachine',
  'secureMessageMachine',
  'profileSwitchMachine',
  'assistMachine',
  'workflows',
  'workflowIds',
  'getWorkflow',
  'createWorkflowActor',
  'persistSession',
  'restoreSession',
];
const guides = [
  'buildGuide',
  'renderMarkdown',
  'renderHtml',
  'renderText',
  'toMermaid',
  'mainScenarios',
  'describeStep',
];
const testing = [
  'workflowPaths',
  'eventsFor',
  'sampleInputs',
  'userAgentFixtures',
  'birthDateForAge',
  'phoneNumberFixtures',
  'cardNumberFixtures',
];
const entries = {
  'portal-helpdesk': [...rules, ...workflows, ...guides],
  'portal-helpdesk/locales/en': ['en'],
  'portal-helpdesk/locales/es': ['es'],
  'portal-helpdesk/rules': [...rules, ...triage],
  'portal-helpdesk/workflows': workflows,
  'portal-helpdesk/guides': guides,
  'portal-helpdesk/testing': testing,
  'portal-helpdesk/search': ['searchHelp', 'MAX_SEARCH_QUERY_LENGTH', 'PortalHelpdeskError'],
};

for (const [specifier, names] of Object.entries(entries)) {
  const esm = await import(specifier);
  const cjs = require(specifier);
  for (const name of names) {
    assert.ok(name in esm, `${specifier} (import) lacks ${name}`);
    assert.ok(name in cjs, `${specifier} (require) lacks ${name}`);
  }
  assert.ok(!('runCli' in esm), `${specifier} must not expose the CLI`);
}

// One call of each rule through both module systems, and one error class across entry points.
for (const mod of [await import('portal-helpdesk/rules'), require('portal-helpdesk/rules')]) {
  const chrome =
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36';
  assert.equal(mod.checkBrowserSupport(chrome).status, 'supported');
  assert.equal(mod.checkStaffBrowser(chrome).status, 'supported');
  assert.equal(mod.checkBrowserByName({ browser: 'edge', os: 'macos' }).reason, 'edge-requires-windows');
  const now = new Date('2026-11-25T15:00:00Z');
  assert.equal(
    mod.checkPortalEligibility({ birthDate: '2013-11-25', now, timeZone: 'America/New_York' }).eligible,
    true,
  );
  assert.equal(mod.checkPhoneNumber('+44 20 7946 0958').recommendedMethod, 'call');
  assert.equal(mod.phoneNumbersMatch('(201) 555-0123', '+1 201 555 0123'), true);
  assert.equal(mod.validateMessage({ body: 'hi', attachments: [], startedFrom: 'home-page' }).ok, true);
  assert.equal(mod.findCardNumbers('4111 1111 1111 1111')[0].lastFour, '1111');
  assert.equal(mod.securityAnswersMatch('Rex', 'rex'), true);
  assert.equal(mod.recipientOptions({ providers: [], providerBasedRouting: false }).officeStaffOffered, true);
  assert.equal(
    mod.diagnose('browser-warning', { userAgent: chrome }).causes[0].code,
    'browser-warning-other',
  );
}
for (const name of triage)
  assert.ok(!(name in (await import('portal-helpdesk'))), `the root entry holds ${name}`);
// The search entry, both module systems, in Spanish.
for (const [mod, { es }] of [
  [await import('portal-helpdesk/search'), await import('portal-helpdesk/locales/es')],
  [require('portal-helpdesk/search'), require('portal-helpdesk/locales/es')],
]) {
  assert.equal(mod.searchHelp('no me llego el codigo', { locale: es })[0].symptom, 'code-not-received');
}
// The Spanish locale object, loaded by name, changes the words and nothing else.
for (const [rulesModule, { es }] of [
  [await import('portal-helpdesk/rules'), await import('portal-helpdesk/locales/es')],
  [require('portal-helpdesk/rules'), require('portal-helpdesk/locales/es')],
]) {
  const ie = 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko';
  const spanish = rulesModule.checkBrowserSupport(ie, { locale: es });
  assert.equal(spanish.reason, 'internet-explorer');
  assert.match(spanish.advice, /navegador compatible/);
  assert.throws(() => rulesModule.checkBrowserSupport(ie, { locale: 'es' }), /locales\/es/);
}
const fromRoot = await import('portal-helpdesk');
const fromRules = await import('portal-helpdesk/rules');
assert.equal(
  fromRoot.PortalHelpdeskError,
  fromRules.PortalHelpdeskError,
  'one error class across ESM entry points',
);
assert.equal(
  require('portal-helpdesk').PortalHelpdeskError,
  require('portal-helpdesk/rules').PortalHelpdeskError,
  'one error class across CJS entry points',
);

// The package's bin, as built: the version baked in at build time, and a message read from stdin.
const bin = require.resolve('portal-helpdesk/package.json').replace(/package\.json$/, 'dist/cli/main.js');
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
assert.equal(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).trim(), version);
const fromStdin = execFileSync(process.execPath, [bin, 'check', 'message', '--file', '-', '--json'], {
  input: 'Card 4111 1111 1111 1111 please',
  encoding: 'utf8',
});
assert.equal(JSON.parse(fromStdin).issues[0].code, 'card-number-in-message');
console.log(
  `exports ok: ${Object.keys(entries).length} entry points, import and require; CLI --version and stdin`,
);
