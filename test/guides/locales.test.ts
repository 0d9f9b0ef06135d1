import { describe, expect, it } from 'vitest';
import type { AnyStateNode } from 'xstate';
import type { RichText } from '../../src/guides/index.js';
import type { CatalogEntry, GuideCatalog, GuideParams } from '../../src/index.js';
import { en as enLocale } from '../../src/locales/en/index.js';
import { es as esLocale } from '../../src/locales/es/index.js';

const en = enLocale.guide;
const es = esLocale.guide;
const catalogs = { en, es };

import type { StepMeta } from '../../src/workflows/index.js';
import { workflowIds, workflows } from '../../src/workflows/index.js';

const fullParams: GuideParams = {
  patientName: 'Jordan Rivera',
  portalUrl: 'https://portal.example.com/',
  practiceName: 'Main Street Family Medicine',
  minimumAge: 13,
  eligibleOn: '2027-03-01',
  maxLength: 1000,
  maxAttachments: 10,
  attachmentCount: 2,
  providerName: 'Dr. Ana Lee',
  locationName: 'Main Street Clinic',
  familyMemberName: 'Mia Rivera',
};
const minimalParams: GuideParams = {
  patientName: 'Jordan Rivera',
  minimumAge: 13,
  maxLength: 1000,
  maxAttachments: 10,
};
const paramSets = { full: fullParams, minimal: minimalParams };

// Names of portal pages, links and statuses that the reference gives but no state lists as something
// to click: a step may name them besides its own state's labels.
const referenceNames = [
  'Create your new password',
  'Terms and Conditions',
  'Privacy Policy',
  'Prospective',
  'Manage Prospective Patients',
  'Quickview',
  'Patient Registration',
  'Portal Accounts',
  'Portal Settings',
  'Provider-based message routing',
  'Clinical Inbox',
];

const entryRecords = ['intros', 'steps', 'notes', 'options'] as const;

function plain(text: RichText): string {
  return text.map((segment) => segment.text).join('');
}

function labelsIn(text: RichText): string[] {
  return text.filter((segment) => segment.kind === 'label').map((segment) => segment.text);
}

function entries(catalog: GuideCatalog, record: (typeof entryRecords)[number]): [string, CatalogEntry][] {
  return Object.entries(catalog[record]);
}

/** Every state's meta, from every machine, by guide key: the union of their labels, personalised. */
function labelsByGuideKey(patientName: string): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  const visit = (node: AnyStateNode) => {
    const meta = node.meta as StepMeta | undefined;
    if (meta?.guide) {
      const labels = result.get(meta.guide) ?? new Set<string>();
      for (const label of meta.labels) labels.add(label.replaceAll('{patientName}', patientName));
      result.set(meta.guide, labels);
      // The patient's own words for the state show the same labels.
      if (meta.patientGuide) result.set(meta.patientGuide, new Set(labels));
    }
    for (const child of Object.values(node.states)) visit(child);
  };
  for (const id of workflowIds) visit(workflows[id].machine.root);
  return result;
}

