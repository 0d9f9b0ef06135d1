import { describe, expect, it } from 'vitest';
import { help } from '../../src/cli/help.js';
import { en } from '../../src/locales/en/index.js';
import { es } from '../../src/locales/es/index.js';
import { MAX_SEARCH_QUERY_LENGTH } from '../../src/search/index.js';
import { run } from './utils.js';

describe('portal-helpdesk search', () => {
  it("takes the patient's words, unquoted, to the symptom and the triage command that diagnoses it", () => {
    const result = run(['search', 'the', 'code', 'never', 'came', 'to', 'my', 'phone']);
    expect(result.code).toBe(0);
    const [first, command] = result.out.split('\n');
    expect(first).toMatch(/^code-not-received {2}/);
    expect(first).toContain(en.triage.symptoms['code-not-received'].name);
    expect(command?.trim()).toBe('portal-helpdesk triage code-not-received');
  });

  it('searches Spanish words with --locale es, in Spanish', () => {
    const result = run(['search', 'no me llegó el código', '--locale', 'es']);
    expect(result.code).toBe(0);
    expect(result.out.split('\n')[0]).toContain(es.triage.symptoms['code-not-received'].name);
  });

  it('gives JSON with --json and at most --limit results', () => {
    const result = run(['search', 'password', '--json', '--limit', '2']);
    expect(result.code).toBe(0);
    const hits = JSON.parse(result.out) as { kind: string }[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(2);
    expect(hits[0]).toMatchObject({ kind: 'symptom', symptom: 'forgot-password' });
  });

  it('exits 1 when nothing matches, as grep does, and says so on stderr', () => {
    const result = run(['search', 'zzqx']);
    expect(result).toMatchObject({ code: 1, out: '' });
    expect(result.err).toContain('nothing matches');
  });

  it('refuses bad options and over-long words without repeating the words', () => {
    for (const limit of ['0', '51', 'ten', '1.5']) {
      const result = run(['search', 'code', '--limit', limit]);
      expect(result.code, limit).toBe(2);
      expect(result.err).toContain('--limit must be a whole number from 1 to 50');
    }
    const secret = `Jordan Rivera ${'x'.repeat(MAX_SEARCH_QUERY_LENGTH)}`;
    const long = run(['search', secret]);
    expect(long.code).toBe(2);
    expect(long.err).toContain(`over ${MAX_SEARCH_QUERY_LENGTH} characters`);
    expect(long.err).not.toContain('Jordan');
    expect(run(['search']).code).toBe(2);
    expect(run(['search', '--help'])).toMatchObject({ code: 0, out: help.search });
    expect(help.main).toContain('portal-helpdesk search');
  });
});

describe("portal-helpdesk triage with the patient's words instead of a symptom id", () => {
  it('points to the symptoms the words describe, never repeating the words', () => {
    const result = run(['triage', 'Jordan says the code never came']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('unknown symptom; the words point to code-not-received');
    expect(result.err).not.toContain('Jordan');
  });

  it('still suggests the id for a typo, and nothing for words that match nothing', () => {
    expect(run(['triage', 'code-not-recieved']).err).toContain('did you mean "code-not-received"');
    expect(run(['triage', 'zzqx']).err).toBe(
      'portal-helpdesk: unknown symptom; run portal-helpdesk triage --help for the list',
    );
  });
});
