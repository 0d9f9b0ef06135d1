import type { Locale } from '../internal/locale.js';
import type { GuideProvider } from '../workflows/define-workflow.js';

/** Neutral stand-ins for details the caller did not give: never invented names. */
export type Placeholders = {
  readonly patient: string;
  readonly familyMember: string;
  readonly provider: string;
  readonly location: string;
};

const placeholders: Readonly<Record<Locale, Placeholders>> = {
  en: {
    patient: '<patient name>',
    familyMember: '<family member name>',
    provider: '<provider>',
    location: '<office location>',
  },
  es: {
    patient: '<nombre del paciente>',
    familyMember: '<nombre del familiar>',
    provider: '<proveedor>',
    location: '<consultorio>',
  },
};

/** The placeholders of a locale. */
export function placeholdersFor(locale: Locale): Placeholders {
  return locale === 'es' ? placeholders.es : placeholders.en;
}

/** The Provider list a guide walks with when the caller gave none: one placeholder provider. */
export function placeholderProviders(words: Placeholders): GuideProvider[] {
  return [{ id: 'provider', name: words.provider, departments: [{ id: 'location', name: words.location }] }];
}
