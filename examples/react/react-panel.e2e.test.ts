import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH, STAFF_DESKTOP_USER_AGENT } from '../../test/helpers/chromium.js';
import { type StaticServer, serveStatic } from '../browser/server.js';

const dist = fileURLToPath(new URL('./dist/', import.meta.url));
const STORAGE_KEY = 'portal-helpdesk-react-example/assist-session';
const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

let server: StaticServer;
let profile: string;
let context: BrowserContext;
let page: Page;
let problems: string[];

beforeAll(async () => {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('examples/react/dist is missing: run `npm run test:e2e`, which builds it first');
  }
  server = await serveStatic(dist);
  profile = await mkdtemp(join(tmpdir(), 'portal-helpdesk-react-e2e-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? CHROMIUM_PATH,
    headless: true,
    userAgent: STAFF_DESKTOP_USER_AGENT,
    args: [...CHROMIUM_ARGS],
  });
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

beforeEach(async () => {
  page = await context.newPage();
  problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(server.url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expectState('#session-step', 'reviewingPreChecks');
});

afterEach(async () => {
  expect(problems).toEqual([]);
  await page.close();
});

const stateOf = (selector: string) => page.locator(selector).getAttribute('data-state', { timeout: 1000 });

async function expectState(selector: string, state: string): Promise<void> {
  await expect.poll(() => stateOf(selector).catch(() => null)).toBe(state);
}

/** CONTINUE, then choose a registration from a lab result email, then open its link. */
async function toCreatePassword(): Promise<void> {
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expectState('#session-step', 'choosingTask');
  const form = page.locator('form[data-event="CHOOSE_TASK"]');
  await form.getByLabel('task').selectOption('registration');
  await form.getByLabel('channel').selectOption('lab-result');
  await form.getByRole('button', { name: 'Choose task' }).click();
  await expectState('#task-step', 'openingLabResult');
  await page.getByRole('button', { name: 'Open link', exact: true }).click();
  await expectState('#task-step', 'createPassword');
}

describe('the React staff panel', () => {
  it('starts a session and shows the step with its labels, notes and actions', async () => {
    const step = page.locator('#session-step');
    expect(await step.locator('h2').textContent()).toBeTruthy();
    expect((await step.locator('.instructions').textContent())?.length).toBeGreaterThan(10);
    expect(await step.locator('.labels strong').count()).toBeGreaterThan(0);
    expect(await step.locator('.notes li').count()).toBeGreaterThan(0);
    expect(await page.locator('#notice').count()).toBe(0);
    expect(await page.locator('#summary-tasks li').count()).toBe(0);
  });

  it('starts a registration in which a family member registers, and says who registers', async () => {
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expectState('#session-step', 'choosingTask');
    const form = page.locator('form[data-event="CHOOSE_TASK"]');
    await form.getByLabel('task').selectOption('registration');
    await form.getByLabel('channel').selectOption('invitation');
    await form.getByLabel('role').selectOption('family-member');
    await form.getByLabel("family member's name").fill('Sam Example');
    await form.getByLabel("family member's birth date").fill('1962-05-04');
    await form.getByRole('button', { name: 'Choose task' }).click();
    await expectState('#task-step', 'openingInvitation');
    expect(await page.locator('#session-step .notes').textContent()).toContain(
      'Sam Example registers, not Alex Example',
    );
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toContain('family-member');
  });

  it('clicks through a task step, and is restored at that step after a reload', async () => {
    await toCreatePassword();
    expect(await page.locator('#session-step').getAttribute('data-state')).toBe('runningTask.registration');
    expect(await page.locator('#task-step').getAttribute('data-workflow')).toBe('registration');
    expect(await page.locator('#task-step .labels').textContent()).toContain('Create account');
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toContain('createPassword');

    await page.reload();
    await expectState('#task-step', 'createPassword');
    expect(await page.locator('#notice').count()).toBe(0);

    // The restored session goes on: a form event, then the task's next step.
    await page.locator('form[data-event="CREATE_ACCOUNT"]').getByRole('button').click();
    await expectState('#task-step', 'security.choosingOption');
    await page.getByRole('button', { name: 'Switch task', exact: true }).click();
    await expectState('#session-step', 'choosingTask');
    expect(await page.locator('#summary-tasks').textContent()).toBe('registration: switched');
  });

  it('answers triage questions from the step view with typed values, to a diagnosis', async () => {
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expectState('#session-step', 'choosingTask');
    const chooser = page.locator('form[data-event="CHOOSE_SYMPTOM"]');
    await chooser.getByLabel('symptom').selectOption('no-invitation-email');
    await chooser.getByRole('button').click();
    await expectState('#session-step', 'triaging');
    await page.getByLabel("What is the patient's date of birth?").fill('1990-01-15');
    await page.getByRole('button', { name: 'Record the answer', exact: true }).click();
    // A yes-no question: two buttons in words, sending true or false (text was refused).
    const question = page.getByRole('group', { name: /email address the practice has on file/ });
    await question.getByRole('button', { name: 'No', exact: true }).click();
    await expectState('#session-step', 'diagnosis');
    expect(await page.locator('#notice').count()).toBe(0);
  });

  it('discards a corrupt saved session with a notice and starts a new one', async () => {
    await page.evaluate(
      (key) => localStorage.setItem(key, '{"format":"portal-helpdesk/session"'),
      STORAGE_KEY,
    );
    await page.reload();
    await expect
      .poll(() =>
        page
          .locator('#notice')
          .textContent()
          .catch(() => null),
      )
      .toContain('invalid-snapshot');
    await expectState('#session-step', 'reviewingPreChecks');
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toContain(
      'reviewingPreChecks',
    );
  });

  it('starts afresh from a save whose facts were edited in storage, and never renders them as markup', async () => {
    await toCreatePassword();
    await page.locator('form[data-event="CREATE_ACCOUNT"]').getByRole('button').click();
    await page.getByRole('button', { name: 'Choose text', exact: true }).click();
    const sendCode = page.locator('form[data-event="SEND_CODE"]');
    await sendCode.getByLabel('phone').fill('(201) 555-0147');
    await sendCode.getByRole('button').click();
    await page.locator('form[data-event="VERIFY"]').getByRole('button').click();
    await expectState('#task-step', 'relationship.choosing');
    expect(await page.locator('#task-step .labels').textContent()).toContain('I am Alex Example');

    // A hand-edited save: the same patient id, another name (hostile markup). The chart's facts
    // are the page's, so the save is not resumed: a new session starts (docs/react.md).
    await page.evaluate(
      ([key, name]) => {
        const saved = localStorage.getItem(key) ?? '';
        localStorage.setItem(key, saved.replaceAll('Alex Example', name));
      },
      [STORAGE_KEY, HOSTILE_NAME] as const,
    );
    await page.reload();
    await expectState('#session-step', 'reviewingPreChecks');
    expect(await page.locator('#task-step').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await page.locator('body').textContent()).not.toContain(HOSTILE_NAME);
    expect(await page.locator('img').count()).toBe(0);
  });

  it('starts over on "New session"', async () => {
    await toCreatePassword();
    await page.getByRole('button', { name: 'New session' }).click();
    await expectState('#session-step', 'reviewingPreChecks');
    expect(await page.locator('#task-step').count()).toBe(0);
    await page.reload();
    await expectState('#session-step', 'reviewingPreChecks');
  });
});
