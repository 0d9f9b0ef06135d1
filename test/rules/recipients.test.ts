import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PortalHelpdeskError } from '../../src/index.js';
import { es } from '../../src/locales/es/index.js';
import { type MessageProvider, officeLocations, recipientOptions } from '../../src/rules/index.js';

const main = { id: 'd1', name: 'Main Street Clinic' };
const north = { id: 'd2', name: 'North Campus' };
const providers: MessageProvider[] = [
  { id: 'p1', name: 'Dr. Ana Ruiz', departments: [main, north] },
  { id: 'p2', name: 'Dr. Sam Lee', departments: [north] },
];

describe('recipientOptions', () => {
  it('offers only providers when provider-based routing is on', () => {
    const result = recipientOptions({ providers, providerBasedRouting: true });
    expect(result.options.map((option) => option.label)).toEqual(['Dr. Ana Ruiz', 'Dr. Sam Lee']);
    expect(result).toMatchObject({ officeStaffOffered: false, reason: 'providers-only' });
    expect(result.options[0]?.officeLocations).toEqual([
      { id: 'd1', label: 'Main Street Clinic' },
      { id: 'd2', label: 'North Campus' },
    ]);
    expect(Object.isFrozen(result.options[0]?.officeLocations)).toBe(true);
  });

  it('adds "Office staff" last when provider-based routing is off', () => {
    const result = recipientOptions({ providers, providerBasedRouting: false });
    expect(result.options.at(-1)).toEqual({
      kind: 'office-staff',
      id: 'office-staff',
      label: 'Office staff',
      officeLocations: [
        { id: 'd1', label: 'Main Street Clinic' },
        { id: 'd2', label: 'North Campus' },
      ],
    });
    expect(result).toMatchObject({ officeStaffOffered: true, reason: 'providers-and-office-staff' });
    expect(result.advice).toContain('"Office staff"');
  });

  it('uses the practice’s own departments for "Office staff" when given', () => {
    const result = recipientOptions({
      providers,
      providerBasedRouting: false,
      officeStaffDepartments: [{ id: 'd9', name: 'Front Desk' }],
    });
    expect(result.options.at(-1)?.officeLocations).toEqual([{ id: 'd9', label: 'Front Desk' }]);
  });

  it('says when there is nobody to write to', () => {
    expect(recipientOptions({ providers: [], providerBasedRouting: true })).toMatchObject({
      options: [],
      reason: 'no-recipients',
    });
    expect(recipientOptions({ providers: [], providerBasedRouting: false }).options).toHaveLength(1);
    expect(recipientOptions({ providers: [], providerBasedRouting: true, locale: es }).advice).toContain(
      'proveedores',
    );
  });

  it('rejects bad input', () => {
    const duplicate = [providers[0], providers[0]] as MessageProvider[];
    expect(() => recipientOptions({ providers: duplicate, providerBasedRouting: true })).toThrow(
      PortalHelpdeskError,
    );
    expect(() => recipientOptions({ providers, providerBasedRouting: 'no' as unknown as boolean })).toThrow(
      PortalHelpdeskError,
    );
    expect(() =>
      recipientOptions({ providers: [{ id: '', name: 'x', departments: [] }], providerBasedRouting: true }),
    ).toThrow(PortalHelpdeskError);
  });

  it('property: "Office staff" appears exactly when routing is not provider-based', () => {
    const provider = fc.record({
      id: fc.uuid(),
      name: fc.string({ minLength: 1, maxLength: 20 }),
      departments: fc.array(
        fc.record({ id: fc.constantFrom('a', 'b', 'c'), name: fc.constantFrom('A', 'B') }),
      ),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(provider, { selector: (p) => p.id, maxLength: 5 }),
        fc.boolean(),
        (list, routing) => {
          const { options } = recipientOptions({ providers: list, providerBasedRouting: routing });
          const staff = options.filter(
            (option) => option.label === 'Office staff' && option.kind === 'office-staff',
          );
          expect(staff).toHaveLength(routing ? 0 : 1);
          expect(options.length).toBe(list.length + (routing ? 0 : 1));
          for (const option of options) {
            const ids = option.officeLocations.map((location) => location.id);
            expect(new Set(ids).size).toBe(ids.length);
          }
        },
      ),
    );
  });
});

describe('officeLocations', () => {
  it('lists a provider’s departments once each', () => {
    expect(officeLocations({ id: 'p1', name: 'Dr. Ana Ruiz', departments: [main, north, main] })).toEqual([
      { id: 'd1', label: 'Main Street Clinic' },
      { id: 'd2', label: 'North Campus' },
    ]);
  });
});
