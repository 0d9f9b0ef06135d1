// The regions libphonenumber-js (min metadata) can read phone numbers of, as data: input schemas
// check a `defaultCountry` against this list without bundling the phone metadata, so a printed
// guide ships none of it. test/workflows/phone-regions.test.ts keeps it equal to the library's own
// `getCountries()` (docs/decisions.md, "Workflow checks"). Each group is a first letter followed by
// the second letters of its regions (`GABDEF...` is GA, GB, GD, GE, GF...).
const PHONE_REGIONS =
  'ACDEFGILMORSTUWXZ BABDEFGHIJLMNOQRSTWYZ CACDFGHIKLMNORUVWXYZ DEJKMOZ ECEGHRST FIJKMOR ' +
  'GABDEFGHILMNPQRTUWY HKNRTU IDELMNOQRST JEMOP KEGHIMNPRWYZ LABCIKRSTUVY MACDEFGHKLMNOPQRSTUVWXYZ ' +
  'NACEFGILOPRUZ OM PAEFGHKLMRSTWY QA REOSUW SABCDEGHIJKLMNORSTVXYZ TACDGHJKLMNORTVWZ UAGSYZ ' +
  'VACEGINU WFS XK YET ZAMW';

/** Every region of {@link isPhoneRegion}, in alphabetical order (the library's own order). */
export const phoneRegions: readonly string[] = Object.freeze(
  PHONE_REGIONS.split(' ').flatMap((group) => [...group.slice(1)].map((second) => `${group[0]}${second}`)),
);

const regions: ReadonlySet<string> = new Set(phoneRegions);

/**
 * Tells whether a two-letter code is a region whose phone numbers the phone rule can read.
 *
 * @example
 * ```ts
 * [isPhoneRegion('GB'), isPhoneRegion('XX')];
 * //=> [true, false]
 * ```
 */
export function isPhoneRegion(value: string): boolean {
  return regions.has(value);
}
