import { describe, expect, it } from 'vitest';
import type { Guide } from '../../src/guides/index.js';
import { buildGuide, renderHtml, renderMarkdown, renderText } from '../../src/guides/index.js';
import { stripInvisibleControls } from '../../src/internal/invisible.js';
import { es } from '../../src/locales/es/index.js';

// Issue 12, output safety: a hostile personalised value or link renders as inert text in every
// format. The Markdown checks are what a GFM parser would turn into a link (inline links and
// images, <autolinks>, and the extended autolinks: www., scheme://, user@host.tld).

const hostileValues = [
  '[x](javascript:alert(1))',
  '![img](https://evil.example/x.png)',
  '<https://evil.example>',
  '<user@evil.example>',
  'www.evil.example',
  'WWW.evil.example/path',
  'http://evil.example/path',
  'see https://evil.example now',
  'ftp://evil.example',
  'user@evil.example',
  'mailto:user@evil.example',
  'xmpp:user@evil.example',
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  "' onmouseover='alert(1)",
  '&lt;script&gt;',
  '`code` **bold** _it_ ~~gone~~',
  'Ana\u202eevil\u2066x\u2069\u200b\u200c\u200d\u2060\ufeff\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u2067\u2068 Rivera',
  'Jordan\n# Heading\n1. fake step\n> quote\r\n- item',
];

const hostileHrefs = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\nscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:x',
  '//evil.example/x',
  'https://evil.example/a b',
  'https://evil.example/a)b',
  'https://evil.example/a(b',
  'https://evil.example/a"b',
  "https://evil.example/a'b",
  'https://evil.example/a`b',
  'https://evil.example/[x]',
  'https://evil.example/a\\b',
  'https://evil.example/<script>',
  'https://evil.example/\u202eexe.txt',
  'https://evil.example/\u200b',
  'https://user:pass@evil.example/',
  `https://evil.example/${'a'.repeat(3000)}`,
];

const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;

/** A guide whose every piece of text carries `text`, and whose links point at `href`. */
function hostileGuide(text: string, href = 'https://portal.example.com/'): Guide {
  const rich = [
    { kind: 'text', text },
    { kind: 'label', text },
    { kind: 'value', text },
    { kind: 'link', text, href },
  ];
  const note = (kind: string) => ({ key: 'x', kind, text: rich });
  return {
    workflowId: 'registration',
    locale: 'en',
    audience: 'staff',
    title: text,
    intro: rich,
    steps: [
      {
        key: 'x',
        states: [],
        text: rich,
        labels: [text],
        notes: [note('staff')],
        options: [
          {
            key: 'x',
            text: rich,
            steps: [{ key: 'y', states: [], text: rich, labels: [], notes: [], options: [] }],
          },
        ],
      },
    ],
    notes: [note('warning'), note('patient')],
    outcome: { status: 'blocked', reason: null },
  } as unknown as Guide;
}

