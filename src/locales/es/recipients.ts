import type { RecipientsWords } from '../types.js';

/**
 * Spanish advice of `recipientOptions`, per reason code.
 *
 * @example
 * ```ts
 * recipients['providers-only'];
 * //=> 'En "Provider", el paciente elige uno de los proveedores que lo han atendido ...'
 * ```
 */
export const recipients: RecipientsWords = /* @__PURE__ */ Object.freeze<RecipientsWords>({
  'providers-only':
    'En "Provider", el paciente elige uno de los proveedores que lo han atendido y luego el "Office location" donde trabaja ese proveedor.',
  'providers-and-office-staff':
    'En "Provider", el paciente elige un proveedor que lo ha atendido, u "Office staff" si la consulta es para la recepción, y luego un "Office location".',
  'no-recipients':
    'Todavía no hay a quién escribir: la lista incluye a los proveedores que ya atendieron al paciente, y todavía no hay ninguno. Ayúdelo por teléfono o revise en la página "Portal Settings" cómo se enrutan los mensajes.',
});
