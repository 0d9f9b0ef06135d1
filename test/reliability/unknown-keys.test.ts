import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGuide, describeStep } from '../../src/guides/index.js';
import {
  checkBrowserByName,
  checkBrowserSupport,
  checkPhoneNumber,
  checkPortalEligibility,
  checkStaffBrowser,
  defineMessagePolicy,
  recipientOptions,
  validateMessage,
} from '../../src/rules/index.js';
import { birthDateForAge, sampleInputs, workflowPaths } from '../../src/testing/index.js';
import { createWorkflowActor, getWorkflow, workflowIds } from '../../src/workflows/index.js';
import { thrown } from '../helpers/thrown.js';

// One rule for every object a caller writes by hand (inputs, options, policies, events): a key the
// library does not know is refused, and the issue names it at its own path, so `defaultCountri`
// is a typo the caller finds instead of a silent default.

const chromeOnMac =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36';

const cases: ReadonlyArray<readonly [name: string, call: () => unknown, path: readonly (string | number)[]]> =
  [
    [
      'checkPhoneNumber options',
      () => checkPhoneNumber('2025550123', { defaultCountri: 'GB' } as never),
      ['defaultCountri'],
    ],
    [
      'checkPortalEligibility input',
      () =>
        checkPortalEligibility({
          birthDate: '2000-01-01',
          now: new Date('2026-01-01T00:00:00Z'),
          timeZone: 'UTC',
          timezone: 'America/New_York',
        } as never),
      ['timezone'],
    ],
    [
      'checkBrowserSupport options',
      () => checkBrowserSupport(chromeOnMac, { polcy: {} } as never),
      ['polcy'],
    ],
    [
      'checkStaffBrowser options',
      () => checkStaffBrowser(chromeOnMac, { locales: 'en' } as never),
      ['locales'],
    ],
    [
      'checkBrowserByName input',
      () => checkBrowserByName({ browser: 'chrome', os: 'macos', version: '1' } as never),
      ['version'],
    ],
    [
      'validateMessage draft',
      () => validateMessage({ body: 'Hi', attachments: [], startedFrom: 'home-page', subject: 'x' } as never),
      ['subject'],
    ],
    ['defineMessagePolicy overrides', () => defineMessagePolicy({ maxLenght: 10 } as never), ['maxLenght']],
    [
      'recipientOptions input',
      () => recipientOptions({ providers: [], providerBasedRouting: true, routing: true } as never),
      ['routing'],
    ],
    [
      'buildGuide options',
      () => buildGuide('security-setup', {}, { patientNme: 'Ana' } as never),
      ['patientNme'],
    ],
    [
      'workflowPaths options',
      () => workflowPaths('profile-switch', { finalOnyl: true } as never),
      ['finalOnyl'],
    ],
    [
      'birthDateForAge options',
      () => birthDateForAge(20, { today: '2026-01-01', timeZone: 'UTC' } as never),
      ['timeZone'],
    ],
  ];

describe('unknown keys are refused and named, everywhere a caller writes an object', () => {
  for (const [name, call, path] of cases) {
    it(name, () => {
      const error = thrown(call);
      expect(error.code).toBe('invalid-input');
      expect(error.issues).toContainEqual({ path, message: 'Unknown field' });
    });
  }

  for (const id of workflowIds) {
    it(`the ${id} machine's input`, () => {
      const input = Object.values(sampleInputs[id])[0] as Record<string, unknown>;
      const error = thrown(() =>
        createWorkflowActor(getWorkflow(id).machine, { ...input, extraKey: 1 } as never),
      );
      expect(error.issues).toContainEqual({ path: ['extraKey'], message: 'Unknown field' });
    });
  }

  it('describeStep options', () => {
    const actor = createWorkflowActor(getWorkflow('profile-switch').machine, {
      familyProfiles: [],
    });
    const error = thrown(() => describeStep(actor, { audiense: 'staff' } as never));
    expect(error.issues).toContainEqual({ path: ['audiense'], message: 'Unknown field' });
  });

  it('names five keys at most and never a long one', () => {
    const many = Object.fromEntries(Array.from({ length: 12 }, (_, index) => [`k${index}`, 1]));
    const issues = thrown(() => checkPhoneNumber('2025550123', many as never)).issues;
    expect(issues.filter((issue) => issue.path.length === 1)).toHaveLength(5);
    expect(issues).toContainEqual({ path: [], message: '7 more unknown fields' });
    const long = `Ana Rivera 1990-01-01 ${'x'.repeat(40)}`;
    const error = thrown(() => checkPhoneNumber('2025550123', { [long]: 1 } as never));
    expect(error.message).not.toContain('Ana Rivera');
    expect(JSON.stringify(error.issues)).not.toContain('Ana Rivera');
  });
});

const objectSchema = /\bz\.(object|looseObject)\(/;
const codeLines = (source: string): string[] =>
  source.split('\n').filter((line) => !/^\s*(\/\/|\/?\*)/.test(line));

describe('runtime data: refused, never named', () => {
  it('an event with an unknown key is refused at the event’s own path', () => {
    const refusals: unknown[] = [];
    const actor = createWorkflowActor(
      getWorkflow('profile-switch').machine,
      { familyProfiles: [] },
      { onEventRefused: (refusal) => refusals.push(refusal) },
    ).start();
    const before = actor.getSnapshot().value;
    actor.send({ type: 'OPEN_MENU', AnaRivera19900101: true } as never);
    expect(actor.getSnapshot().value).toEqual(before);
    expect(JSON.stringify(refusals)).not.toContain('AnaRivera');
    expect(refusals).toEqual([
      expect.objectContaining({ eventType: 'OPEN_MENU', issues: [{ path: [], message: 'Unknown field' }] }),
    ]);
    actor.stop();
  });
});

describe('the source keeps the rule', () => {
  it('builds no stripping object schema except the renderers’ input (a built guide, read structurally)', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir)) {
        const file = join(dir, entry);
        if (statSync(file).isDirectory()) walk(file);
        else if (
          file.endsWith('.ts') &&
          codeLines(readFileSync(file, 'utf8')).some((line) => objectSchema.test(line))
        ) {
          offenders.push(file);
        }
      }
    };
    walk(join(import.meta.dirname, '../../src'));
    // Restore reads a snapshot (data, not a caller's options) and drops unknown keys when rebuilding.
    expect(offenders.sort()).toEqual(
      ['src/guides/render/input.ts', 'src/workflows/persistence/context-schemas.ts'].map((file) =>
        join(import.meta.dirname, '../..', file),
      ),
    );
  });
});