/** What a GFM parser would make a link of, in Markdown this renderer wrote for hostile text only. */
function liveMarkdownLinks(markdown: string): string[] {
  const found: string[] = [];
  const patterns: [string, RegExp][] = [
    ['inline link or image', /(?:^|[^\\])\]\(/],
    ['raw HTML or autolink', /</],
    ['www autolink', /(?:^|[\s*_~(])www\./i],
    ['scheme autolink', /[a-z]:\/\//i],
    ['email autolink', /[a-zA-Z0-9.+_-]@[a-zA-Z0-9_-]+\.[a-zA-Z0-9_-]/],
    ['mailto/xmpp', /(?:mailto|xmpp):/i],
    ['code span', /(?:^|[^\\])`/],
  ];
  for (const [name, pattern] of patterns) if (pattern.test(markdown)) found.push(name);
  return found;
}

const ALLOWED_TAG = /<\/?(?:section|h2|h3|p|ol|ul|li|strong|span|a)(?: [a-z-]+="[^"<>]*")*>/g;

function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  if (html.replace(ALLOWED_TAG, '').includes('<')) problems.push('unescaped <');
  if (html.replace(ALLOWED_TAG, '').includes('"')) problems.push('unescaped "');
  for (const [, href] of html.matchAll(/href="([^"]*)"/g)) {
    if (!/^https?:\/\/[^\s"'<>()[\]\\`&]*(?:&amp;[^\s"'<>()[\]\\`&]*)*$/.test(href ?? ''))
      problems.push(`href ${href}`);
    if (/javascript:/i.test(href ?? '')) problems.push('javascript: href');
  }
  return problems;
}

describe('hostile values in every renderer', () => {
  it.each(hostileValues)('value %j', (value) => {
    const guide = hostileGuide(value);
    const markdown = renderMarkdown(guide);
    // The guide's own link to the portal (its text escaped) is the one link allowed.
    const withoutOwnLinks = markdown.replace(/\[(?:\\.|[^\]\\])*\]\(https:\/\/portal\.example\.com\/\)/g, '');
    expect(liveMarkdownLinks(withoutOwnLinks)).toEqual([]);
    const html = renderHtml(guide);
    expect(htmlProblems(html)).toEqual([]);
    const text = renderText(guide);
    for (const output of [markdown, html, text]) {
      expect(output).not.toMatch(INVISIBLE);
      // An injected line break never starts a block of the injected text's own.
      const injectedBlock = /^\s*(?:# Heading|1\. fake|> quote|- item)/;
      expect(output.split('\n').some((line) => injectedBlock.test(line))).toBe(false);
    }
  });

  const hrefCases = hostileHrefs.map((href) => [
    href.length > 60 ? `${href.slice(0, 30)}... (${href.length} chars)` : href,
    href,
  ]);
  it.each(hrefCases)('href %j renders as plain text', (_, href = '') => {
    const guide = hostileGuide('the portal', href);
    const markdown = renderMarkdown(guide);
    expect(markdown).not.toContain('](');
    expect(liveMarkdownLinks(markdown)).toEqual([]);
    const html = renderHtml(guide);
    expect(html).not.toContain('<a ');
    expect(htmlProblems(html)).toEqual([]);
    expect(renderText(guide)).not.toContain('(http');
    expect(renderText(guide)).not.toMatch(INVISIBLE);
  });

  it('a good link stays a link, in every format', () => {
    const guide = hostileGuide('the portal', 'https://portal.example.com/login?a=1&b=2');
    expect(renderMarkdown(guide)).toContain('[the portal](https://portal.example.com/login?a=1&amp;b=2)');
    expect(renderHtml(guide)).toContain(
      '<a href="https://portal.example.com/login?a=1&amp;b=2">the portal</a>',
    );
    expect(renderText(guide)).toContain('the portal (https://portal.example.com/login?a=1&b=2)');
  });

  it('a backtick in a name is an entity in Markdown, so no parser can pair it with another', () => {
    // marked takes backslash-escaped backticks as code-span ends when it looks for emphasis: the
    // label around the name ("I manage ... account") lost its bold in the Spanish guide.
    const guide = buildGuide(
      'registration',
      { channel: 'lab-result', relationship: 'manager' },
      { patientName: 'Ana ``` Z', locale: es },
    );
    const markdown = renderMarkdown(guide);
    expect(markdown).not.toContain('`');
    expect(markdown).toContain("**I manage Ana &#96;&#96;&#96; Z's account**");
  });

  it('personalised names from buildGuide are cleaned too', () => {
    const guide = buildGuide(
      'registration',
      { channel: 'lab-result' },
      { patientName: 'Ana\u202e www.evil.example user@evil.example' },
    );
    const markdown = renderMarkdown(guide);
    expect(markdown).toContain('Ana www\\.evil.example user\\@evil.example');
    expect(liveMarkdownLinks(markdown.replace(/\[[^\]]*\]\(https?:[^)]*\)/g, ''))).toEqual([]);
    for (const output of [markdown, renderHtml(guide), renderText(guide)])
      expect(output).not.toMatch(INVISIBLE);
  });
});

describe('stripInvisibleControls', () => {
  it('removes every bidi and zero-width control, and nothing else', () => {
    const controls =
      '\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff';
    expect(stripInvisibleControls(`A${controls}B`)).toBe('AB');
    const kept = 'Ana María Núñez-O’Brien \u00a0\u00ad\u2028 日本 مرحبا 👩';
    expect(stripInvisibleControls(kept)).toBe(kept);
  });
});
