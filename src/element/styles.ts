/**
 * The element's default stylesheet. Every colour and the font come from custom properties the host
 * page may set on the element (or any ancestor): `--phd-font`, `--phd-text`, `--phd-surface`,
 * `--phd-muted`, `--phd-accent`, `--phd-accent-text`, `--phd-border`, `--phd-focus-ring`,
 * `--phd-note`, `--phd-warning`, `--phd-error`, `--phd-radius`, `--phd-gap`. The defaults meet
 * WCAG AA contrast (4.5:1 for text) against each other.
 */
export const assistElementCss = `
:host {
  display: block;
  font-family: var(--phd-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  color: var(--phd-text, #1b1b1f);
  background: var(--phd-surface, #ffffff);
  line-height: 1.5;
}
:host([hidden]) { display: none; }
.panel { display: grid; gap: var(--phd-gap, 0.75rem); padding: var(--phd-gap, 0.75rem); }
h2, h3 { margin: 0; line-height: 1.25; }
h2 { font-size: 1.25rem; }
h3 { font-size: 1.05rem; }
h2:focus, h3:focus { outline: none; }
h2:focus-visible, h3:focus-visible { outline: 3px solid var(--phd-focus-ring, #0b3d91); outline-offset: 2px; }
p { margin: 0; }
.task, .triage {
  display: grid;
  gap: var(--phd-gap, 0.75rem);
  border-inline-start: 4px solid var(--phd-accent, #0b57d0);
  padding-inline-start: var(--phd-gap, 0.75rem);
}
.labels, .notes, .tasks, .causes { margin: 0; padding-inline-start: 1.25rem; }
.label { font-weight: 600; }
.value { font-style: italic; }
.note { padding: 0.25rem 0.5rem; border-radius: var(--phd-radius, 6px); }
.note-staff { background: var(--phd-note, #fff4ce); color: var(--phd-text, #1b1b1f); }
.note-warning { border: 2px solid var(--phd-warning, #8a4b00); }
.note-kind { font-weight: 700; }
.muted { color: var(--phd-muted, #4a4a55); }
.problem, .error {
  color: var(--phd-error, #a1141c);
  border: 2px solid currentColor;
  border-radius: var(--phd-radius, 6px);
  padding: 0.5rem;
}
.outcome { font-weight: 600; }
.controls { display: grid; gap: var(--phd-gap, 0.75rem); }
.actions { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: flex-end; }
form { display: grid; gap: 0.5rem; border: 1px solid var(--phd-border, #6b6b76); border-radius: var(--phd-radius, 6px); padding: 0.75rem; margin: 0; }
.form-title, .question { font-weight: 600; }
.field { display: grid; gap: 0.25rem; }
.check { display: flex; gap: 0.5rem; align-items: center; }
button {
  font: inherit;
  color: var(--phd-accent-text, #ffffff);
  background: var(--phd-accent, #0b57d0);
  border: 2px solid var(--phd-accent, #0b57d0);
  border-radius: var(--phd-radius, 6px);
  padding: 0.4rem 0.9rem;
  cursor: pointer;
  justify-self: start;
}
button:hover { filter: brightness(0.9); }
input, select {
  font: inherit;
  color: var(--phd-text, #1b1b1f);
  background: var(--phd-surface, #ffffff);
  border: 1px solid var(--phd-border, #6b6b76);
  border-radius: 4px;
  padding: 0.3rem 0.4rem;
}
input[type="checkbox"] { inline-size: 1.1rem; block-size: 1.1rem; accent-color: var(--phd-accent, #0b57d0); }
button:focus-visible, input:focus-visible, select:focus-visible, a:focus-visible {
  outline: 3px solid var(--phd-focus-ring, #0b3d91);
  outline-offset: 2px;
}
a { color: var(--phd-accent, #0b57d0); }
.visually-hidden {
  position: absolute;
  inline-size: 1px;
  block-size: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
  border: 0;
}
@media (forced-colors: active) {
  button { border-color: ButtonText; }
  .note-staff { border: 1px solid CanvasText; }
}
`;

let shared: CSSStyleSheet | undefined;

/**
 * Gives a shadow root the default stylesheet: one constructable stylesheet shared by every element
 * (not blocked by a page's `style-src` Content Security Policy), or a `<style>` element where the
 * browser has no constructable stylesheets.
 *
 * @example
 * ```ts
 * applyStyles(this.attachShadow({ mode: 'open' }));
 * ```
 */
export function applyStyles(root: ShadowRoot): void {
  if (typeof CSSStyleSheet === 'function' && 'adoptedStyleSheets' in root) {
    try {
      shared ??= new CSSStyleSheet();
      if (shared.cssRules.length === 0) shared.replaceSync(assistElementCss);
      root.adoptedStyleSheets = [shared];
      return;
    } catch {
      // A browser with the property but no constructor: fall through to <style>.
    }
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = assistElementCss;
  root.append(style);
}
