#!/usr/bin/env node
// Speed figures of the BUILT package (run `npm run build` first), as a Node host sees it: it
// imports `portal-helpdesk` by name. Every comparison is measured in this one run, the two sides
// in alternating rounds, and the median of the per-round ratios is printed, so that a machine
// whose speed drifts (a shared CI runner) moves both sides alike. Prints figures and whether each
// target is met; it never fails (timings are not tests). See docs/performance.md.
//
//   node scripts/bench.mjs [--quick]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';

const quick = process.argv.includes('--quick');
const ROUNDS = quick ? 3 : 7;
const ROUND_MS = quick ? 150 : 400;

const lib = await import('portal-helpdesk');
const { es: spanish } = await import('portal-helpdesk/locales/es');
const testing = await import('portal-helpdesk/testing');
const { UAParser } = await import('ua-parser-js');
const { parsePhoneNumberFromString } = await import('libphonenumber-js/min');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const fmt = (value, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const verdict = (met) => (met ? 'met' : 'MISSED');
const results = [];
function report(name, figure, target, met) {
  results.push({ name, figure, target, met });
  console.log(`  ${name}: ${figure}   (target ${target}: ${verdict(met)})`);
}

// Anything a benchmarked call returns is folded in here, so no call can be optimised away.
let sink = 0;
const keep = (value) => {
  sink = (sink + (typeof value === 'object' && value !== null ? 1 : String(value).length)) | 0;
};
process.on('exit', () => {
  if (sink === Number.MIN_SAFE_INTEGER) console.log(sink);
});

/** Operations per second of `pass`, which performs `count` operations, over about `ms`. */
function opsPerSecond(pass, count, ms = ROUND_MS) {
  let ops = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    pass();
    ops += count;
    elapsed = performance.now() - start;
  } while (elapsed < ms);
  return (ops / elapsed) * 1000;
}

/** Ours against bare, in alternating rounds after a warm-up; medians and the median ratio. */
function compare(ours, bare, count) {
  opsPerSecond(ours, count, ROUND_MS);
  opsPerSecond(bare, count, ROUND_MS);
  const oursRates = [];
  const bareRates = [];
  const ratios = [];
  for (let round = 0; round < ROUNDS; round++) {
    const a = opsPerSecond(ours, count);
    const b = opsPerSecond(bare, count);
    oursRates.push(a);
    bareRates.push(b);
    ratios.push(a / b);
  }
  return { ours: median(oursRates), bare: median(bareRates), ratio: median(ratios) };
}

/** Milliseconds of one call of `run`: the first, and the median of the next `runs`. */
function timeCalls(run, runs = 5) {
  let start = performance.now();
  keep(run());
  const first = performance.now() - start;
  const times = [];
  for (let index = 0; index < runs; index++) {
    start = performance.now();
    keep(run());
    times.push(performance.now() - start);
  }
  return { first, median: median(times) };
}

