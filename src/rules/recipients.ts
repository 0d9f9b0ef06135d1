import * as z from 'zod/mini';
import { deepFreeze } from '../internal/freeze.js';
import { parseInput } from '../internal/validate.js';
import { recipients as enRecipients } from '../locales/en/recipients.js';
import { type LocaleOption, localeOption, wordsOf } from '../locales/option.js';
import type { Locale } from '../locales/types.js';

/**
 * The portal's label for the practice-staff recipient, quoted exactly.
 *
 * @example
 * ```ts
 * OFFICE_STAFF_LABEL;
 * //=> 'Office staff'
 * ```
 */
export const OFFICE_STAFF_LABEL = 'Office staff';
/**
 * The `id` given to the "Office staff" option (the same value as the secure-message machine's).
 *
 * @example
 * ```ts
 * OFFICE_STAFF_ID;
 * //=> 'office-staff'
 * ```
 */
export const OFFICE_STAFF_ID = 'office-staff';

/** A department (office location) where a provider works. */
export interface Department {
  readonly id: string;
  readonly name: string;
}

/** A provider the patient has seen, with the departments they work in. */
export interface MessageProvider {
  readonly id: string;
  readonly name: string;
  readonly departments: readonly Department[];
}

/** Input of {@link recipientOptions}. */
export interface RecipientOptionsInput {
  /** Providers the patient has seen. */
  readonly providers: readonly MessageProvider[];
  /** Portal Settings: "Provider-based message routing". When on, "Office staff" is not offered. */
  readonly providerBasedRouting: boolean;
  /**
   * Office locations offered with "Office staff". Default: every department of the listed providers,
   * once each, in order of first appearance (see docs/policies.md).
   */
  readonly officeStaffDepartments?: readonly Department[] | undefined;
  /**
   * Language of `advice`: a {@link Locale} with a `recipients` section, such as `es` from
   * `portal-helpdesk/locales/es`; English when absent.
   */
  readonly locale?: Locale | undefined;
}

/** One entry of the Office location list. */
export interface OfficeLocationOption {
  readonly id: string;
  readonly label: string;
}

/** One entry of the Provider list, with the Office locations to offer once it is chosen. */
export interface RecipientOption {
  readonly kind: 'provider' | 'office-staff';
  readonly id: string;
  readonly label: string;
  readonly officeLocations: readonly OfficeLocationOption[];
}

/** Why the list looks as it does. */
export type RecipientOptionsReason = 'providers-only' | 'providers-and-office-staff' | 'no-recipients';

/** Result of {@link recipientOptions}. */
export interface RecipientOptionsResult {
  /** The Provider list: providers in the given order, then "Office staff" when it is offered. */
  readonly options: readonly RecipientOption[];
  readonly officeStaffOffered: boolean;
  readonly reason: RecipientOptionsReason;
  readonly advice: string;
}

const departmentSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
});
const providerSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  departments: z.array(departmentSchema).check(z.maxLength(1000)),
});
const inputSchema = z.strictObject({
  providers: z.array(providerSchema).check(
    z.maxLength(10_000),
    z.refine((list) => new Set(list.map((provider) => provider.id)).size === list.length, {
      message: 'Provider ids must be unique',
    }),
  ),
  providerBasedRouting: z.boolean(),
  officeStaffDepartments: z.optional(z.array(departmentSchema).check(z.maxLength(10_000))),
  locale: z.optional(localeOption('recipients', enRecipients)),
});

/**
 * Lists the recipients a patient can pick in the portal's Provider field: the providers they have
 * seen, plus "Office staff" only when provider-based message routing is off in Portal Settings.
 * Each option carries its Office location list (the provider's departments), which routes the
 * message to the right Clinical Inbox.
 *
 * @param input - Providers, the routing setting, and optionally the departments for "Office staff".
 * @returns A frozen result with the options in display order.
 * @throws {PortalHelpdeskError} `invalid-input` for a wrong shape, an empty id or name, or a repeated
 *   provider id.
 *
 * @example
 * ```ts
 * recipientOptions({
 *   providers: [{ id: 'p1', name: 'Dr. Ana Ruiz', departments: [{ id: 'd1', name: 'Main Street Clinic' }] }],
 *   providerBasedRouting: false,
 * }).options.map((option) => option.label);
 * //=> ['Dr. Ana Ruiz', 'Office staff']
 * ```
 */
export function recipientOptions(input: RecipientOptionsInput): RecipientOptionsResult {
  const parsed = parseInput(inputSchema, input, 'recipientOptions');
  const words = wordsOf(parsed.locale as LocaleOption | undefined, 'recipients', enRecipients);
  const options: RecipientOption[] = parsed.providers.map((provider) => ({
    kind: 'provider',
    id: provider.id,
    label: provider.name,
    officeLocations: toLocations(provider.departments),
  }));
  const officeStaffOffered = !parsed.providerBasedRouting;
  if (officeStaffOffered) {
    const departments = parsed.officeStaffDepartments ?? parsed.providers.flatMap((p) => p.departments);
    options.push({
      kind: 'office-staff',
      id: OFFICE_STAFF_ID,
      label: OFFICE_STAFF_LABEL,
      officeLocations: toLocations(departments),
    });
  }
  const reason: RecipientOptionsReason =
    options.length === 0
      ? 'no-recipients'
      : officeStaffOffered
        ? 'providers-and-office-staff'
        : 'providers-only';
  return deepFreeze({ options, officeStaffOffered, reason, advice: words[reason] });
}

/**
 * The Office location list for one provider: their departments, once each, in the given order.
 *
 * @param provider - A provider with their departments.
 * @returns Frozen options with `id` and `label`.
 * @throws {PortalHelpdeskError} `invalid-input` when the provider has the wrong shape.
 *
 * @example
 * ```ts
 * officeLocations({ id: 'p1', name: 'Dr. Ana Ruiz', departments: [{ id: 'd1', name: 'Main Street Clinic' }] });
 * //=> [{ id: 'd1', label: 'Main Street Clinic' }]
 * ```
 */
export function officeLocations(provider: MessageProvider): readonly OfficeLocationOption[] {
  const parsed = parseInput(providerSchema, provider, 'officeLocations');
  return deepFreeze(toLocations(parsed.departments));
}

function toLocations(departments: readonly Department[]): OfficeLocationOption[] {
  const seen = new Set<string>();
  const locations: OfficeLocationOption[] = [];
  for (const department of departments) {
    if (seen.has(department.id)) continue;
    seen.add(department.id);
    locations.push({ id: department.id, label: department.name });
  }
  return locations;
}
