import type { MessageWords } from '../types.js';

/**
 * Spanish issue messages and advice of `validateMessage`.
 *
 * @example
 * ```ts
 * message['empty-message'];
 * //=> 'El mensaje está vacío. Pídale al paciente que primero escriba su consulta en el cuadro "Message".'
 * ```
 */
export const message: MessageWords = /* @__PURE__ */ Object.freeze<MessageWords>({
  'card-number-in-message': ({ count }) =>
    `Parece que el mensaje incluye ${count > 1 ? `${count} números` : 'un número'} de tarjeta de crédito. Pídale al paciente que ${count > 1 ? 'los' : 'lo'} borre: nunca se deben enviar datos de tarjetas de crédito por el portal.`,
  'empty-message':
    'El mensaje está vacío. Pídale al paciente que primero escriba su consulta en el cuadro "Message".',
  'message-too-long': ({ maxLength, over }) =>
    `El portal permite hasta ${maxLength} ${maxLength > 1 ? 'caracteres' : 'carácter'}, y este mensaje tiene ${over} de más. Pídale al paciente que acorte el mensaje o que envíe el resto en otro mensaje.`,
  'attachments-need-home-page':
    'Solo se pueden adjuntar archivos a un mensaje que se empezó en la página principal del portal. Pídale al paciente que lo empiece en la sección "Messages" de la página principal (con "Send a message" si los campos no aparecen).',
  'too-many-attachments': ({ maxAttachments, over }) =>
    `Un mensaje admite como máximo ${maxAttachments} ${maxAttachments === 1 ? 'archivo' : 'archivos'}. Pídale al paciente que quite ${over} ${over > 1 ? 'archivos' : 'archivo'} con la X junto al nombre del archivo${maxAttachments ? ` y ${over > 1 ? 'los' : 'lo'} envíe en otro mensaje` : ''}.`,
  'ready-to-send':
    'El mensaje está listo para enviar: con "Send message" llega a la bandeja "Clinical Inbox" del proveedor.',
  'ready-to-send-with-attachments':
    'El mensaje está listo para enviar con "Send message". Recuérdele al paciente que no adjunte fotos de tarjetas de crédito.',
});