function machineLine() {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  return `${cpus().length} CPUs (${model}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
}

console.log(`portal-helpdesk benchmarks: ${machineLine()}${quick ? ', --quick' : ''}\n`);

// --- checkBrowserSupport against bare ua-parser-js ------------------------------------------------
{
  const agents = testing.userAgentFixtures.map((fixture) => fixture.userAgent);
  const { ours, bare, ratio } = compare(
    () => {
      for (const agent of agents) keep(lib.checkBrowserSupport(agent));
    },
    () => {
      for (const agent of agents) keep(new UAParser(agent).getResult());
    },
    agents.length,
  );
  console.log(`checkBrowserSupport over the ${agents.length} userAgentFixtures`);
  console.log(`  ours ${fmt(ours)}/s, bare new UAParser(ua).getResult() ${fmt(bare)}/s`);
  report('throughput ratio ours/bare', `${fmt(ratio, 2)}x`, '>= 0.80x', ratio >= 0.8);
}

// --- checkPhoneNumber against bare libphonenumber-js ----------------------------------------------
{
  const fixtures = testing.phoneNumberFixtures.map((fixture) => ({
    number: fixture.number,
    defaultCountry: fixture.defaultCountry ?? 'US',
  }));
  const parse = compare(
    () => {
      for (const { number, defaultCountry } of fixtures)
        keep(lib.checkPhoneNumber(number, { defaultCountry }));
    },
    () => {
      for (const { number, defaultCountry } of fixtures) {
        keep(parsePhoneNumberFromString(number, { defaultCountry }));
      }
    },
    fixtures.length,
  );
  // What the rule needs from the library: the parse, validity, the line type and the national form.
  const sameWork = compare(
    () => {
      for (const { number, defaultCountry } of fixtures)
        keep(lib.checkPhoneNumber(number, { defaultCountry }));
    },
    () => {
      for (const { number, defaultCountry } of fixtures) {
        const phone = parsePhoneNumberFromString(number, { defaultCountry, extract: false });
        keep(phone?.isValid() ? [phone.getType(), phone.formatNational()] : phone);
      }
    },
    fixtures.length,
  );
  console.log(`\ncheckPhoneNumber over the ${fixtures.length} phoneNumberFixtures (libphonenumber-js/min)`);
  console.log(
    `  ours ${fmt(parse.ours)}/s, bare parsePhoneNumberFromString ${fmt(parse.bare)}/s, ` +
      `bare parse + isValid + getType + formatNational ${fmt(sameWork.bare)}/s`,
  );
  report('throughput ratio ours/bare parse', `${fmt(parse.ratio, 2)}x`, '>= 0.80x', parse.ratio >= 0.8);
  console.log(`  throughput ratio ours/bare doing the same work: ${fmt(sameWork.ratio, 2)}x`);
}

// --- checkPortalEligibility -----------------------------------------------------------------------
{
  const zones = ['America/New_York', 'America/Los_Angeles', 'Europe/Madrid', 'Pacific/Kiritimati', 'UTC'];
  const inputs = Array.from({ length: 1000 }, (_, index) => {
    const year = 1900 + ((index * 37) % 126);
    const month = 1 + ((index * 7) % 12);
    const day = 1 + ((index * 11) % 28);
    return {
      birthDate: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      timeZone: zones[index % zones.length],
    };
  });
  const fixedNow = new Date('2026-11-25T15:00:00Z');
  // Inputs are built beforehand: building them is the host's work, not the rule's.
  const fixedInputs = inputs.map((input) => ({ ...input, now: fixedNow }));
  // A clock that moves a second on every call: the per-second memo of the practice's date never hits.
  const movingInputs = inputs.map((input, index) => ({
    ...input,
    now: new Date(fixedNow.getTime() + index * 1000),
  }));
  const rate = (list) =>
    median(
      Array.from({ length: ROUNDS }, () =>
        opsPerSecond(
          () => {
            for (const input of list) keep(lib.checkPortalEligibility(input));
          },
          list.length,
          quick ? ROUND_MS : 1000,
        ),
      ),
    );
  for (const list of [fixedInputs, movingInputs]) {
    opsPerSecond(() => {
      for (const input of list) keep(lib.checkPortalEligibility(input));
    }, list.length);
  }
  const fixed = rate(fixedInputs);
  const moving = rate(movingInputs);
  console.log('\ncheckPortalEligibility (1000 birth dates, 5 time zones)');
  report('one clock for all calls', `${fmt(fixed)} checks/s`, '>= 300,000/s', fixed >= 300_000);
  // The worst case: every call in a new second of the clock, so every call asks Intl for the date.
  console.log(`  a new clock second on every call: ${fmt(moving)} checks/s`);
}

// --- Guides ---------------------------------------------------------------------------------------
{
  // A guide is built once per workflow, scenario and locale, then rendered in each format.
  const renderers = [lib.renderMarkdown, lib.renderHtml, lib.renderText];
  let rendered = 0;
  const all = () => {
    rendered = 0;
    for (const workflowId of lib.workflowIds) {
      for (const scenario of Object.values(lib.mainScenarios[workflowId])) {
        for (const locale of [undefined, spanish]) {
          const guide = lib.buildGuide(workflowId, scenario, { locale });
          for (const render of renderers) {
            keep(render(guide));
            rendered++;
          }
        }
      }
    }
  };
  const { first, median: warm } = timeCalls(all, ROUNDS);
  console.log(
    `\nbuildGuide + render: every workflow x main scenario x locale (${rendered / 3} guides), in 3 formats (${rendered} renders)`,
  );
  console.log(`  first pass (cold code): ${fmt(first, 1)} ms`);
  report('later passes (median)', `${fmt(warm, 1)} ms`, '< 100 ms', warm < 100);
}

// --- searchHelp -----------------------------------------------------------------------------------
{
  // What staff type while the patient talks, in both languages; the index is built on first use.
  const { searchHelp } = await import('portal-helpdesk/search');
  const queries = [
    ['no me llego el codigo', spanish],
    ['cant attach file', undefined],
    ['my doctor isnt in the list', undefined],
    ['olvide mi contrasena', spanish],
    ['browser not suported warning', undefined],
  ];
  const buildStart = performance.now();
  for (const locale of [undefined, spanish]) keep(searchHelp('code', { locale }));
  const build = performance.now() - buildStart;
  let index = 0;
  const { median: warm } = timeCalls(() => {
    const [query, locale] = queries[index++ % queries.length];
    return searchHelp(query, { locale });
  }, 50);
  console.log('\nsearchHelp (portal-helpdesk/search)');
  console.log(`  first call per locale (builds its index): ${fmt(build / 2, 1)} ms`);
  report('one query (median)', `${fmt(warm, 2)} ms`, '< 5 ms', warm < 5);
}

// --- Workflow paths -------------------------------------------------------------------------------
{
  const perMachine = [];
  const all = () => {
    let total = 0;
    for (const workflowId of lib.workflowIds) {
      const start = performance.now();
      const paths = testing.workflowPaths(workflowId);
      const elapsed = performance.now() - start;
      total += elapsed;
      perMachine.push([workflowId, paths.length, elapsed]);
    }
    return total;
  };
  const first = all();
  const firstPass = perMachine.splice(0);
  const later = median(Array.from({ length: quick ? 1 : 3 }, all));
  console.log('\nworkflowPaths (shortest) for every machine');
  console.log(`  ${firstPass.map(([id, count, ms]) => `${id} ${count} paths ${fmt(ms)} ms`).join(', ')}`);
  report('first pass, all machines', `${fmt(first)} ms`, '< 2,000 ms', first < 2000);
  console.log(`  later passes (median): ${fmt(later)} ms`);
}

// --- Cold import ----------------------------------------------------------------------------------
{
  // The dependencies the root entry loads, read from the built files it imports.
  const entry = fileURLToPath(import.meta.resolve('portal-helpdesk'));
  const dependencies = new Set();
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, specifier] of source.matchAll(
      /(?:^|[\s;])(?:import|export)\b[^'"]*?from\s*["']([^"']+)["']/gm,
    )) {
      if (specifier.startsWith('.')) visit(fileURLToPath(new URL(specifier, `file://${file}`)));
      else dependencies.add(specifier);
    }
    for (const [, specifier] of source.matchAll(/(?:^|[\s;])import\s*["']([^"']+)["']/gm)) {
      if (specifier.startsWith('.')) visit(fileURLToPath(new URL(specifier, `file://${file}`)));
      else dependencies.add(specifier);
    }
  };
  visit(entry);
  const packageUrls = [import.meta.resolve('portal-helpdesk')];
  const dependencyUrls = [...dependencies].sort().map((name) => import.meta.resolve(name));
  const importMs = (urls) =>
    Number(
      execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `const start = performance.now(); await Promise.all(${JSON.stringify(urls)}.map((url) => import(url))); process.stdout.write(String(performance.now() - start));`,
        ],
        { encoding: 'utf8' },
      ),
    );
  const runs = quick ? 5 : 15;
  const ours = [];
  const theirs = [];
  const ratios = [];
  for (let run = 0; run < runs; run++) {
    const a = importMs(packageUrls);
    const b = importMs(dependencyUrls);
    ours.push(a);
    theirs.push(b);
    ratios.push(a / b);
  }
  const ratio = median(ours) / median(theirs);
  console.log(`\ncold import in a fresh Node process (median of ${runs}, alternating)`);
  console.log(
    `  import('portal-helpdesk') ${fmt(median(ours), 1)} ms; its dependencies alone ` +
      `(${[...dependencies].sort().join(', ')}) ${fmt(median(theirs), 1)} ms; median of per-pair ratios ${fmt(median(ratios), 2)}x`,
  );
  report('ratio of medians', `${fmt(ratio, 2)}x`, '<= 1.30x', ratio <= 1.3);
}

