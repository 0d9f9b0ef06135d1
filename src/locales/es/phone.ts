import type { PhoneWords } from '../types.js';

const ASK =
  'Pregunte si ese teléfono puede recibir mensajes de texto: si puede, elija "Text me"; si no, elija "Call me".';
const RECHECK =
  'No es un número de teléfono válido. Léaselo al paciente y revise los dígitos y, si es de otro país, el código de país.';

/**
 * Spanish advice of `checkPhoneNumber`, per reason code.
 *
 * @example
 * ```ts
 * phone.landline;
 * //=> 'Es un teléfono fijo y no recibe mensajes de texto. Elija "Call me" para recibir el código con una llamada.'
 * ```
 */
export const phone: PhoneWords = /* @__PURE__ */ Object.freeze<PhoneWords>({
  mobile:
    'Es un número de celular, así que lo mejor es elegir "Text me": el código le llega por mensaje de texto.',
  landline:
    'Es un teléfono fijo y no recibe mensajes de texto. Elija "Call me" para recibir el código con una llamada.',
  'mobile-or-landline': `En este país el número no indica si es celular o teléfono fijo. ${ASK}`,
  voip: `Es un número de internet (VoIP); algunos reciben mensajes de texto y otros no. ${ASK}`,
  'toll-free':
    'Es un número gratuito, que suele ser de una empresa y no de una persona. Pida un teléfono que conteste el propio paciente.',
  'service-number':
    'Es un número de servicio especial (por ejemplo, un localizador o una línea de tarifa especial). Pida un celular o un teléfono de casa que conteste el propio paciente.',
  'type-unknown': `El número es válido, pero no sabemos si es celular o teléfono fijo. ${ASK}`,
  empty: 'No se escribió ningún número. Pregúntele al paciente qué número quiere usar.',
  'too-long': RECHECK,
  'not-a-phone-number': RECHECK,
  'has-extension':
    'Un número con extensión no puede recibir el código de verificación. Pida un número directo, sin extensión.',
});
