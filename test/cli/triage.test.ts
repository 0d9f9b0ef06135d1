import { describe, expect, it } from 'vitest';
import { help } from '../../src/cli/help.js';
import { en } from '../../src/locales/en/index.js';
import { es } from '../../src/locales/es/index.js';
import { symptomIds, type TriageDiagnosis } from '../../src/rules/index.js';
import { triageFactKeys } from '../../src/rules/triage/facts.js';
import { run } from './utils.js';

const IE11 = 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko';

describe('portal-helpdesk triage', () => {
  it('diagnoses from --fact pairs and says the fix and what to tell the patient', () => {
    const result = run([
      'triage',
      'code-not-received',
      '--fact',
      'code-step=security-setup',
      '--fact',
      'code-method=text',
      '--fact',
      'phone=+44 20 7946 0958',
    ]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('The code never came (code-not-received): diagnosed');
    expect(result.out).toContain('- landline-cannot-text: ');
    // The fix in the workflow's own words (labels quoted), then where a host starts it.
    expect(result.out).toContain(`Workflow step, ${en.guide.titles['security-setup']}: `);
    expect(result.out).toContain('choose "Call me" instead');
    expect(result.out).toContain('(security-setup > landlineAdvice)');
    expect(result.out).not.toMatch(/\[object Object\]|undefined/);
    expect(result.out).toContain(en.phone.landline);
  });

  it("prints a check's advice to staff under the check's name, apart from what to tell the patient", () => {
    for (const [locale, words] of [
      ['en', en],
      ['es', es],
    ] as const) {
      const result = run(['triage', 'message-will-not-send', '--locale', locale, '--fact', 'message-text= ']);
      expect(result.code).toBe(0);
      expect(result.out).toContain(`  ${words.triage.checks.message}: ${words.message['empty-message']}`);
      expect(result.out).toContain(`  ${words.triage.ui.say}: ${words.triage.tell['empty-message']}`);
    }
  });

  it('asks the questions, naming the fact that answers each, in Spanish with --locale es', () => {
    const result = run(['triage', 'browser-warning', '--locale', 'es']);
    expect(result.code).toBe(0);
    expect(result.out).toContain(es.triage.questions.browser);
    expect(result.out).toContain('(--fact user-agent | --fact browser=...)');
    expect(run(['triage', 'browser-warning', '--strict']).code).toBe(1);
    expect(run(['triage', 'browser-warning', '--strict', '--fact', 'browser=internet-explorer']).code).toBe(
      0,
    );
  });

  it('prints the diagnosis as JSON, counts and yes/no facts typed', () => {
    const result = run([
      'triage',
      'cannot-attach-file',
      '--json',
      '--fact',
      'started-from=home-page',
      '--fact',
      'attachments=12',
    ]);
    const diagnosis = JSON.parse(result.out) as TriageDiagnosis;
    expect(diagnosis.causes[0]?.code).toBe('too-many-attachments');
    const staff = JSON.parse(
      run(['triage', 'staff-login-as-patient', '--json', '--fact', `user-agent=${IE11}`]).out,
    );
    expect(staff.causes[0].code).toBe('staff-browser-not-supported');
    const family = JSON.parse(
      run(['triage', 'cannot-see-family-record', '--json', '--fact', 'name-under-switch-to-view=false']).out,
    );
    expect(family.causes[0]).toMatchObject({ code: 'family-access-not-set-up', practice: true });
  });

  it('runs the age check with the clock and time zone only the CLI reads', () => {
    const result = run([
      'triage',
      'child-under-13',
      '--json',
      '--fact',
      'birth-date=2013-11-26',
      '--time-zone',
      'UTC',
    ]);
    expect(JSON.parse(result.out).causes[0].code).toBe('under-minimum-age');
  });

  it('suggests a symptom or fact for a typo, never repeating what was typed otherwise', () => {
    const typo = run(['triage', 'forgot-pasword']);
    expect(typo.code).toBe(2);
    expect(typo.err).toContain('did you mean "forgot-password"?');
    const secret = run(['triage', 'Jane Doe 555-0100']);
    expect(secret.code).toBe(2);
    expect(secret.err).not.toContain('Jane');
    const fact = run(['triage', 'browser-warning', '--fact', 'user-agnet=x']);
    expect(fact.code).toBe(2);
    expect(fact.err).toContain('did you mean "user-agent"?');
    expect(run(['triage', 'browser-warning', '--fact', 'browser']).err).toContain(
      '--fact browser needs a value',
    );
  });

  it('refuses a bad fact value with the library error, naming the fact but not the value', () => {
    const result = run(['triage', 'browser-warning', '--fact', 'browser=Jane Doe']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^portal-helpdesk: --fact browser must be one of chrome, /);
    expect(result.err).not.toContain('Jane');
    const method = run(['triage', 'code-not-received', '--fact', 'code-method=<script>']);
    expect(method.err).toBe('portal-helpdesk: --fact code-method must be one of text, call');
    const yesNo = run(['triage', 'code-not-received', '--fact', 'phone-of-record-current=Jane']);
    expect(yesNo.code).toBe(2);
    expect(yesNo.err).toBe('portal-helpdesk: --fact phone-of-record-current must be true or false');
    const date = run(['triage', 'child-under-13', '--fact', 'birth-date=2010-02-30']);
    expect(date.code).toBe(2);
    expect(date.err).toBe(
      'portal-helpdesk: --fact birth-date: Expected a real calendar date written YYYY-MM-DD',
    );
  });

  it('has its own help, listing every symptom, and prints it to stderr with no symptom', () => {
    expect(run(['triage', '--help']).out).toBe(help.triage);
    for (const symptom of symptomIds) expect(help.triage).toContain(symptom);
    const kebab = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    for (const key of triageFactKeys) expect(help.triage.replace(/\s+/g, ' ')).toContain(kebab(key));
    const bare = run(['triage']);
    expect(bare.code).toBe(2);
    expect(bare.err).toBe(help.triage);
    expect(run(['--help']).out).toContain('portal-helpdesk triage <symptom>');
  });
});