// --- Large inputs ---------------------------------------------------------------------------------
{
  const MB = 1 << 20;
  console.log('\nlarge inputs (first call; median of 5 more)');
  const userAgent = `Mozilla/5.0 (Windows NT 10.0; Win64; x64) ${'AppleWebKit/537.36 (KHTML, like Gecko) '.repeat(MB / 40)}`;
  const words = 'Please check my refill 4111 1111 1111 1111 and call 201-555-0123 tomorrow morning. ';
  const body = words.repeat(Math.ceil(MB / words.length)).slice(0, MB);
  const attachments = Array.from({ length: 10_000 }, (_, index) => ({
    name: `scan-${index}.pdf`,
    sizeBytes: 200_000,
    type: 'application/pdf',
  }));
  const input = testing.sampleInputs['secure-message']['home-page'];
  const actor = lib.createWorkflowActor(lib.secureMessageMachine, input).start();
  const provider = testing.samplePractice.providers[0];
  actor.send({ type: 'SHOW_FORM' });
  actor.send({ type: 'SELECT_PROVIDER', providerId: provider.id });
  actor.send({ type: 'SELECT_LOCATION', departmentId: provider.departments[0].id });
  actor.send({ type: 'SELECT_SUBJECT', subject: 'Medical question' });
  actor.send({ type: 'ENTER_MESSAGE', body });
  const saved = JSON.stringify(lib.persistSession(actor));
  actor.stop();
  const cases = [
    ['1 MB user agent (checkBrowserSupport)', () => lib.checkBrowserSupport(userAgent).reason],
    [
      '1 MB message (validateMessage)',
      () => lib.validateMessage({ body, attachments: [], startedFrom: 'home-page' }).reason,
    ],
    [
      '10,000 attachments (validateMessage)',
      () => lib.validateMessage({ body: 'See the scans.', attachments, startedFrom: 'home-page' }).reason,
    ],
    [
      `1 MB snapshot (${fmt(saved.length / MB, 2)} MB JSON: parse + restoreSession)`,
      () => lib.restoreSession(lib.secureMessageMachine, JSON.parse(saved)).getSnapshot().value,
    ],
  ];
  for (const [name, run] of cases) {
    const { first, median: warm } = timeCalls(run);
    report(name, `${fmt(first, 1)} ms; ${fmt(warm, 1)} ms`, '< 50 ms', Math.max(first, warm) < 50);
  }
}

