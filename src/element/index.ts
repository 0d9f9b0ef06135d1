/**
 * `<portal-helpdesk-assist>`: the staff assist session as a framework-free custom element, for
 * any EHR front-end (Angular, Vue, server-rendered pages). Importing this entry defines nothing:
 * call `defineAssistElement()`. See docs/element.md.
 *
 * @packageDocumentation
 */
export type {
  AssistElementErrorCode,
  AssistElementErrorDetail,
  AssistElementEventMap,
} from './assist-element.js';
export { AssistElement } from './assist-element.js';
export { defineAssistElement } from './define.js';
export type { ElementSpeech } from './locale.js';
export { assistElementCss } from './styles.js';
export type { ElementWords } from './words.js';
export { elementWords } from './words.js';
