import type { EligibilityWords } from '../types.js';

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

/**
 * English eligibility advice.
 *
 * @example
 * ```ts
 * eligibility['under-minimum-age']({ minimumAge: 13, eligibleOn: { year: 2025, month: 3, day: 1 } });
 * //=> 'They are under 13, so they cannot have their own Patient Portal account until March 1, 2025. ...'
 * ```
 */
export const eligibility: EligibilityWords = /* @__PURE__ */ Object.freeze<EligibilityWords>({
  eligible: ({ minimumAge }) =>
    `They are ${minimumAge} or older, so they can create a Patient Portal account.`,
  'under-minimum-age': ({ minimumAge, eligibleOn: { year, month, day } }) =>
    `They are under ${minimumAge}, so they cannot have their own Patient Portal account until ` +
    `${MONTHS[month - 1]} ${day}, ${year}. Until then, a parent or other caregiver can have a family ` +
    'access account to see their health and billing information.',
});