// --- 1 MB inputs ---------------------------------------------------------------------------------
// Every public check answers 1 MB of any input, and its worst input at its own cap, quickly: a
// length cap first, then linear work (docs/security.md). Each line is the slowest of its inputs.
{
  const MB = 1 << 20;
  const fill = (unit, length = MB) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  const refused = (run) => () => {
    try {
      return run();
    } catch (error) {
      if (!(error instanceof lib.PortalHelpdeskError)) throw error;
      return error.code;
    }
  };
  const bodies = {
    'card-dense': fill('4111111111111111\n'),
    'spaced cards': fill('4111 1111 1111 1111, '),
    'one digit run': fill('4'),
    'digits and spaces': fill('4 '),
    words: fill('Please check my refill 4111 1111 1111 1111 and call 201-555-0123 tomorrow morning. '),
    'combining marks': fill('\u0301\u0316'),
  };
  const answerCap = lib.MAX_SECURITY_ANSWER_LENGTH ?? 10_000;
  const agentCap = lib.MAX_USER_AGENT_LENGTH ?? 2048;
  const phoneCap = lib.MAX_PHONE_INPUT_LENGTH ?? 64;
  const manager = (details) => {
    const actor = lib
      .createWorkflowActor(lib.relationshipMachine, testing.sampleInputs.relationship.child)
      .start();
    actor.send({ type: 'I_MANAGE_ACCOUNT' });
    return () => {
      actor.send({ type: 'SUBMIT_MANAGER_DETAILS', ...details });
      return actor.getSnapshot().context.problem;
    };
  };
  const adult = { name: 'Jordan Rivera', email: 'jordan.rivera@example.com', birthDate: '1987-07-14' };
  const groups = [
    [
      'validateMessage, 1 MB bodies',
      Object.entries(bodies).map(([name, body]) => [
        name,
        () => lib.validateMessage({ body, attachments: [], startedFrom: 'home-page' }).reason,
      ]),
    ],
    [
      'findCardNumbers, 1 MB texts',
      Object.entries(bodies).map(([name, text]) => [name, () => lib.findCardNumbers(text).length]),
    ],
    [
      `securityAnswersMatch at its cap (${fmt(answerCap)}) and at 1 MB`,
      [
        [
          'marks at cap',
          () => lib.securityAnswersMatch(fill('\u0301\u0316', answerCap), fill('\u0316\u0301', answerCap)),
        ],
        ['sharp s at cap', () => lib.securityAnswersMatch(fill('ß', answerCap), fill('SS', answerCap))],
        ['Greek at cap', () => lib.securityAnswersMatch(fill('ΣΑΣ ', answerCap), fill('σας ', answerCap))],
        ['1 MB (refused)', refused(() => lib.securityAnswersMatch(bodies['combining marks'], 'x'))],
      ],
    ],
    [
      `checkBrowserSupport at its cap (${fmt(agentCap)}) and at 1 MB`,
      [
        [
          'parentheses at cap',
          () => lib.checkBrowserSupport(`Mozilla/5.0 (${fill('(', agentCap - 13)}`).reason,
        ],
        [
          'tokens at cap',
          () =>
            lib.checkBrowserSupport(
              `Mozilla/5.0 (Windows NT 10.0) ${fill('AppleWebKit/537.36 ', agentCap - 30)}`,
            ).reason,
        ],
        ['1 MB', () => lib.checkBrowserSupport(fill('Mozilla/5.0 ')).reason],
      ],
    ],
    [
      `checkPhoneNumber at its cap (${fmt(phoneCap)}) and at 1 MB`,
      [
        ['digits at cap', () => lib.checkPhoneNumber(fill('2', phoneCap)).reason],
        ['punctuation at cap', () => lib.checkPhoneNumber(fill('(2)-', phoneCap)).reason],
        ['1 MB', () => lib.checkPhoneNumber(fill('2')).reason],
      ],
    ],
    [
      'manager email and name (SUBMIT_MANAGER_DETAILS), 1 MB',
      [
        ['email a@a.a.a...', manager({ ...adult, email: `a@${fill('a.')}` })],
        ['email of @ and dots', manager({ ...adult, email: fill('@.') })],
        ['name of spaces', manager({ ...adult, name: fill(' ') })],
      ],
    ],
  ];
  console.log('\n1 MB inputs (slowest input of each line: first call; median of 5 more)');
  for (const [title, cases] of groups) {
    let worst = { name: '', first: 0, median: 0 };
    for (const [name, run] of cases) {
      const { first, median: warm } = timeCalls(run);
      if (Math.max(first, warm) > Math.max(worst.first, worst.median)) worst = { name, first, median: warm };
    }
    report(
      `${title} (slowest: ${worst.name})`,
      `${fmt(worst.first, 1)} ms; ${fmt(worst.median, 1)} ms`,
      '< 50 ms',
      Math.max(worst.first, worst.median) < 50,
    );
  }
}

const missed = results.filter((result) => !result.met);
console.log(
  `\n${results.length - missed.length} of ${results.length} targets met${missed.length ? `; missed: ${missed.map((result) => result.name).join('; ')}` : ''}.`,
);
