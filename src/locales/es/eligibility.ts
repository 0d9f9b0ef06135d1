import type { EligibilityWords } from '../types.js';

const MONTHS =
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' ');

/**
 * Spanish eligibility advice.
 *
 * @example
 * ```ts
 * eligibility['under-minimum-age']({ minimumAge: 13, eligibleOn: { year: 2025, month: 3, day: 1 } });
 * //=> 'Es menor de 13 años, así que no puede tener su propia cuenta del portal del paciente hasta el 1 de marzo de 2025. ...'
 * ```
 */
export const eligibility: EligibilityWords = /* @__PURE__ */ Object.freeze<EligibilityWords>({
  eligible: ({ minimumAge }) =>
    `Tiene ${minimumAge} años o más, así que puede crear su cuenta del portal del paciente.`,
  'under-minimum-age': ({ minimumAge, eligibleOn: { year, month, day } }) =>
    `Es menor de ${minimumAge} años, así que no puede tener su propia cuenta del portal del paciente hasta el ` +
    `${day} de ${MONTHS[month - 1]} de ${year}. Mientras tanto, su padre, su madre u otra persona que lo ` +
    'cuide puede tener una cuenta de acceso familiar para ver su información de salud y de facturación.',
});
