import { AssistElement } from './assist-element.js';

/**
 * Registers {@link AssistElement} as a custom element, once per tag name. Importing
 * `portal-helpdesk/element` defines nothing (the package has no side effects); a host calls this
 * once, before or after the tags are in the page. Returns the class registered under the name.
 *
 * @param tagName - The tag to register; default `portal-helpdesk-assist`.
 * @throws {Error} `NotSupportedError` from the browser when the name is taken by another class.
 *
 * @example
 * ```ts
 * import { defineAssistElement } from 'portal-helpdesk/element';
 * defineAssistElement();
 * document.body.append(document.createElement('portal-helpdesk-assist'));
 * ```
 */
export function defineAssistElement(tagName = 'portal-helpdesk-assist'): CustomElementConstructor {
  const existing = customElements.get(tagName);
  if (existing !== undefined) return existing;
  // One class per tag: the registry refuses a constructor registered under two names.
  const registered = tagName === 'portal-helpdesk-assist' ? AssistElement : class extends AssistElement {};
  customElements.define(tagName, registered);
  return registered;
}

declare global {
  /**
   * `document.querySelector('portal-helpdesk-assist')` and `document.createElement(...)` are typed
   * as {@link AssistElement} (under the default tag name) once this entry is imported.
   */
  interface HTMLElementTagNameMap {
    'portal-helpdesk-assist': AssistElement;
  }
}
