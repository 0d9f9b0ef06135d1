import { describe, expect, it } from 'vitest';
import type { Guide, GuideNote, GuideStep } from '../../src/guides/index.js';
import type { GuideCatalog, GuideParams } from '../../src/index.js';
import { isPortalHelpdeskError } from '../../src/index.js';
import { en as enLocale } from '../../src/locales/en/index.js';
import { es as esLocale } from '../../src/locales/es/index.js';
import { link, t, value } from '../../src/locales/text.js';

const en = enLocale.guide;
const es = esLocale.guide;

import { renderHtml, renderMarkdown, renderText } from '../../src/guides/index.js';

const hostile = `<img src=x onerror=alert(1)> "'& *bold* [x](y) <script>alert(1)</script>`;

const params: GuideParams = {
  patientName: hostile,
  portalUrl: 'https://portal.example.com/login?a=1&b=2',
  minimumAge: 13,
  maxLength: 1000,
  maxAttachments: 10,
};

function guideFor(catalog: GuideCatalog, locale: Guide['locale']): Guide {
  const note = (key: GuideNote['key'], kind: GuideNote['kind']): GuideNote => ({
    key,
    kind,
    text: catalog.notes[key](params),
  });
  const step = (
    key: GuideStep['key'],
    states: string[],
    labels: string[],
    notes: GuideNote[] = [],
    options: GuideStep['options'] = [],
  ): GuideStep => ({ key, states, text: catalog.steps[key](params), labels, notes, options });
  return {
    workflowId: 'registration',
    locale,
    ui: catalog.ui,
    audience: 'staff',
    title: catalog.titles.registration,
    intro: catalog.intros.registration(params),
    steps: [
      step('registration.openInvitation', ['openingInvitation'], ['Create My Account']),
      step(
        'security.chooseOption',
        ['security.choosingOption'],
        ['Text me', 'Call me', 'Security Question', 'Setup'],
        [note('patient.textRecommended', 'patient'), note('staff.landlineUS', 'staff')],
        [
          {
            key: 'security.text',
            text: catalog.options['security.text'](params),
            steps: [
              step('security.enterPhoneForText', ['security.enteringPhoneForText'], ['Send code']),
              step(
                'security.enterCode',
                ['security.enteringCode'],
                ['Verify'],
                [note('patient.codeNotReceived', 'patient')],
              ),
            ],
          },
          {
            key: 'security.question',
            text: catalog.options['security.question'](params),
            steps: [
              step(
                'security.answerQuestion',
                ['security.answeringQuestion'],
                ['Security Question', 'Save'],
                [note('patient.securityAnswerExact', 'patient')],
              ),
            ],
          },
        ],
      ),
      step(
        'relationship.choose',
        ['relationship.choosing'],
        [`I am ${hostile}`, `I manage ${hostile}'s account`, 'Continue'],
      ),
      step('registration.confirmation', ['confirmation'], ['Continue'], [note('warning.under13', 'warning')]),
    ],
    notes: [
      note('staff.portalUrl', 'staff'),
      note('staff.under13', 'staff'),
      note('warning.under13', 'warning'),
    ],
    outcome: { status: 'completed', reason: null },
  };
}

const guide = guideFor(en, 'en');
const renderers = { markdown: renderMarkdown, html: renderHtml, text: renderText };

/** The guide with another intro and nothing else that could hold a link. */
function withIntro(intro: Guide['intro'], base: Guide = guide): Guide {
  return { ...base, intro, steps: [], notes: [] };
}

