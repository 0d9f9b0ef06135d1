/**
 * One run of guide text. Renderers style each kind: `label` is an exact portal UI label (bold),
 * `value` is personalised data such as the patient's name (always escaped), `link` a URL.
 */
export type TextSegment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'label'; readonly text: string }
  | { readonly kind: 'value'; readonly text: string }
  | { readonly kind: 'link'; readonly text: string; readonly href: string };

/** Guide text as segments, so no renderer ever has to parse markup out of a string. */
export type RichText = readonly TextSegment[];

/** An interpolated piece of catalog text: a plain string, or a styled segment. */
export type Piece = string | number | TextSegment | RichText | undefined;

/**
 * Tagged template for catalog text: literal parts become `text` segments; interpolations may be
 * segments made with {@link label}, {@link value} or {@link link}, or plain strings.
 *
 * @example
 * ```ts
 * t`Click ${label('Send code')}.`;
 * //=> [{ kind: 'text', text: 'Click ' }, { kind: 'label', text: 'Send code' }, { kind: 'text', text: '.' }]
 * ```
 */
export function t(strings: TemplateStringsArray, ...pieces: Piece[]): RichText {
  const segments: TextSegment[] = [];
  strings.forEach((literal, index) => {
    pushText(segments, literal);
    if (index < pieces.length) pushPiece(segments, pieces[index]);
  });
  return segments;
}

/** An exact portal UI label, e.g. `label('Create My Account')`. */
export function label(text: string): TextSegment {
  return { kind: 'label', text };
}

/** A personalised value (a name, a date): renderers escape it and never treat it as markup. */
export function value(text: string): TextSegment {
  return { kind: 'value', text };
}

/** A link; `text` defaults to the URL itself. */
export function link(href: string, text: string = href): TextSegment {
  return { kind: 'link', text, href };
}

function pushPiece(segments: TextSegment[], piece: Piece): void {
  if (piece === undefined) return;
  if (typeof piece === 'string' || typeof piece === 'number') pushText(segments, String(piece));
  // Nested text joins its neighbours, so a text is the same however it was composed.
  else if (Array.isArray(piece)) for (const segment of piece as RichText) pushPiece(segments, segment);
  else if ((piece as TextSegment).kind === 'text') pushText(segments, (piece as TextSegment).text);
  else segments.push(piece as TextSegment);
}

function pushText(segments: TextSegment[], text: string): void {
  if (text === '') return;
  const last = segments.at(-1);
  if (last?.kind === 'text') segments[segments.length - 1] = { kind: 'text', text: last.text + text };
  else segments.push({ kind: 'text', text });
}
