import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { Guide } from '../../src/guides/index.js';
import { buildGuide, renderHtml, renderMarkdown, renderText } from '../../src/guides/index.js';
import { PortalHelpdeskError } from '../../src/index.js';
import { parseInput } from '../../src/internal/validate.js';
import { validateMessage } from '../../src/rules/index.js';
import {
  familyProfilesSchema,
  MAX_DEPARTMENTS,
  MAX_FAMILY_PROFILES,
  MAX_PROVIDERS,
  providersSchema,
} from '../../src/workflows/shared/input-schemas.js';

// Issue 12, bounded work: every array in a public input is capped, and the cap is checked before
// any item is read. A Proxy stands for "20 MB of nulls": it counts index reads and throws on the
// first one, so the only way to pass is to refuse the array by its length alone.

/** 4,000,000 nulls (`[null,null,...]` is 20 MB of JSON), as a Proxy counting index reads. */
function hugeArray(): { array: unknown[]; reads: () => number } {
  let reads = 0;
  const array = new Proxy<unknown[]>([], {
    get(target, key, receiver) {
      if (key === 'length') return 4_000_000;
      if (typeof key === 'string' && /^\d+$/.test(key)) {
        reads++;
        throw new Error('an item was read');
      }
      return Reflect.get(target, key, receiver);
    },
  });
  return { array, reads: () => reads };
}

function refusal(run: () => unknown): { code: string; paths: unknown[] } {
  try {
    run();
  } catch (error) {
    if (error instanceof PortalHelpdeskError)
      return { code: error.code, paths: error.issues.map((i) => i.path) };
    return { code: `raw: ${String(error)}`, paths: [] };
  }
  return { code: 'accepted', paths: [] };
}

describe('capped arrays in workflow inputs', () => {
  const shape = z.object({ providers: providersSchema, familyProfiles: familyProfilesSchema });
  const parse = (value: unknown) => parseInput(shape, value, 'test');

  it('caps are chosen and exported', () => {
    expect([MAX_PROVIDERS, MAX_DEPARTMENTS, MAX_FAMILY_PROFILES]).toEqual([500, 100, 50]);
  });

  it('20 MB of nulls as providers is refused without reading an item', () => {
    const huge = hugeArray();
    expect(refusal(() => parse({ providers: huge.array, familyProfiles: [] }))).toEqual({
      code: 'invalid-input',
      paths: [['providers']],
    });
    expect(huge.reads()).toBe(0);
  });

  it('departments and family profiles too, with the path of the field', () => {
    const departments = hugeArray();
    const profiles = hugeArray();
    const value = {
      providers: [{ id: 'p1', name: 'Dr. Lee', departments: departments.array }],
      familyProfiles: profiles.array,
    };
    expect(refusal(() => parse(value))).toEqual({
      code: 'invalid-input',
      paths: [['providers', 0, 'departments'], ['familyProfiles']],
    });
    expect(departments.reads() + profiles.reads()).toBe(0);
  });

  it('an array at its cap is read; one more is refused', () => {
    const provider = (index: number) => ({ id: `p${index}`, name: 'Dr. Lee', departments: [] });
    const at = Array.from({ length: MAX_PROVIDERS }, (_, index) => provider(index));
    expect(parse({ providers: at, familyProfiles: [] }).providers).toHaveLength(MAX_PROVIDERS);
    expect(refusal(() => parse({ providers: [...at, provider(-1)], familyProfiles: [] })).paths).toEqual([
      ['providers'],
    ]);
  });

  it('validateMessage: 20 MB of nulls as attachments', () => {
    const huge = hugeArray();
    expect(
      refusal(() =>
        validateMessage({ body: 'x', attachments: huge.array as never, startedFrom: 'home-page' }),
      ),
    ).toEqual({ code: 'invalid-input', paths: [['attachments']] });
    expect(huge.reads()).toBe(0);
  });
});

describe('capped arrays in a guide handed to a renderer', () => {
  // A plain copy: not the frozen object buildGuide made, so the renderers check it.
  const base = { ...buildGuide('security-setup', { security: 'text' }) } as Record<string, unknown>;
  const renderers = { renderMarkdown, renderHtml, renderText };

  it.each(['steps', 'notes', 'intro'])('20 MB of nulls as %s is refused without reading an item', (field) => {
    for (const render of Object.values(renderers)) {
      const huge = hugeArray();
      const guide = { ...base, [field]: huge.array } as unknown as Guide;
      expect(refusal(() => render(guide))).toEqual({ code: 'invalid-input', paths: [[field]] });
      expect(huge.reads()).toBe(0);
    }
  });

  it('steps nested 100,000 deep are refused, not a stack overflow', () => {
    let step: Record<string, unknown> = { text: [], notes: [], options: [] };
    for (let depth = 0; depth < 100_000; depth++) {
      step = { text: [], notes: [], options: [{ text: [], steps: [step] }] };
    }
    for (const render of Object.values(renderers)) {
      const result = refusal(() => render({ ...base, steps: [step] } as unknown as Guide));
      expect(result.code).toBe('invalid-input');
    }
  });

  it('a copy of a built guide still renders', () => {
    for (const render of Object.values(renderers)) {
      expect(render(base as unknown as Guide)).toBe(
        render(buildGuide('security-setup', { security: 'text' })),
      );
    }
  });
});