describe('guide catalogs', () => {
  it('have exactly the same keys in every record', () => {
    for (const record of ['titles', ...entryRecords, 'ui'] as const) {
      expect(Object.keys(es[record]).sort(), record).toEqual(Object.keys(en[record]).sort());
    }
  });

  it('have a title and an intro for every workflow', () => {
    for (const catalog of [en, es]) {
      expect(Object.keys(catalog.titles).sort()).toEqual([...workflowIds].sort());
      expect(Object.keys(catalog.intros).sort()).toEqual([...workflowIds].sort());
    }
  });

  it('have step text for exactly the guide keys the machines use', () => {
    const used = [...labelsByGuideKey('x').keys()].sort();
    expect(Object.keys(en.steps).sort()).toEqual(used);
  });

  it.each(Object.entries(catalogs))(
    '%s: every entry gives non-empty text for sample params',
    (_, catalog) => {
      for (const [set, params] of Object.entries(paramSets)) {
        for (const record of entryRecords) {
          for (const [key, entry] of entries(catalog, record)) {
            const text = entry(params);
            expect(plain(text).trim(), `${record}.${key} (${set})`).not.toBe('');
            for (const segment of text) expect(segment.text, `${record}.${key} (${set})`).not.toBe('');
            expect(plain(text), `${record}.${key} (${set})`).not.toMatch(
              /undefined|null|NaN|\{patientName\}/,
            );
          }
        }
      }
      for (const [key, title] of Object.entries(catalog.titles)) expect(title.trim(), key).not.toBe('');
      for (const [key, word] of Object.entries(catalog.ui)) expect(word.trim(), key).not.toBe('');
    },
  );

  it('gives Spanish text that differs from the English', () => {
    for (const record of entryRecords) {
      for (const [key, entry] of entries(es, record)) {
        const english = en[record][key as keyof (typeof en)[typeof record]] as CatalogEntry;
        expect(plain(entry(fullParams)), `${record}.${key}`).not.toBe(plain(english(fullParams)));
      }
    }
    for (const [key, title] of Object.entries(es.titles)) {
      expect(title, key).not.toBe(en.titles[key as keyof typeof en.titles]);
    }
  });

  it('keeps the same UI labels, in English, in both languages', () => {
    for (const record of entryRecords) {
      for (const [key, entry] of entries(es, record)) {
        const english = en[record][key as keyof (typeof en)[typeof record]] as CatalogEntry;
        for (const params of Object.values(paramSets)) {
          expect(labelsIn(entry(params)).sort(), `${record}.${key}`).toEqual(
            labelsIn(english(params)).sort(),
          );
        }
      }
    }
  });

  it.each(Object.entries(catalogs))(
    "%s: steps use only their state's labels or reference names",
    (_, catalog) => {
      for (const params of Object.values(paramSets)) {
        const allowed = labelsByGuideKey(params.patientName);
        for (const [key, entry] of entries(catalog, 'steps')) {
          const own = allowed.get(key) ?? new Set<string>();
          for (const label of labelsIn(entry(params))) {
            expect([...own, ...referenceNames], `${key}: ${label}`).toContain(label);
          }
        }
      }
    },
  );

  it.each(Object.entries(catalogs))('%s: steps name every label of their state', (_, catalog) => {
    const expected = labelsByGuideKey(minimalParams.patientName);
    for (const [key, entry] of entries(catalog, 'steps')) {
      const used = new Set(labelsIn(entry(minimalParams)));
      for (const label of expected.get(key) ?? []) expect(used.has(label), `${key}: ${label}`).toBe(true);
    }
  });

  it.each(Object.entries(catalogs))('%s: notes, options and intros use only known labels', (_, catalog) => {
    const all = new Set([...labelsByGuideKey(fullParams.patientName).values()].flatMap((set) => [...set]));
    for (const record of ['intros', 'notes', 'options'] as const) {
      for (const [key, entry] of entries(catalog, record)) {
        for (const params of [fullParams]) {
          for (const label of labelsIn(entry(params))) {
            expect([...all, ...referenceNames], `${record}.${key}: ${label}`).toContain(label);
          }
        }
      }
    }
  });

  it('puts the parameters into the text', () => {
    for (const catalog of [en, es]) {
      expect(plain(catalog.steps['message.write'](fullParams))).toContain('1000');
      expect(plain(catalog.notes['patient.attachOneAtATime'](fullParams))).toContain('10');
      expect(plain(catalog.steps['registration.blockedUnderAge'](fullParams))).toContain('2027-03-01');
      expect(plain(catalog.steps['relationship.blockedUnderAge'](minimalParams))).not.toContain('2027');
      expect(catalog.notes['staff.portalUrl'](fullParams)).toContainEqual({
        kind: 'link',
        text: 'https://portal.example.com/',
        href: 'https://portal.example.com/',
      });
      expect(catalog.steps['relationship.choose'](fullParams)).toContainEqual({
        kind: 'label',
        text: "I manage Jordan Rivera's account",
      });
      expect(catalog.steps['registration.blockedNoPhoneOfRecord'](fullParams)).toContainEqual({
        kind: 'value',
        text: 'Jordan Rivera',
      });
      expect(plain(catalog.notes['warning.under13']({ ...minimalParams, minimumAge: 16 }))).toContain('16');
    }
  });

  it('marks "Text me" as the recommended security option', () => {
    expect(plain(catalogs.en.options['security.text'](minimalParams))).toMatch(/^Text me \(recommended\)/);
    expect(plain(catalogs.es.options['security.text'](minimalParams))).toMatch(/^Text me \(recomendado\)/);
  });

  it('carries the guide words in each locale object', () => {
    expect(enLocale.guide).toBe(en);
    expect(esLocale.guide).toBe(es);
    expect(Object.isFrozen(enLocale)).toBe(true);
  });
});
