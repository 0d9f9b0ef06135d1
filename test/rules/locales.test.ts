import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/index.js';
import { en } from '../../src/locales/en/index.js';
import { es } from '../../src/locales/es/index.js';
import {
  checkBrowserSupport,
  checkPhoneNumber,
  checkPortalEligibility,
  checkStaffBrowser,
  diagnose,
  recipientOptions,
  validateMessage,
} from '../../src/rules/index.js';
import { searchHelp } from '../../src/search/index.js';
import { thrown } from '../helpers/thrown.js';

const IE11 = 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko';
const now = new Date('2025-02-28T15:00:00Z');
const draft = { body: '', attachments: [], startedFrom: 'home-page' } as const;

/** Each rule with the section it reads, called with a given `locale` option. */
const rules = {
  browser: (locale: unknown) => checkBrowserSupport(IE11, { locale } as never).advice,
  staffBrowser: (locale: unknown) => checkStaffBrowser(IE11, { locale } as never).advice,
  eligibility: (locale: unknown) =>
    checkPortalEligibility({ birthDate: '2012-02-29', now, timeZone: 'UTC', locale } as never).advice,
  message: (locale: unknown) => validateMessage(draft, undefined, { locale } as never).advice,
  phone: (locale: unknown) => checkPhoneNumber('+44 7400 123456', { locale } as never).advice,
  recipients: (locale: unknown) =>
    recipientOptions({ providers: [], providerBasedRouting: true, locale } as never).advice,
  triage: (locale: unknown) => diagnose('forgot-password', {}, { locale } as never).say,
  search: (locale: unknown) =>
    searchHelp('code', { locale } as never)
      .map((hit) => hit.title)
      .join('\n'),
} satisfies Record<Exclude<keyof Locale, 'code' | 'guide'>, (locale: unknown) => string>;

describe('the locale option of every rule', () => {
  it.each(Object.entries(rules))('%s: English by default, Spanish with es, English with en', (_, rule) => {
    expect(rule(en)).toBe(rule(undefined));
    expect(rule(es)).not.toBe(rule(undefined));
  });

  it.each(Object.entries(rules))('%s: the 0.1 code "en" still means English', (_, rule) => {
    expect(rule('en')).toBe(rule(undefined));
  });

  it.each(Object.entries(rules))('%s: any other code says to pass the locale object', (_, rule) => {
    for (const code of ['es', 'fr', 'EN', '']) {
      const error = thrown(() => rule(code));
      expect(error.code).toBe('invalid-input');
      expect(error.issues).toHaveLength(1);
      expect(error.issues[0]?.path).toEqual(['locale']);
      expect(error.issues[0]?.message).toContain("import { es } from 'portal-helpdesk/locales/es'");
    }
  });

  it.each(Object.entries(rules))('%s: refuses what is not a locale, naming the section', (section, rule) => {
    for (const bad of [null, 42, true, []]) {
      expect(thrown(() => rule(bad)).issues[0]).toEqual({
        path: ['locale'],
        message: 'Expected a locale object',
      });
    }
    const withoutSection = { ...en, [section]: undefined };
    // The search section alone is optional: without it, the triage and guide words are searched.
    if (section === 'search') expect(rule(withoutSection)).toBe(rule(en));
    else
      expect(thrown(() => rule(withoutSection)).issues[0]?.message).toBe(
        `Expected a locale with a ${section} section`,
      );
  });

  it('names the first missing or mistyped sentence of a host language, never a value', () => {
    const { 'outdated-browser': _dropped, ...partial } = en.browser;
    const error = thrown(() => rules.browser({ ...en, browser: partial }));
    expect(error.issues[0]?.message).toBe(
      "Expected the locale's browser section to have outdated-browser as a function",
    );
    const secret = 'Jane Doe 555-0100';
    const mistyped = { ...en, phone: { ...en.phone, mobile: () => secret } };
    expect(thrown(() => rules.phone(mistyped)).message).not.toContain(secret);
    expect(thrown(() => rules.phone(mistyped)).issues[0]?.message).toBe(
      "Expected the locale's phone section to have mobile as a string",
    );
  });

  it("uses a host's own language, section by section", () => {
    const custom: Locale = {
      ...en,
      code: 'en-GB',
      phone: { ...en.phone, mobile: 'A mobile: choose "Text me".' },
    };
    expect(checkPhoneNumber('+44 7400 123456', { locale: custom }).advice).toBe(
      'A mobile: choose "Text me".',
    );
    // A rule reads only its own section: a locale with that section alone is enough.
    const phoneOnly = { code: 'xx', phone: es.phone } as unknown as Locale;
    expect(checkPhoneNumber('+44 7400 123456', { locale: phoneOnly }).advice).toBe(es.phone.mobile);
  });
});

