import { describe, expect, it } from 'vitest';
import { buildGuide } from '../../src/guides/index.js';
import { thrown } from '../helpers/thrown.js';

const departments = [{ id: 'dept-main', name: 'Main Street' }];
const provider = { id: 'prov-a', name: 'Dr. Ana Soto', departments };

describe('a secure-message guide for a practice whose settings leave the message nowhere to go', () => {
  it('is refused, naming the providers, when the practice lists none (routing on or off)', () => {
    for (const providerBasedRouting of [undefined, true, false]) {
      const error = thrown(() =>
        buildGuide(
          'secure-message',
          {},
          {
            practice: {
              providers: [],
              ...(providerBasedRouting === undefined ? {} : { providerBasedRouting }),
            },
          },
        ),
      );
      expect(error.code).toBe('invalid-input');
      expect(error.issues[0]?.path).toEqual(['practice', 'providers']);
    }
  });

  it('is refused, naming the provider’s departments, when a provider has no Office location', () => {
    const error = thrown(() =>
      buildGuide(
        'secure-message',
        {},
        { practice: { providers: [provider, { ...provider, id: 'prov-b', departments: [] }] } },
      ),
    );
    expect(error.issues[0]?.path).toEqual(['practice', 'providers', 1, 'departments']);
  });

  it('refuses "Office staff" when the practice has provider-based routing on, and takes it otherwise', () => {
    const error = thrown(() =>
      buildGuide(
        'secure-message',
        { officeStaff: true },
        { practice: { providers: [provider], providerBasedRouting: true } },
      ),
    );
    expect(error.message).toMatch(/^buildGuide\(scenario\): /);
    expect(error.issues[0]?.path).toEqual(['officeStaff']);
    for (const practice of [
      { providers: [provider], providerBasedRouting: false },
      { providers: [provider] },
    ]) {
      const guide = buildGuide('secure-message', { officeStaff: true }, { audience: 'patient', practice });
      expect(guide.outcome).toMatchObject({ status: 'completed' });
      expect(JSON.stringify(guide)).toContain('Office staff');
    }
  });

  it('walks every step to "Send message" for a practice with providers and Office locations', () => {
    const guide = buildGuide(
      'secure-message',
      {},
      { audience: 'patient', practice: { providers: [provider] } },
    );
    expect(guide.outcome).toMatchObject({ status: 'completed' });
    expect(JSON.stringify(guide)).toContain('Send message');
  });
});