function inOrder(output: string, parts: readonly string[]): boolean {
  let from = 0;
  for (const part of parts) {
    const at = output.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

describe('the t tag', () => {
  it('joins nested text with its neighbours, so composition never changes the segments', () => {
    const inner = t`b ${value('v')} c`;
    expect(t`a ${inner} d`).toEqual([
      { kind: 'text', text: 'a b ' },
      { kind: 'value', text: 'v' },
      { kind: 'text', text: ' c d' },
    ]);
    expect(t`x${t`y`}z`).toEqual([{ kind: 'text', text: 'xyz' }]);
  });
});

describe('renderMarkdown', () => {
  const output = renderMarkdown(guide);

  it('writes the title, intro, steps in order, options and sub-steps', () => {
    expect(output.startsWith('# Create your Patient Portal account\n\nFollow these steps')).toBe(true);
    expect(
      inOrder(output, [
        '## Steps',
        '1. Open the Patient Portal invitation email',
        '**Create My Account**',
        '2. Choose how to protect your athenahealth account',
        '   - **Text me** (recommended)',
        '     1. Type your phone number and click **Send code**.',
        '     2. Type the code',
        '   - **Security Question**: pick a question',
        '     1. Under **Security Question**',
        '3. If the portal shows the **Choose your patient relationship** page: click **I am',
        '4. On the confirmation page',
        '## Notes',
      ]),
    ).toBe(true);
  });

  it('writes notes as block quotes, warnings first', () => {
    expect(output).toContain('   > **Tip:** **Text me** is the recommended choice');
    expect(output).toContain('   >\n   > **Staff note:** This helpdesk tool tells landlines');
    expect(output.indexOf('> **Important:** No one under 13')).toBeLessThan(output.indexOf('## Steps'));
    expect(output).toContain(
      '> **Staff note:** Give the patient the portal address: [https://portal.example.com/login?a=1&amp;b=2](https://portal.example.com/login?a=1&amp;b=2).',
    );
  });

  it('escapes Markdown and HTML in names, so they show literally', () => {
    expect(output).toContain(
      '**I am &lt;img src=x onerror=alert(1)&gt; "\'&amp; \\*bold\\* \\[x\\](y) &lt;script&gt;alert(1)&lt;/script&gt;**',
    );
    expect(output).not.toContain('<img');
    expect(output).not.toContain('<script');
    expect(output).not.toContain('*bold*');
    expect(output).not.toContain('[x](y)');
  });

  it('keeps injected line breaks from starting new blocks', () => {
    const md = renderMarkdown(withIntro(t`${value('Jordan\n# Heading\n1. Fake step\n> quote')} here`));
    expect(md.split('\n').filter((line) => /^(#|1\.|>)/.test(line) && line.includes('Heading'))).toEqual([]);
    expect(md).toContain('Jordan \\# Heading 1. Fake step &gt; quote here');
  });

  it('keeps text at the start of a block from opening a list', () => {
    expect(renderMarkdown(withIntro(t`1. Not a list`))).toContain('\n\n1\\. Not a list\n');
    expect(renderMarkdown(withIntro(t`- Not a bullet`))).toContain('\n\n\\- Not a bullet\n');
  });

  it('drops links that are not http(s)', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,x',
      'nope',
    ]) {
      const md = renderMarkdown(withIntro(t`Go to ${link(href, 'the portal')}.`));
      expect(md).toContain('Go to the portal.');
      expect(md).not.toMatch(/\]\(/);
    }
  });

  it('links only to URLs without characters that could end a destination', () => {
    const md = renderMarkdown(withIntro(t`${link('https://example.com/a_(b)')}`));
    expect(md).toContain('https\\://example.com/a\\_(b)');
    expect(md).not.toContain('](');
    const ok = renderMarkdown(withIntro(t`${link('https://example.com/a_b?c=1&d=2')}`));
    expect(ok).toContain('[https://example.com/a\\_b?c=1&amp;d=2](https://example.com/a_b?c=1&amp;d=2)');
  });

  it('matches the snapshot', () => {
    expect(output).toMatchSnapshot();
  });
});

describe('renderHtml', () => {
  const output = renderHtml(guide);

  it('writes a section with the title, intro, steps in order, options and sub-steps', () => {
    expect(
      output.startsWith(
        '<section class="guide" lang="en" data-workflow="registration">\n<h2>Create your Patient Portal account</h2>',
      ),
    ).toBe(true);
    expect(output.trimEnd().endsWith('</section>')).toBe(true);
    expect(
      inOrder(output, [
        '<ol class="steps">',
        '<li>Open the Patient Portal invitation email',
        '<strong>Create My Account</strong>',
        '<li>Choose how to protect your athenahealth account',
        '<ul class="options">',
        '<li><strong>Text me</strong> (recommended)',
        '<ol class="sub-steps">',
        '<li>Type your phone number and click <strong>Send code</strong>.',
        '<li><strong>Security Question</strong>: pick a question',
        '<li>If the portal shows the <strong>Choose your patient relationship</strong> page: click <strong>I am',
        '<li>On the confirmation page',
      ]),
    ).toBe(true);
  });

  it('writes notes with role and kind classes, warnings first', () => {
    expect(output).toContain('<p role="note" class="note note-patient"><span class="note-kind">Tip:</span> ');
    expect(output).toContain(
      '<p role="note" class="note note-staff"><span class="note-kind">Staff note:</span> ',
    );
    expect(output.indexOf('class="note note-warning"')).toBeLessThan(output.indexOf('<h3>Steps</h3>'));
    expect(output).toContain(
      '<a href="https://portal.example.com/login?a=1&amp;b=2">https://portal.example.com/login?a=1&amp;b=2</a>',
    );
  });

  it('escapes every interpolated string', () => {
    expect(output).toContain(
      '<strong>I am &lt;img src=x onerror=alert(1)&gt; &quot;&#39;&amp; *bold* [x](y) &lt;script&gt;alert(1)&lt;/script&gt;</strong>',
    );
    const tags = output.match(/<[^>]*>/g) ?? [];
    for (const tag of tags) {
      expect(tag).toMatch(/^<\/?(section|h2|h3|p|ol|ul|li|strong|span|a)(\s[a-z-]+="[^"<>]*")*>$/);
      expect(tag).not.toMatch(/onerror|script/i);
    }
    const text = output.replace(/<[^>]*>/g, '');
    expect(text).not.toMatch(/[<>"']/);
    expect(text).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
  });

  it('escapes hostile titles, locale-independent attributes and link text', () => {
    const html = renderHtml({
      ...guide,
      title: hostile,
      intro: t`${link('https://example.com/"onmouseover="x', '<b>"x"</b>')} ${link('https://example.com/x', '<i>')}`,
    });
    expect(html).toContain('<h2>&lt;img src=x onerror=alert(1)&gt; &quot;&#39;&amp;');
    // A URL holding a quote is not linked at all; its text is escaped.
    expect(html).toContain(
      '<p class="intro">&lt;b&gt;&quot;x&quot;&lt;/b&gt; <a href="https://example.com/x">&lt;i&gt;</a></p>',
    );
  });

  it('drops links that are not http(s)', () => {
    for (const href of [
      'javascript:alert(1)',
      'java\nscript:alert(1)',
      'vbscript:x',
      'data:text/html,<script>x</script>',
    ]) {
      const html = renderHtml(withIntro(t`Go to ${link(href, 'the portal')}.`));
      expect(html).toContain('<p class="intro">Go to the portal.</p>');
      expect(html).not.toContain('<a ');
    }
  });

  it('matches the snapshot', () => {
    expect(output).toMatchSnapshot();
  });
});

describe('renderText', () => {
  const output = renderText(guide);

  it('numbers steps, letters options and quotes labels', () => {
    expect(
      inOrder(output, [
        'Create your Patient Portal account\n\nFollow these steps',
        'Important: No one under 13',
        'Step 1. Open the Patient Portal invitation email from the practice and click the "Create My Account" link.',
        'Step 2. Choose how to protect your athenahealth account ("Text me", "Call me" or "Security Question")',
        '   Tip: "Text me" is the recommended choice',
        '   Staff note: This helpdesk tool tells landlines',
        '   Option a) "Text me" (recommended): get a code by text message',
        '      1. Type your phone number and click "Send code".',
        '      2. Type the code',
        '         Tip: If no code comes',
        '   Option b) "Security Question": pick a question and answer it',
        'Step 3. If the portal shows the "Choose your patient relationship" page: click "I am ',
        'Step 4. On the confirmation page, click "Continue".',
        'Notes:',
        'Staff note: Give the patient the portal address: https://portal.example.com/login?a=1&b=2.',
      ]),
    ).toBe(true);
  });

  it('keeps injected line breaks out', () => {
    const text = renderText(withIntro(t`${value('Jordan\nStep 9. Fake')} here`));
    expect(text.split('\n').some((line) => line.startsWith('Step 9.'))).toBe(false);
  });

  it('shows the address of http(s) links only', () => {
    expect(renderText(withIntro(t`Open ${link('https://example.com/', 'the portal')}.`))).toContain(
      'Open the portal (https://example.com/).',
    );
    expect(renderText(withIntro(t`Open ${link('javascript:alert(1)', 'the portal')}.`))).toContain(
      'Open the portal.\n',
    );
  });

  it('matches the snapshot', () => {
    expect(output).toMatchSnapshot();
  });
});

describe('renderers in Spanish', () => {
  const spanish = guideFor(es, 'es');

  it('use the Spanish words of the catalog', () => {
    expect(renderText(spanish)).toContain('Paso 1. Abra el correo de invitación');
    expect(renderText(spanish)).toContain('   Opción a) "Text me" (recomendado)');
    expect(renderText(spanish)).toContain('   Nota para el personal: Esta herramienta de ayuda distingue');
    expect(renderMarkdown(spanish)).toContain('## Pasos');
    expect(renderMarkdown(spanish)).toContain('> **Importante:** Nadie menor de 13 años');
    expect(renderHtml(spanish)).toContain('<section class="guide" lang="es"');
    expect(renderHtml(spanish)).toContain('<span class="note-kind">Consejo:</span>');
  });
});

describe.each(Object.entries(renderers))('%s renderer', (_, render) => {
  it('says when the task is blocked', () => {
    const blocked: Guide = { ...guide, outcome: { status: 'blocked', reason: 'under-minimum-age' } };
    expect(render(blocked)).toContain(en.ui.blocked);
    expect(render(guide)).not.toContain(en.ui.blocked);
  });

  it("neutralises a locale's own renderer words: no new block, control or bidi override", () => {
    const words = Object.fromEntries(
      Object.keys(en.ui).map((key) => [key, `W\n\n# Heading\u001b]8;;https://x.test\u0007\r\u202eX\u009b2J`]),
    ) as Guide['ui'];
    const hostileWords: Guide = { ...guide, ui: words, outcome: { status: 'blocked', reason: null } };
    const output = render(hostileWords);
    const controls = [...output].filter((char) => {
      const code = char.codePointAt(0) ?? 0;
      return (code < 0x20 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f) || code === 0x202e;
    });
    expect(controls).toEqual([]);
    expect(output.split('\n').some((line) => /^#+ Heading|^Heading/.test(line))).toBe(false);
  });

  it('renders a guide with no steps or notes', () => {
    const empty: Guide = { ...guide, intro: [], steps: [], notes: [] };
    expect(render(empty)).toContain('Create your Patient Portal account');
  });

  it('rejects input that is not a guide', () => {
    const bad: unknown[] = [
      null,
      'guide',
      42,
      {},
      { ...guide, locale: 'not a language tag' },
      { ...guide, steps: 'none' },
      { ...guide, intro: [{ kind: 'script', text: 'x' }] },
      { ...guide, steps: [{ ...guide.steps[0], options: [{ text: [], steps: [{}] }] }] },
      // Strings are capped by length before anything reads them: 10,000 characters.
      { ...guide, title: 'x'.repeat(10_001) },
      { ...guide, intro: [{ kind: 'text', text: 'x'.repeat(5_000_000) }] },
      { ...guide, intro: [{ kind: 'link', text: 'x', href: `https://a.test/${'x'.repeat(10_000)}` }] },
    ];
    for (const input of bad) {
      let caught: unknown;
      try {
        render(input as Guide);
      } catch (error) {
        caught = error;
      }
      expect(isPortalHelpdeskError(caught) && caught.code).toBe('invalid-input');
    }
  });

  it('never repeats the bad value in the error', () => {
    try {
      render({ ...guide, title: 12345678 } as unknown as Guide);
      expect.unreachable();
    } catch (error) {
      expect(String(error)).not.toContain('12345678');
    }
  });
});
