import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as guides from '../../src/guides/index.js';
import * as root from '../../src/index.js';
import { isPortalHelpdeskError, PortalHelpdeskError } from '../../src/index.js';
import { es } from '../../src/locales/es/index.js';
import * as rules from '../../src/rules/index.js';
import * as search from '../../src/search/index.js';
import * as testing from '../../src/testing/index.js';
import * as workflows from '../../src/workflows/index.js';

// Every public function of every entry point, called with random and nearly valid arguments.
// FUZZ_RUNS=10000 for a long run; the default keeps the suite fast (it runs in four time zones).
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const options = { numRuns: RUNS };

type AnyFunction = (...args: unknown[]) => unknown;

/** What a call did: returned a value, or threw a PortalHelpdeskError (anything else fails the test). */
type Outcome = { readonly returned: unknown } | { readonly error: PortalHelpdeskError };

function attempt(fn: AnyFunction, args: readonly unknown[]): Outcome {
  try {
    return { returned: fn(...args) };
  } catch (error) {
    if (!isPortalHelpdeskError(error)) {
      throw new Error(`${fn.name} threw something else than PortalHelpdeskError: ${String(error)}`);
    }
    return { error };
  }
}

function errorOf(fn: AnyFunction, args: readonly unknown[]): PortalHelpdeskError {
  const outcome = attempt(fn, args);
  if (!('error' in outcome)) throw new Error(`${fn.name} accepted an invalid input`);
  return outcome.error;
}

/** Message and issue messages of an error: what may end up in a log. */
/**
 * The texts of an error that may never hold a value. Paths are field names as the caller wrote
 * them (an unknown scenario key is named, by design), so the summary line is read without them.
 */
function textsOf(error: PortalHelpdeskError): string[] {
  let summary = error.message;
  for (const issue of error.issues) summary = summary.replaceAll(`${pathText(issue.path)}:`, '');
  return [summary, ...error.issues.map((issue) => issue.message)];
}

