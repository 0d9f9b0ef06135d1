import { describe, expect, it } from 'vitest';
import { buildGuide } from '../../src/guides/index.js';
import {
  checkBrowserByName,
  checkBrowserSupport,
  checkPhoneNumber,
  checkPortalEligibility,
  checkStaffBrowser,
  defineMessagePolicy,
  diagnose,
  recipientOptions,
  validateMessage,
} from '../../src/rules/index.js';
import { createWorkflowActor, securitySetupMachine } from '../../src/workflows/index.js';
import { thrown } from '../helpers/thrown.js';

// An input whose getter or proxy trap throws is invalid input: the library's own error, at the
// root, never the host's error and never its message (which may hold anything).

const SECRET = 'host secret 555-0100';
const throwing = () =>
  new Proxy(
    {},
    {
      get() {
        throw new Error(SECRET);
      },
      ownKeys() {
        throw new Error(SECRET);
      },
      getOwnPropertyDescriptor() {
        throw new Error(SECRET);
      },
      has() {
        throw new Error(SECRET);
      },
    },
  );

const calls: readonly (readonly [string, (input: unknown) => unknown])[] = [
  ['checkBrowserSupport', (input) => checkBrowserSupport(input as never)],
  ['checkBrowserByName', (input) => checkBrowserByName(input as never)],
  ['checkStaffBrowser', (input) => checkStaffBrowser(input as never)],
  ['checkPortalEligibility', (input) => checkPortalEligibility(input as never)],
  ['checkPhoneNumber', (input) => checkPhoneNumber(input as never)],
  ['validateMessage', (input) => validateMessage(input as never)],
  ['defineMessagePolicy', (input) => defineMessagePolicy(input as never)],
  ['recipientOptions', (input) => recipientOptions(input as never)],
  ['diagnose (facts)', (input) => diagnose('code-not-received', input as never)],
  ['buildGuide (options)', (input) => buildGuide('security-setup', {}, input as never)],
  ['createWorkflowActor (input)', (input) => createWorkflowActor(securitySetupMachine, input as never)],
];

describe('inputs that throw while they are read', () => {
  it.each(calls)('%s: invalid-input, without the host error or its message', (_, call) => {
    const error = thrown(() => call(throwing()));
    expect(error.code).toBe('invalid-input');
    expect(`${error.message} ${JSON.stringify(error.issues)}`).not.toContain('555-0100');
  });

  it('a getter on one field is reported the same way', () => {
    const input = {
      get birthDate(): string {
        throw new Error(SECRET);
      },
      now: new Date('2026-12-06T12:00:00Z'),
      timeZone: 'America/New_York',
    };
    const error = thrown(() => checkPortalEligibility(input as never));
    expect(error.code).toBe('invalid-input');
    expect(error.message).not.toContain('555-0100');
  });
});
