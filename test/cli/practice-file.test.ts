import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRACTICE_ENV, practiceJsonSchema } from '../../src/cli/practice-file.js';
import { run } from './utils.js';

const schemaFile = new URL('../../schemas/practice.schema.json', import.meta.url);

const practice = JSON.stringify({
  portalUrl: 'https://portal.valley-clinic.test',
  timeZone: 'America/Chicago',
  providerBasedRouting: true,
  providers: [{ id: 'p1', name: 'Dr. Rosa Diaz', departments: [{ id: 'd1', name: 'Valley Clinic' }] }],
});

describe('the practice file', () => {
  it('is described by the shipped JSON Schema, generated from the zod schema', () => {
    const generated = practiceJsonSchema();
    // `UPDATE_PRACTICE_SCHEMA=1 npx vitest run test/cli/practice-file.test.ts` rewrites it (then
    // `npx biome check --write` formats it; the comparison is of the parsed JSON).
    if (process.env.UPDATE_PRACTICE_SCHEMA === '1')
      writeFileSync(schemaFile, `${JSON.stringify(generated, null, 2)}\n`);
    expect(JSON.parse(readFileSync(schemaFile, 'utf8'))).toEqual(generated);
    const schema = generated as {
      properties: Record<string, unknown>;
      additionalProperties: boolean;
    };
    expect(Object.keys(schema.properties).sort()).toEqual(
      ['$schema', 'minimumAge', 'portalUrl', 'providerBasedRouting', 'providers', 'timeZone'].sort(),
    );
    expect(schema.additionalProperties).toBe(false);
  });

  it('personalises the guide: providers, office locations, portal address', () => {
    const result = run(['guide', 'secure-message', '--practice', 'practice.json', '--no-sample'], {
      files: { 'practice.json': practice },
    });
    expect(result.code).toBe(0);
    expect(result.out).toContain('Dr. Rosa Diaz');
    expect(result.out).toContain('Valley Clinic');
    expect(result.out).not.toContain('Avery Lee');
  });

  it('takes the $schema line docs/cli.md shows (for editors) and reads nothing from it', () => {
    const withSchema = JSON.stringify({
      $schema: './node_modules/portal-helpdesk/schemas/practice.schema.json',
      ...JSON.parse(practice),
    });
    const result = run(['guide', 'secure-message', '--practice', 'practice.json', '--no-sample'], {
      files: { 'practice.json': withSchema },
    });
    expect(result.code).toBe(0);
    expect(result.out).toContain('Dr. Rosa Diaz');
  });

  it('reads standard input with -', () => {
    const result = run(['guide', 'secure-message', '--practice', '-'], { stdin: practice });
    expect(result.out).toContain('Dr. Rosa Diaz');
  });

  it(`is read from ${PRACTICE_ENV} when --practice is not given; the flag wins`, () => {
    const env = (name: string) => (name === PRACTICE_ENV ? 'env.json' : undefined);
    const files = {
      'env.json': practice,
      'flag.json': JSON.stringify({
        providers: [{ id: 'p2', name: 'Dr. Kim Park', departments: [{ id: 'd2', name: 'East Clinic' }] }],
      }),
    };
    expect(run(['guide', 'secure-message'], { files, io: { env } }).out).toContain('Dr. Rosa Diaz');
    const flagged = run(['guide', 'secure-message', '--practice', 'flag.json'], { files, io: { env } });
    expect(flagged.out).toContain('Dr. Kim Park');
    expect(flagged.out).not.toContain('Dr. Rosa Diaz');
  });

  it('gives way to a flag key by key', () => {
    const result = run(
      [
        'guide',
        'registration',
        '--practice',
        'p.json',
        '--portal-url',
        'https://other.test',
        '--format',
        'json',
      ],
      { files: { 'p.json': practice } },
    );
    expect(result.out).toContain('https://other.test');
    expect(result.out).not.toContain('valley-clinic');
  });

  it.each([
    ['not JSON', '{ nope', '--practice: the file is not valid JSON'],
    ['an unknown key', '{"timezone":"UTC"}', '--practice (timezone): Unknown field'],
    [
      'an unknown time zone',
      '{"timeZone":"Mars/Olympus"}',
      '--practice (timeZone): Expected a time zone name known to Intl',
    ],
    [
      'an empty provider name',
      '{"providers":[{"id":"p","name":"","departments":[]}]}',
      '--practice (providers[0].name)',
    ],
    ['a javascript: address', '{"portalUrl":"javascript:alert(1)"}', '--practice (portalUrl)'],
  ])('refuses %s, naming the field and never the value (exit 2)', (_name, text, message) => {
    const result = run(['guide', 'registration', '--practice', 'bad.json'], { files: { 'bad.json': text } });
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
    expect(result.err).not.toContain('Mars');
    expect(result.err).not.toContain('alert');
  });

  it('never repeats the path of a file it cannot read', () => {
    const result = run(['guide', 'registration', '--practice', 'Ana Rivera 1990.json']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('--practice: cannot read the file');
    expect(result.err).not.toContain('Ana');
  });
});

describe('every buildGuide option as a flag', () => {
  it('birth date, now and time zone say when an under-age patient can register', () => {
    const result = run([
      'guide',
      'registration',
      '--scenario',
      'channel=invitation',
      '--patient-birth-date',
      '2016-09-02',
      '--now',
      '2026-03-10T15:00:00Z',
      '--time-zone',
      'America/New_York',
    ]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('2029-09-02');
  });

  it('the family member under Switch to View', () => {
    const result = run([
      'guide',
      'profile-switch',
      '--scenario',
      'profile=family-member',
      '--family-member-name',
      'Mia Lopez',
    ]);
    expect(result.out).toContain('Mia Lopez');
  });

  it('provider-based routing takes on or off', () => {
    for (const value of ['on', 'off']) {
      expect(run(['guide', 'secure-message', '--provider-based-routing', value]).code).toBe(0);
    }
  });

  it.each([
    [['--patient-birth-date', '2016-02-30'], '--patient-birth-date must be a real calendar date'],
    [['--minimum-age', '12'], '--minimum-age must be a whole number of years from 13 to 120'],
    [['--minimum-age', 'twelve'], '--minimum-age must be a whole number'],
    [['--time-zone', 'Mars/Olympus'], '--time-zone: Expected a time zone name known to Intl'],
    [['--now', '2026-01-01'], '--now: Expected a valid Date or an ISO 8601 date-time'],
    [['--provider-based-routing', 'maybe'], '--provider-based-routing'],
  ])('refuses %j naming the flag', (flags, message) => {
    const result = run(['guide', 'registration', ...flags]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
  });
});