/** A path as the error's summary writes it (`providers[1].id`). */
function pathText(path: readonly (string | number)[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`))
    .join('');
}

// --- Values ------------------------------------------------------------------------------------

const sentinelArb = fc.string({
  unit: fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789'),
  minLength: 12,
  maxLength: 12,
});

/** Any value; every string in it contains the sentinel. */
function junk(sentinel: string): fc.Arbitrary<unknown> {
  const text = fc.oneof(
    fc.constant(sentinel),
    fc.string({ maxLength: 8 }).map((prefix) => `${prefix}${sentinel}`),
    fc.constantFrom(`${sentinel}-01-01`, `2020-${sentinel}`, `+1 ${sentinel}`, `${sentinel}@example.com`),
  );
  const leaf = fc.oneof(
    text,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constantFrom(null, undefined, Number.NaN, -0, Number.POSITIVE_INFINITY),
    fc.date({ noInvalidDate: false }),
  );
  return fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(
        fc.oneof(text, fc.constantFrom('userAgent', 'body', 'birthDate', 'id', 'type')),
        tie('value'),
        {
          maxKeys: 3,
        },
      ),
    ),
  })).value;
}

type Path = readonly (string | number)[];

/** Plain data (arrays and plain objects): machines and actors in the arguments are left whole. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) paths.push(...pathsOf(item, [...prefix, index]));
  } else if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  }
  return paths;
}

function clone(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clone);
  if (value instanceof Date) return new Date(value.getTime());
  if (isPlainObject(value))
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, clone(item)]));
  return value;
}

/** `base` with the value at one of its paths replaced by `replacement` (or the key removed). */
function mutate(base: readonly unknown[], pick: number, replacement: unknown, remove: boolean): unknown[] {
  const copy = clone(base) as unknown[];
  const paths = pathsOf(copy).filter((path) => path.length > 0);
  const path = paths[pick % paths.length] ?? [0];
  let parent: unknown = copy;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
  const last = path[path.length - 1] as string | number;
  const record = parent as Record<string | number, unknown>;
  if (remove && !Array.isArray(record)) delete record[last];
  else record[last] = replacement;
  return copy;
}

// --- The public functions and their valid arguments ----------------------------------------------

const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';
const providers = testing.samplePractice.providers.map((provider) => ({
  ...provider,
  departments: provider.departments.map((department) => ({ ...department })),
}));
const builtGuide = guides.buildGuide('security-setup', { security: 'text' }, { locale: es });

/** Valid arguments of each public function; the fuzzer mutates them or replaces them wholesale. */
const validArguments: Record<string, () => unknown[]> = {
  checkBrowserSupport: () => [
    {
      userAgent: CHROME,
      clientHints: {
        platform: 'Windows',
        platformVersion: '15.0.0',
        brands: [{ brand: 'Google Chrome', version: '120' }],
        mobile: false,
      },
    },
    { policy: clone(rules.defaultBrowserPolicy), locale: es },
  ],
  checkStaffBrowser: () => [CHROME, { policy: clone(rules.defaultBrowserPolicy), locale: 'en' }],
  checkBrowserByName: () => [
    { browser: 'edge', os: 'windows', osVersion: '11' },
    { policy: clone(rules.defaultBrowserPolicy), locale: es },
  ],
  checkPortalEligibility: () => [
    {
      birthDate: '2013-03-08',
      now: new Date('2026-03-08T06:30:00Z'),
      timeZone: 'America/New_York',
      minimumAge: 13,
      locale: es,
    },
  ],
  checkPhoneNumber: () => ['(201) 555-0123', { defaultCountry: 'US', locale: es }],
  phoneNumbersMatch: () => ['(201) 555-0123', '+1 201 555 0123', { defaultCountry: 'US' }],
  validateMessage: () => [
    {
      body: 'Card 4111 1111 1111 1111',
      attachments: [{ name: 'scan.pdf', sizeBytes: 1000, type: 'application/pdf' }],
      startedFrom: 'home-page',
    },
    { maxLength: 500, maxAttachments: 3 },
    { locale: es },
  ],
  messageLength: () => ['line one\r\nline two'],
  defineMessagePolicy: () => [{ maxLength: 500, maxAttachments: 3 }],
  diagnose: () => [
    'code-not-received',
    { codeStep: 'security-setup', codeMethod: 'text', phone: '+44 20 7946 0958' },
    { locale: es, now: new Date('2026-01-15T17:00:00Z'), timeZone: 'America/Chicago', minimumAge: 13 },
  ],
  describeSymptom: () => ['browser-warning', { locale: es }],
  searchHelp: () => ['no me llego el codigo', { locale: es, limit: 3 }],
  defineTriagePolicy: () => [
    { symptoms: ['forgot-password'], practiceAdvice: { 'link-expired': 'Call us.' } },
  ],
  findCardNumbers: () => ['my card is 4111-1111-1111-1111'],
  recipientOptions: () => [
    {
      providers,
      providerBasedRouting: false,
      officeStaffDepartments: [{ id: 'd9', name: 'Desk' }],
      locale: es,
    },
  ],
  officeLocations: () => [providers[0]],
  securityAnswersMatch: () => ['Main Street', 'main street'],
  isPortalHelpdeskError: () => [new PortalHelpdeskError('invalid-input', [])],
  getWorkflow: () => ['registration'],
  isWorkflowId: () => ['assist'],
  asksForRelationship: () => ['lab-result'],
  createWorkflowActor: () => [
    workflows.secureMessageMachine,
    testing.sampleInputs['secure-message']['home-page'],
  ],
  persistSession: () => [
    workflows.createWorkflowActor(workflows.securitySetupMachine, { defaultCountry: 'US' }).start(),
  ],
  restoreSession: () => {
    const actor = workflows.createWorkflowActor(workflows.registrationMachine, {
      ...(clone(testing.sampleInputs.registration['adult-invitation']) as object),
    } as never);
    actor.start();
    actor.send({ type: 'OPEN_LINK' });
    const saved = workflows.persistSession(actor);
    actor.stop();
    return [workflows.registrationMachine, JSON.parse(JSON.stringify(saved))];
  },
  buildGuide: () => [
    'registration',
    { channel: 'lab-result', security: 'text' },
    {
      locale: es,
      patientName: 'Jordan Rivera',
      patientBirthDate: '2013-03-08',
      now: '2026-03-08T06:30:00Z',
    },
  ],
  renderMarkdown: () => [clone(builtGuide)],
  renderHtml: () => [clone(builtGuide)],
  renderText: () => [clone(builtGuide)],
  toMermaid: () => ['relationship'],
  defineWorkflow: () => [{ ...workflows.workflows['profile-switch'] }],
  eventIssues: () => [workflows.securitySetupMachine, { type: 'SEND_CODE', phone: '+1 201 555 0123' }],
  describeStep: () => {
    const actor = workflows.createWorkflowActor(workflows.securitySetupMachine, {}).start();
    actor.send({ type: 'CHOOSE_TEXT' });
    return [actor.getSnapshot(), { locale: es, audience: 'patient' }];
  },
  workflowPaths: () => ['profile-switch', { kind: 'simple', finalOnly: true }],
  eventsFor: () => ['relationship'],
  birthDateForAge: () => [13, { today: '2026-03-08', daysOffset: 0 }],
};

/** Every function exported by an entry point, but the error class (a constructor for the library's own use). */
function publicFunctions(): Map<string, AnyFunction> {
  const found = new Map<string, AnyFunction>();
  for (const entry of [root, rules, workflows, guides, testing, search]) {
    for (const [name, value] of Object.entries(entry)) {
      if (typeof value === 'function' && value !== PortalHelpdeskError) found.set(name, value as AnyFunction);
    }
  }
  return found;
}

const functions = publicFunctions();

function fn(name: string): AnyFunction {
  const found = functions.get(name);
  if (!found) throw new Error(`${name} is not exported`);
  return found;
}

// workflowPaths over the larger machines takes a second or more: the fuzzer keeps to the small ones.
const CHEAP_WORKFLOWS = ['security-setup', 'phone-verification', 'relationship', 'profile-switch'];

function affordable(name: string, args: readonly unknown[]): boolean {
  if (name !== 'workflowPaths') return true;
  return !workflows.isWorkflowId(args[0]) || CHEAP_WORKFLOWS.includes(args[0]);
}

describe('fuzzing every public function', () => {
  it('covers every exported function', () => {
    expect([...functions.keys()].filter((name) => !(name in validArguments))).toEqual([]);
  });

  it('valid arguments are accepted', () => {
    for (const [name, args] of Object.entries(validArguments)) {
      expect('returned' in attempt(fn(name), args()), name).toBe(true);
    }
  });

  for (const name of Object.keys(validArguments)) {
    it(`${name}: throws nothing but PortalHelpdeskError, and never repeats a value`, () => {
      const base = validArguments[name]?.() ?? [];
      const args = (sentinel: string) =>
        fc.oneof(
          fc.array(junk(sentinel), { maxLength: 4 }),
          fc
            .tuple(fc.nat(), junk(sentinel), fc.boolean())
            .map(([pick, replacement, remove]) => mutate(base, pick, replacement, remove)),
        );
      fc.assert(
        fc.property(
          sentinelArb.chain((sentinel) => fc.tuple(fc.constant(sentinel), args(sentinel))),
          ([sentinel, callArgs]) => {
            if (!affordable(name, callArgs)) return;
            const outcome = attempt(fn(name), callArgs);
            if ('error' in outcome) {
              for (const text of textsOf(outcome.error)) expect(text).not.toContain(sentinel);
            }
          },
        ),
        options,
      );
    });
  }
});

describe('no verdict for input that failed validation', () => {
  const notAString = fc.oneof(
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constantFrom(null, undefined),
    fc.array(fc.string(), { maxLength: 2 }),
    fc.date({ noInvalidDate: false }),
  );

  it('a user agent that is not a string is an error, never supported', () => {
    fc.assert(
      fc.property(notAString, fc.boolean(), (userAgent, wrapped) => {
        const input = wrapped ? { userAgent } : userAgent;
        // A bare array or date is an object: it then lacks a string userAgent.
        for (const check of [rules.checkBrowserSupport, rules.checkStaffBrowser]) {
          expect(() => check(input as never)).toThrow(PortalHelpdeskError);
        }
      }),
      options,
    );
  });

  it('a malformed or impossible birth date is an error, never eligible', () => {
    const malformed = fc.oneof(
      fc.string().filter((text) => !/^\d{4}-\d{2}-\d{2}$/.test(text)),
      fc.constantFrom('2023-02-29', '2021-04-31', '2000-13-01', '2000-00-10', '1999-12-32', ' 2000-01-01'),
      notAString,
    );
    fc.assert(
      fc.property(
        malformed,
        fc.date({ min: new Date('1950-01-01'), max: new Date('2100-01-01') }),
        (birthDate, now) => {
          expect(() =>
            rules.checkPortalEligibility({
              birthDate: birthDate as string,
              now,
              timeZone: 'America/New_York',
            }),
          ).toThrow(PortalHelpdeskError);
        },
      ),
      options,
    );
  });

  it('a broken clock, unknown zone or bad minimum age is an error, never eligible', () => {
    const bad = fc.oneof(
      fc.record({
        now: fc.constantFrom(new Date(Number.NaN), new Date('1800-01-01'), new Date('9500-01-01')),
      }),
      fc.record({ timeZone: fc.constantFrom('Mars/Olympus', '', 'x'.repeat(101), 'America/New York') }),
      fc.record({
        minimumAge: fc.oneof(fc.integer({ min: -5, max: 12 }), fc.constantFrom(13.5, 121, Number.NaN)),
      }),
    );
    fc.assert(
      fc.property(bad, (override) => {
        const input = {
          birthDate: '1980-01-01',
          now: new Date('2026-03-10T15:00:00Z'),
          timeZone: 'UTC',
          ...override,
        };
        expect(() => rules.checkPortalEligibility(input as never)).toThrow(PortalHelpdeskError);
      }),
      options,
    );
  });
});

/** A field of a public function, and ways to make it invalid; values of one kind must get one message. */
type Field = {
  readonly name: string;
  readonly call: (value: unknown) => unknown;
  readonly kinds: Record<string, fc.Arbitrary<unknown>>;
};

const knownZones = new Set<string>();
function isZone(name: string): boolean {
  if (knownZones.has(name)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    knownZones.add(name);
    return true;
  } catch {
    return false;
  }
}

const words = fc.string({ minLength: 1, maxLength: 20 });
/** Strings longer than `max`, built by repetition (generating 10,000 random characters is slow). */
const longText = (max: number) =>
  fc
    .tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.nat({ max: 40 }))
    .map(([unit, extra]) => `${unit.repeat(Math.ceil((max + 1) / unit.length))}${'x'.repeat(extra)}`);
const number = fc.oneof(fc.integer(), fc.double({ noNaN: true }));
const object = fc.dictionary(words, fc.string(), { maxKeys: 2 });

const eligibility = (field: string) => (value: unknown) =>
  rules.checkPortalEligibility({
    birthDate: '2000-01-01',
    now: new Date('2026-03-10T15:00:00Z'),
    timeZone: 'America/New_York',
    [field]: value,
  } as never);

const fields: readonly Field[] = [
  {
    name: 'checkPortalEligibility birthDate',
    call: eligibility('birthDate'),
    kinds: {
      'not a string': number,
      malformed: fc.string().filter((text) => !/^\d{4}-\d{2}-\d{2}$/.test(text)),
      'not a real date': fc.constantFrom(
        '2023-02-29',
        '2021-04-31',
        '2000-13-01',
        '1999-12-32',
        '2001-00-05',
      ),
      'after today': fc
        .date({ min: new Date('2026-03-12'), max: new Date('2999-01-01'), noInvalidDate: true })
        .map((date) => date.toISOString().slice(0, 10)),
      'too long ago': fc
        .date({ min: new Date('1000-01-01'), max: new Date('1870-01-01'), noInvalidDate: true })
        .map((date) => date.toISOString().slice(0, 10)),
    },
  },
  {
    name: 'checkPortalEligibility timeZone',
    call: eligibility('timeZone'),
    kinds: {
      'not a string': number,
      unknown: fc.string({ maxLength: 60 }).filter((name) => !isZone(name)),
    },
  },
  {
    name: 'checkPortalEligibility minimumAge',
    call: eligibility('minimumAge'),
    kinds: {
      'out of range': fc.oneof(fc.integer({ min: -1000, max: 12 }), fc.integer({ min: 121, max: 100_000 })),
      'not whole': fc
        .double({ min: 13.01, max: 119.99, noNaN: true })
        .filter((age) => !Number.isInteger(age)),
      'not a number': fc.oneof(fc.string(), fc.boolean(), object),
    },
  },
  {
    name: 'checkPortalEligibility locale',
    call: eligibility('locale'),
    kinds: {
      // A language code is the 0.1 API: one message that says to pass the locale object.
      'a language code': fc.string().filter((text) => text !== 'en'),
      'not an object': fc.oneof(number, fc.boolean()),
      'no eligibility section': object.map((junk) => ({ ...junk, eligibility: 'x', code: 'xx' })),
    },
  },
  {
    name: 'checkBrowserSupport input',
    call: (value) => rules.checkBrowserSupport(value as never),
    kinds: { 'not a string': number, 'userAgent not a string': number.map((userAgent) => ({ userAgent })) },
  },
  {
    name: 'checkBrowserByName browser',
    call: (browser) => rules.checkBrowserByName({ browser, os: 'macos' } as never),
    kinds: {
      'not in the list': fc
        .string()
        .filter(
          (text) =>
            !['chrome', 'edge', 'firefox', 'safari', 'internet-explorer', 'other', 'unknown'].includes(text),
        ),
      'not a string': number,
    },
  },
  {
    name: 'checkBrowserByName unknown key',
    call: (key) => rules.checkBrowserByName({ browser: 'chrome', os: 'macos', [key as string]: 1 } as never),
    kinds: { 'too long to name': fc.string({ minLength: 33, maxLength: 200 }) },
  },
  {
    name: 'checkBrowserSupport clientHints.platform',
    call: (platform) => rules.checkBrowserSupport({ userAgent: CHROME, clientHints: { platform } } as never),
    kinds: { 'too long': longText(256), 'not a string': number },
  },
  {
    name: 'checkBrowserSupport policy rule',
    call: (chrome) =>
      rules.checkBrowserSupport(CHROME, {
        policy: { operatingSystems: { ...rules.defaultBrowserPolicy.operatingSystems, chrome } },
      } as never),
    kinds: {
      'neither shape': fc.oneof(
        fc.string().filter((text) => text !== 'any'),
        number,
        fc.array(fc.string(), { minLength: 1 }),
      ),
    },
  },
  {
    name: 'validateMessage attachment name',
    call: (name) =>
      rules.validateMessage({ body: 'Hi', attachments: [{ name }], startedFrom: 'home-page' } as never),
    kinds: { 'too long': longText(1024), 'not a string': number },
  },
  {
    name: 'validateMessage startedFrom',
    call: (startedFrom) => rules.validateMessage({ body: 'Hi', attachments: [], startedFrom } as never),
    kinds: {
      unknown: fc.oneof(
        fc.string().filter((text) => !text.endsWith('-page')),
        number,
      ),
    },
  },
  {
    name: 'defineMessagePolicy maxLength',
    call: (maxLength) => rules.defineMessagePolicy({ maxLength } as never),
    kinds: {
      'too big': fc.integer({ min: 1_000_001, max: 2 ** 40 }),
      'too small': fc.integer({ min: -1000, max: 0 }),
      'not a whole number': fc
        .double({ min: 1.01, max: 999.99, noNaN: true })
        .filter((x) => !Number.isInteger(x)),
    },
  },
  {
    name: 'checkPhoneNumber defaultCountry',
    call: (defaultCountry) => rules.checkPhoneNumber('2015550123', { defaultCountry } as never),
    kinds: { unsupported: fc.string({ maxLength: 5 }).filter((code) => !/^[A-Z]{2}$/.test(code)) },
  },
  {
    name: 'checkPhoneNumber raw',
    call: (raw) => rules.checkPhoneNumber(raw as never),
    kinds: { 'not a string': fc.oneof(number, object) },
  },
  {
    name: 'securityAnswersMatch answer',
    call: (answer) => rules.securityAnswersMatch(answer as never, 'x'),
    kinds: { 'too long': longText(10_000) },
  },
  {
    name: 'recipientOptions provider name',
    call: (name) =>
      rules.recipientOptions({
        providers: [{ id: 'p', name, departments: [] }],
        providerBasedRouting: true,
      } as never),
    kinds: { 'too long': longText(200), 'not a string': number },
  },
  {
    name: 'buildGuide patientName',
    call: (patientName) => guides.buildGuide('relationship', {}, { patientName } as never),
    kinds: { 'not a string': number },
  },
  {
    name: 'buildGuide portalUrl',
    call: (portalUrl) => guides.buildGuide('relationship', {}, { portalUrl } as never),
    kinds: { 'not a URL': fc.string({ maxLength: 30 }).filter((text) => !/^https?:\/\/\S+$/.test(text)) },
  },
  {
    name: 'restoreSession snapshot',
    call: (snapshot) =>
      workflows.restoreSession(workflows.securitySetupMachine, {
        format: 'portal-helpdesk/session',
        schemaVersion: workflows.SESSION_SCHEMA_VERSION,
        workflowId: 'security-setup',
        snapshot,
      }),
    kinds: { 'not an object': fc.oneof(number, fc.string()) },
  },
  {
    name: 'birthDateForAge age',
    call: (age) => testing.birthDateForAge(age as never, { today: '2026-03-10' }),
    kinds: {
      negative: fc.integer({ min: -1000, max: -1 }),
      'over 150': fc.integer({ min: 151, max: 10_000 }),
    },
  },
];

describe('error messages do not depend on the bad value', () => {
  for (const field of fields) {
    for (const [kind, values] of Object.entries(field.kinds)) {
      it(`${field.name}: ${kind}`, () => {
        fc.assert(
          fc.property(values, values, (a, b) => {
            const first = errorOf(field.call as AnyFunction, [a]);
            const second = errorOf(field.call as AnyFunction, [b]);
            expect(textsOf(second)).toEqual(textsOf(first));
            expect(second.issues.map((issue) => issue.path)).toEqual(first.issues.map((issue) => issue.path));
          }),
          options,
        );
      });
    }
  }
});

describe('workflow actors', () => {
  it('survive any sample event with fields replaced, without entering an error state', () => {
    const ids = [
      'registration',
      'security-setup',
      'phone-verification',
      'relationship',
      'secure-message',
    ] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...ids),
        sentinelArb,
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 12 }),
        (id, sentinel, script) => {
          const events = testing.eventsFor(id);
          const [input] = Object.values(testing.sampleInputs[id]);
          const actor = workflows.createWorkflowActor(workflows.getWorkflow(id).machine, input as never);
          const errors: unknown[] = [];
          actor.subscribe({ error: (error) => errors.push(error) });
          actor.start();
          for (const [pick, field, spoil] of script) {
            // A finished actor takes no more events (xstate warns on each); the run is over.
            if (actor.getSnapshot().status !== 'active') break;
            const event = { ...(events[pick % events.length] as Record<string, unknown>) };
            const keys = Object.keys(event).filter((key) => key !== 'type');
            const key = keys[field % Math.max(1, keys.length)];
            if (spoil && key) event[key] = field % 2 ? sentinel : field;
            actor.send(event as never);
          }
          expect(errors).toEqual([]);
          expect(actor.getSnapshot().status).not.toBe('error');
          actor.stop();
        },
      ),
      { numRuns: Math.max(20, Math.floor(RUNS / 4)) },
    );
  });
});
