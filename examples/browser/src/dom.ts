/**
 * DOM helpers. Everything the panel shows from data goes through `textContent` or element
 * properties, never through markup; the one exception is the guide's `renderHtml` output, which
 * the library escapes.
 */
import type { RichText } from 'portal-helpdesk';

type Child = Node | string | null | undefined | false;

/**
 * Creates an element with a class and children; strings become text nodes, never markup.
 *
 * @example
 * ```ts
 * h('li', { className: 'fact' }, 'Name: ', patient.displayName).outerHTML;
 * //=> '<li class="fact">Name: &lt;img src=x&gt;</li>' for a hostile name
 * ```
 */
export function h<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  props: { className?: string; id?: string } = {},
  ...children: Child[]
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.id) element.id = props.id;
  element.append(...children.filter((child): child is Node | string => Boolean(child)));
  return element;
}

/**
 * The element with this id; the page's skeleton (index.html) always has it.
 *
 * @example
 * ```ts
 * byId<HTMLSelectElement>('task-select').value;
 * //=> 'registration'
 * ```
 */
export function byId<Kind extends HTMLElement = HTMLElement>(id: string): Kind {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html has no #${id}`);
  return element as Kind;
}

/**
 * Guide text as DOM: UI labels bold, personalised values in a span, links only for http(s).
 *
 * @example
 * ```ts
 * element.append(richText([{ kind: 'text', text: 'Click ' }, { kind: 'label', text: 'Verify' }]));
 * //=> Click <strong>Verify</strong>
 * ```
 */
export function richText(text: RichText): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const segment of text) {
    switch (segment.kind) {
      case 'label':
        fragment.append(h('strong', {}, segment.text));
        break;
      case 'value':
        fragment.append(h('span', { className: 'value' }, segment.text));
        break;
      case 'link': {
        const link = h('a', {}, segment.text);
        if (/^https?:\/\//.test(segment.href)) link.href = segment.href;
        fragment.append(link);
        break;
      }
      default:
        fragment.append(segment.text);
    }
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
  return text.map((segment) => segment.text).join('');
}

/**
 * A code name in words.
 *
 * @example
 * ```ts
 * humanise('enterPhoneForText');
 * //=> 'Enter phone for text'
 * humanise('SEND_CODE');
 * //=> 'Send code'
 * ```
 */
export function humanise(name: string): string {
  const words = name
    .replace(/_/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A button label for a sample event: its name, then its fields.
 *
 * @example
 * ```ts
 * describeEvent({ type: 'SEND_CODE', phone: '(201) 555-0123' });
 * //=> 'Send code (phone: (201) 555-0123)'
 * ```
 */
export function describeEvent(event: { readonly type: string }): string {
  const fields = Object.entries(event)
    .filter(([key]) => key !== 'type')
    .map(([key, value]) => `${humanise(key).toLowerCase()}: ${describeValue(value)}`);
  return fields.length > 0 ? `${humanise(event.type)} (${fields.join(', ')})` : humanise(event.type);
}

function describeValue(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') {
    if (value.trim() === '') return 'empty';
    return value.length > 40 ? `${value.slice(0, 37)}... (${value.length} characters)` : value;
  }
  return String(value);
}

/**
 * Replaces the children of an element.
 *
 * @example
 * ```ts
 * fill(byId('step-labels'), h('li', {}, 'Send code'));
 * ```
 */
export function fill(element: Element, ...children: Child[]): void {
  element.replaceChildren(...children.filter((child): child is Node | string => Boolean(child)));
}
