import * as z from 'zod/mini';

/** Longest URL a renderer links to. */
const MAX_HREF_LENGTH = 2048;

const UNSAFE_IN_HREF = /[\s\p{C}<>"'()[\]\\`]/u;

/**
 * The URL to link to, normalised, when it is an absolute `http:` or `https:` URL of at most 2048
 * characters, without user name or password, and neither as given nor normalised holds whitespace,
 * a control or format character, or any of `<>"'()[]\` and the backtick; otherwise `undefined`,
 * and the renderer shows the link's text, escaped, without a link.
 *
 * @example
 * ```ts
 * safeHref('https://portal.example.com/login');
 * //=> 'https://portal.example.com/login'
 * safeHref('javascript:alert(1)');
 * //=> undefined
 * safeHref('https://example.com/a)b');
 * //=> undefined
 * ```
 */
export function safeHref(href: string): string | undefined {
  if (href.length > MAX_HREF_LENGTH || UNSAFE_IN_HREF.test(href)) return undefined;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username !== '' || url.password !== '') return undefined;
  return url.href.length > MAX_HREF_LENGTH || UNSAFE_IN_HREF.test(url.href) ? undefined : url.href;
}

/**
 * An `http:` or `https:` URL that is safe in every renderer (see {@link safeHref}); length first.
 *
 * @example
 * ```ts
 * z.safeParse(httpUrlSchema, 'https://portal.example.org/[x](javascript:alert(1))').success;
 * //=> false
 * ```
 */
export const httpUrlSchema = z.string().check(
  z.refine((value) => safeHref(value) !== undefined, {
    message: 'Expected an http(s) URL without spaces, quotes, brackets or parentheses',
  }),
);

/**
 * As {@link httpUrlSchema}, `https:` only (a practice's portal address).
 *
 * @example
 * ```ts
 * z.safeParse(httpsUrlSchema, 'http://portal.example.org').success;
 * //=> false
 * ```
 */
export const httpsUrlSchema = z.string().check(
  z.refine((value) => safeHref(value)?.startsWith('https:') === true, {
    message: 'Expected an https URL without spaces, quotes, brackets or parentheses',
  }),
);
