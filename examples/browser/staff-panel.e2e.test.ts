import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from './server.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const screenshots = fileURLToPath(new URL('../../test-results/e2e/', import.meta.url));
const STORAGE_KEY = 'portal-helpdesk-example/assist-session';
const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

let server: StaticServer;
let profile: string;
let context: BrowserContext;
let page: Page;
let pageErrors: Error[];
let dialogs: string[];
let shot = 0;

beforeAll(async () => {
  if (!existsSync(join(here, 'dist/main.js'))) {
    throw new Error(
      'examples/browser/dist/main.js is missing: run `npm run test:e2e`, which builds it first',
    );
  }
  await rm(screenshots, { recursive: true, force: true });
  await mkdir(screenshots, { recursive: true });
  server = await serveStatic(here);
  profile = await mkdtemp(join(tmpdir(), 'portal-helpdesk-e2e-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Containers often have a small /dev/shm.
      '--disable-dev-shm-usage',
    ],
  });
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

beforeEach(async () => {
  page = await context.newPage();
  pageErrors = [];
  dialogs = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(server.url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect.poll(() => heading().textContent()).toBe('No session yet');
});

afterEach(async () => {
  expect(pageErrors).toEqual([]);
  await page.close();
});

// --- Helpers -------------------------------------------------------------------------------------

const heading = () => page.locator('#step-heading');
const action = (name: string) => page.locator('#action-buttons button', { hasText: name });

async function screenshot(name: string): Promise<void> {
  shot += 1;
  await page.screenshot({
    path: join(screenshots, `${String(shot).padStart(2, '0')}-${name}.png`),
    fullPage: true,
  });
}

/** After a transition: the step heading has focus and the live region announces it. */
async function expectStep(name: string): Promise<void> {
  await expect.poll(() => heading().textContent()).toBe(name);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('step-heading');
  expect(await page.locator('#announcer').textContent()).toContain(name);
  await screenshot(name.toLowerCase().replace(/[^a-z0-9]+/g, '-'));
}

async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** Keyboard only: Tab forward until the control has focus, then press Enter. */
async function tabTo(locator: Locator): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    if (await isFocused(locator)) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${locator.toString()}`);
}

async function startSession(patient: 'adult' | 'child', displayName?: string): Promise<void> {
  await page.selectOption('#patient-select', patient);
  if (displayName !== undefined) await page.fill('#patient-name', displayName);
  await page.getByRole('button', { name: 'Start session' }).click();
  await expectStep('Pre checks');
}

async function chooseTask(task: string, channel?: string): Promise<void> {
  await page.selectOption('#task-select', task);
  if (channel) await page.selectOption('#channel-select', channel);
  await page.getByRole('button', { name: 'Start task' }).click();
}

// --- Tests ---------------------------------------------------------------------------------------

describe('the staff panel', () => {
  it('has landmarks and labelled controls', async () => {
    expect(await page.locator('main').count()).toBe(1);
    expect(await page.locator('aside').count()).toBe(1);
    await expect.poll(() => page.getByLabel('Sample patient').count()).toBe(1);
    expect(await page.getByLabel('Display name from the chart').count()).toBe(1);
    expect(await page.locator('[aria-live="polite"]').count()).toBe(1);
    await screenshot('no-session');
  });

  it('completes a registration with the keyboard only', async () => {
    // Start: Tab from the top of the page to the start button.
    await tabTo(page.getByRole('button', { name: 'Start session' }));
    await expectStep('Pre checks');
    expect(await page.locator('#prechecks').textContent()).toContain('Age: old enough');

    await tabTo(action('Continue'));
    await expectStep('Choose task');
    // The task picker starts on registration from an invitation email.
    await tabTo(page.getByRole('button', { name: 'Start task' }));
    await expectStep('Open invitation');
    expect(await page.locator('#task-name').textContent()).toBe('Create a Patient Portal account');
    expect(await page.locator('#step-labels').textContent()).toContain('Create My Account');
    expect(await page.locator('#guide h2').textContent()).toBeTruthy();

    const steps: [button: string, next: string][] = [
      ['Open link', 'Create password'],
      [
        'Create account (email confirmed: yes, password entered twice: yes, terms accepted: yes)',
        'Choose option',
      ],
      ['Choose text', 'Enter phone for text'],
      ['Send code (phone: (201) 555-0123)', 'Enter code'],
      ['Verify (accepted: yes)', 'Confirmation'],
      ['Continue', 'Task finished'],
    ];
    for (const [button, next] of steps) {
      await tabTo(action(button).first());
      await expectStep(next);
    }
    expect(await page.locator('#step-text').textContent()).toContain(
      'Create a Patient Portal account: completed',
    );
  });

  it('shows the patient browser verdict for a user agent picked from the list', async () => {
    await startSession('adult');
    await page.selectOption('#ua-select', 'ie-11-windows-10');
    expect(await page.inputValue('#ua-input')).toContain('Trident/7.0');
    await page.getByRole('button', { name: 'Check patient’s browser' }).click();
    await expect.poll(() => page.locator('#ua-verdict').textContent()).toContain('unsupported');
    expect(await page.locator('#prechecks').textContent()).toContain('unsupported (internet-explorer)');
    await action('Continue').click();
    await expectStep('Browser must change');
    await screenshot('browser-unsupported');
  });

  it('blocks the registration of a 9-year-old invited by email: under 13', async () => {
    await startSession('child');
    expect(await page.locator('#prechecks').textContent()).toContain(
      'under the minimum age until 2029-09-02',
    );
    await action('Continue').click();
    await expectStep('Choose task');
    await chooseTask('registration', 'invitation');
    await expectStep('Task finished');
    const text = await page.locator('#step-text').textContent();
    expect(text).toContain('Result: Blocked under age');
    expect(text).toContain('younger than 13');
    expect(text).toContain('2029-09-02');
    expect(text).toContain('family access account');
    expect(text).toContain('Create a Patient Portal account: blocked (under-minimum-age)');
    expect(await page.locator('#guide .outcome-blocked').count()).toBe(1);
  });

  it('resumes mid-flow after a reload, from localStorage', async () => {
    await startSession('adult');
    await action('Continue').click();
    await expectStep('Choose task');
    await chooseTask('registration', 'lab-result');
    await expectStep('Open lab result');
    await action('Open link').click();
    await action(
      'Create account (email confirmed: yes, password entered twice: yes, terms accepted: yes)',
    ).click();
    await action('Choose question').click();
    await expectStep('Answer question');
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toContain(
      'answeringQuestion',
    );

    await page.reload();
    await expect.poll(() => heading().textContent()).toBe('Answer question');
    await screenshot('after-reload');
    expect(await page.locator('#notice').isHidden()).toBe(true);
    expect(await page.locator('#task-name').textContent()).toBe('Create a Patient Portal account');

    await action('Save answer (answer: Maple Street)').click();
    await expectStep('Choose delivery');
    await action('Choose text').click();
    await action('Verify (accepted: yes)').click();
    await expectStep('Choose');
    await action('I am patient').click();
    await expectStep('Confirmation');
    await action('Continue').click();
    await expectStep('Task finished');
  });

  it('discards a corrupt saved session with a visible notice', async () => {
    for (const saved of [
      '{"format":"portal-helpdesk/session","schemaVersion":1,"workflowId":"assist","snapshot":{"status":"active","value":"nowhere"}}',
      'not json at all',
    ]) {
      await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, saved] as const);
      await page.reload();
      await expect.poll(() => page.locator('#notice').isVisible()).toBe(true);
      expect(await page.locator('#notice').textContent()).toContain('could not be restored');
      expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
      expect(await heading().textContent()).toBe('No session yet');
    }
    await screenshot('corrupt-session-discarded');
    await startSession('adult');
    expect(await page.locator('#notice').isHidden()).toBe(true);
  });

  it('shows a hostile patient name as text, never as markup', async () => {
    await startSession('adult', HOSTILE_NAME);
    await action('Continue').click();
    await chooseTask('registration', 'lab-result');
    await expectStep('Open lab result');
    await action('Open link').click();
    await action(
      'Create account (email confirmed: yes, password entered twice: yes, terms accepted: yes)',
    ).click();
    await action('Choose text').click();
    await action('Send code (phone: (201) 555-0123)').click();
    await action('Verify (accepted: yes)').click();
    await expectStep('Choose');
    // The name is in the facts, the step text, the portal labels and the full guide.
    expect(await page.locator('#patient-facts').textContent()).toContain(HOSTILE_NAME);
    expect(await page.locator('#step-text').textContent()).toContain(HOSTILE_NAME);
    expect(await page.locator('#step-labels').textContent()).toContain(`I am ${HOSTILE_NAME}`);
    expect(await page.locator('#guide').textContent()).toContain(HOSTILE_NAME);
    // ...and nowhere as an element: no image was injected, no script ran.
    await page.waitForTimeout(300);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await screenshot('hostile-name');
    await page.reload();
    await expect.poll(() => heading().textContent()).toBe('Choose');
    await page.waitForTimeout(300);
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});
