import { getCountries } from 'libphonenumber-js/min';
import { describe, expect, it } from 'vitest';
import { isPhoneRegion, phoneRegions } from '../../src/workflows/shared/phone-regions.js';

// The input schemas check `defaultCountry` against our own copy of the phone metadata's region
// list (so a guide bundles none of the metadata): the copy must be the library's list, exactly.
describe('phone regions', () => {
  it("are libphonenumber-js's own, in its order", () => {
    expect(phoneRegions).toEqual(getCountries());
  });

  it('tell a known region from an unknown one', () => {
    expect(isPhoneRegion('GB')).toBe(true);
    expect(isPhoneRegion('XX')).toBe(false);
    expect(isPhoneRegion('gb')).toBe(false);
  });
});
