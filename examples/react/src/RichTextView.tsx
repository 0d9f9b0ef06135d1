import type { StepView } from 'portal-helpdesk/react';

type RichText = StepView['instructions'];

/**
 * Guide text as React elements: portal labels in bold, everything else as text. Never markup from
 * data, so a name such as `<img onerror=...>` shows as those characters.
 *
 * @example
 * ```tsx
 * <RichTextView text={[{ kind: 'text', text: 'Click ' }, { kind: 'label', text: 'Sign In' }]} />
 * //=> Click <strong>Sign In</strong>
 * ```
 */
export function RichTextView(props: { text: RichText }) {
  return (
    <>
      {props.text.map((segment, index) =>
        // Segments are positional: the same text can appear twice.
        segment.kind === 'label' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: positional segments
          <strong key={index}>{segment.text}</strong>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: positional segments
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