// --- The words themselves ------------------------------------------------------------------------

const browserParams = [
  { browsers: [] },
  { browsers: ['Google Chrome'], browserName: 'Safari', appName: 'Instagram' },
  { browsers: ['Google Chrome', 'Microsoft Edge', 'Mozilla Firefox'], browserName: 'Microsoft Edge' },
];

/** Every sentence of a locale, keyed `section.key#n`, with sample parameters. */
function sentences(locale: Locale): Map<string, string> {
  const out = new Map<string, string>();
  for (const section of ['browser', 'staffBrowser'] as const) {
    for (const [key, words] of Object.entries(locale[section])) {
      for (const [index, params] of browserParams.entries())
        out.set(`${section}.${key}#${index}`, words(params));
    }
  }
  out.set('eligibility.eligible', locale.eligibility.eligible({ minimumAge: 13 }));
  out.set(
    'eligibility.under-minimum-age',
    locale.eligibility['under-minimum-age']({ minimumAge: 13, eligibleOn: { year: 2025, month: 3, day: 1 } }),
  );
  for (const [key, words] of Object.entries(locale.message)) {
    out.set(
      `message.${key}`,
      typeof words === 'string' ? words : words({ count: 1, maxLength: 1000, maxAttachments: 10, over: 2 }),
    );
  }
  for (const [key, words] of Object.entries(locale.phone)) out.set(`phone.${key}`, words);
  for (const [key, words] of Object.entries(locale.recipients)) out.set(`recipients.${key}`, words);
  return out;
}

// Labels as the vendor's help page gives them; the Spanish quotes them in English too.
const PORTAL_LABELS = new Set([
  'Text me',
  'Call me',
  'Message',
  'Messages',
  'Send a message',
  'Send message',
  'Clinical Inbox',
  'Provider',
  'Office location',
  'Office staff',
  'Portal Settings',
  'Log in to Portal as Patient',
]);
const quoted = (text: string) => [...text.matchAll(/"([^"]+)"/g)].map((match) => match[1]);

describe('the words of en and es', () => {
  const english = sentences(en);
  const spanish = sentences(es);

  it('have the same sentences, and each Spanish one differs from the English', () => {
    expect([...spanish.keys()]).toEqual([...english.keys()]);
    for (const [key, text] of spanish) {
      expect(text.length, key).toBeGreaterThan(20);
      expect(text, key).not.toBe(english.get(key));
      expect(text, key).not.toBe(english.get(key));
    }
  });

  it('quote the same portal labels, in English, exactly', () => {
    for (const [key, text] of english) {
      for (const label of quoted(text)) expect(PORTAL_LABELS, `${key}: ${label}`).toContain(label);
      expect(quoted(spanish.get(key) ?? '').sort(), key).toEqual(quoted(text).sort());
    }
  });

  it('use one Spanish term per concept', () => {
    const all = [...spanish.values()].join('\n');
    // "navegador compatible", "tarjeta de crédito", "celular", "enviar": never their synonyms.
    for (const synonym of [
      /admitid/,
      /soportad/,
      /tarjeta de pago/,
      /tarjetas de pago/,
      /móvil/,
      /mandar/,
      /remitir/,
    ]) {
      expect(all).not.toMatch(synonym);
    }
    for (const text of spanish.values()) {
      if (/tarjeta/.test(text)) expect(text).toMatch(/tarjetas? de crédito/);
    }
    expect(all).toContain('navegador compatible');
  });
});
