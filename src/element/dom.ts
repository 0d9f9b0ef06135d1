import type { RichText } from '../guides/guide.js';
import { flatten } from '../internal/invisible.js';

type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes and children. Strings become text nodes, never markup (the
 * element never parses HTML from data), flattened as the renderers do: no control character or bidi
 * override in a name can start a line or reverse the text around it.
 *
 * @example
 * ```ts
 * h(document, 'p', { class: 'muted' }, 'Hello ', name).outerHTML;
 * //=> '<p class="muted">Hello &lt;img&gt;</p>' for the name '<img>'
 * ```
 */
export function h<Tag extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: Tag,
  attributes: Readonly<Record<string, string>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[Tag] {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(typeof child === 'string' ? flatten(child) : child);
  return element;
}

/**
 * Guide text as DOM: portal labels in `<strong>`, personalised values in a span, links only for
 * http(s) addresses; every run of text flattened (no control or bidi override) and put in text
 * nodes.
 *
 * @example
 * ```ts
 * richText(document, [{ kind: 'text', text: 'Click ' }, { kind: 'label', text: 'Verify' }]);
 * //=> Click <strong class="label">Verify</strong>
 * ```
 */
export function richText(doc: Document, text: RichText): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  for (const segment of text) {
    const words = segment.text;
    if (segment.kind === 'label') fragment.append(h(doc, 'strong', { class: 'label' }, words));
    else if (segment.kind === 'value') fragment.append(h(doc, 'span', { class: 'value' }, words));
    else if (segment.kind === 'link' && /^https?:\/\//i.test(segment.href)) {
      const link = h(doc, 'a', { rel: 'noopener noreferrer', target: '_blank' }, words);
      link.href = segment.href;
      fragment.append(link);
    } else fragment.append(flatten(words));
  }
  return fragment;
}

/**
 * Guide text as one plain string, for the live region.
 *
 * @example
 * ```ts
 * plainText([{ kind: 'text', text: 'Click ' }, { kind: 'label', text: 'Verify' }]);
 * //=> 'Click Verify'
 * ```
 */
export function plainText(text: RichText): string {
  return text.map((segment) => flatten(segment.text)).join('');
}

/**
 * A code name in words, for an event or field the element has no word for.
 *
 * @example
 * ```ts
 * humanise('SEND_CODE');
 * //=> 'Send code'
 * humanise('startedFrom');
 * //=> 'Started from'
 * ```
 */
export function humanise(name: string): string {
  const words = name
    .replace(/[_-]/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
