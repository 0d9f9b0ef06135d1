import { afterEach, describe, expect, it } from 'vitest';
import { checkPhoneNumber, checkPortalEligibility, validateMessage } from '../../src/rules/index.js';

// A page may carry a script that added enumerable keys to Object.prototype. The rules read their
// own fields only: such a key is neither an unknown field of valid input nor a value they take.
const polluted = Object.prototype as Record<string, unknown>;

afterEach(() => {
  for (const key of ['foo', 'minimumAge', 'defaultCountry', 'maxLength']) delete polluted[key];
});

describe('rules under a polluted Object.prototype', () => {
  const eligibility = { birthDate: '1990-05-01', now: new Date('2026-03-10T15:00:00Z'), timeZone: 'UTC' };

  it('accept valid input when Object.prototype has an extra enumerable key', () => {
    polluted.foo = 1;
    expect(validateMessage({ body: 'hi', attachments: [], startedFrom: 'home-page' }).reason).toBe(
      'ready-to-send',
    );
    expect(checkPhoneNumber('2125550100', { defaultCountry: 'US' }).valid).toBe(true);
    expect(checkPortalEligibility(eligibility).eligible).toBe(true);
  });

  it('do not take an inherited value for a field the caller left out', () => {
    polluted.minimumAge = 120;
    expect(checkPortalEligibility(eligibility).eligible).toBe(true);
    polluted.defaultCountry = 'GB';
    expect(checkPhoneNumber('2125550100').e164).toBe('+12125550100');
  });
});

describe('rules reading a field whose getter throws', () => {
  const throwing = (fields: Record<string, unknown>, name: string) =>
    Object.defineProperty({ ...fields }, name, {
      enumerable: true,
      get() {
        throw new Error('secret value');
      },
    });
  const pathOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return (error as { issues?: { path: unknown }[] }).issues?.[0]?.path;
    }
    throw new Error('expected an error');
  };

  it('names the field, as the caller wrote it', () => {
    const eligibility = { now: new Date('2026-03-10T15:00:00Z'), timeZone: 'UTC' };
    expect(pathOf(() => checkPortalEligibility(throwing(eligibility, 'birthDate') as never))).toEqual([
      'birthDate',
    ]);
    const message = { body: 'hi', startedFrom: 'home-page' };
    expect(
      pathOf(() =>
        validateMessage({ ...message, attachments: [throwing({ sizeBytes: 1 }, 'name')] } as never),
      ),
    ).toEqual(['attachments', 0, 'name']);
  });
});
