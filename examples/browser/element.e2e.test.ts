import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH, STAFF_DESKTOP_USER_AGENT } from '../../test/helpers/chromium.js';
import { type StaticServer, serveStatic } from './server.js';

const here = fileURLToPath(new URL('.', import.meta.url));
// CI keeps this folder as an artifact: one screenshot of the element per language, and more.
const screenshots = fileURLToPath(new URL('../../artifacts/screenshots/', import.meta.url));
const ALEX_KEY = 'example-ehr/assist/chart-alex';
const SESSION_HEADING = 'Helping a patient with the portal';
const TASK_HEADING = 'Create your Patient Portal account';

let server: StaticServer;
let profile: string;
let context: BrowserContext;
let page: Page;
let pageErrors: Error[];

beforeAll(async () => {
  if (!existsSync(join(here, 'dist/main.js'))) {
    throw new Error(
      'examples/browser/dist/main.js is missing: run `npm run test:e2e`, which builds it first',
    );
  }
  await mkdir(screenshots, { recursive: true });
  server = await serveStatic(here);
  profile = await mkdtemp(join(tmpdir(), 'portal-helpdesk-e2e-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? CHROMIUM_PATH,
    headless: true,
    userAgent: STAFF_DESKTOP_USER_AGENT,
    viewport: { width: 1100, height: 900 },
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
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  await page.goto(server.url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect.poll(() => sessionHeading().textContent()).toBe(SESSION_HEADING);
});

afterEach(async () => {
  expect(pageErrors).toEqual([]);
  await page.close();
});

// --- Helpers -------------------------------------------------------------------------------------

// Playwright's CSS and role locators see into open shadow roots.
const panel = () => page.locator('portal-helpdesk-assist');
const sessionHeading = () => panel().locator('#phd-heading');
const taskHeading = () => panel().locator('#phd-task-heading');
const panelText = () => panel().locator('section.panel').textContent();
const live = () => panel().locator('[aria-live="polite"]');
const button = (name: string) => panel().getByRole('button', { name, exact: true });

/** Whether the control has focus, inside the element's shadow root as well. */
async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const root = element.getRootNode() as Document | ShadowRoot;
    return root.activeElement === element;
  });
}

/** Keyboard only: Tab forward until the control has focus. */
async function tabTo(locator: Locator): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    if (await isFocused(locator)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${locator.toString()}`);
}

async function press(locator: Locator, key: 'Enter' | 'Space'): Promise<void> {
  await tabTo(locator);
  await page.keyboard.press(key);
}

async function expectTaskStep(stateId: string): Promise<void> {
  await expect
    .poll(() =>
      panel().evaluate(
        (element) =>
          (element as unknown as { step: { task: { stateId: string } | null } }).step.task?.stateId,
      ),
    )
    .toBe(stateId);
  // Focus follows the step: the task's heading, so Tab goes on from the new step.
  expect(await isFocused(taskHeading())).toBe(true);
}

async function expectNoAxeViolations(): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const found = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(found).toEqual([]);
}

// --- Tests ---------------------------------------------------------------------------------------

describe('the example page with <portal-helpdesk-assist>', () => {
  it('gives every heading, button, field and the live region a name', async () => {
    await expect.poll(() => page.getByRole('heading', { name: SESSION_HEADING, level: 2 }).count()).toBe(1);
    expect(await button('Continue').count()).toBe(1);
    expect(await panel().getByRole('group', { name: 'What happens next?' }).count()).toBe(1);
    expect(await panel().getByRole('form', { name: 'Report the patient’s browser' }).count()).toBe(1);
    expect(await panel().getByRole('textbox', { name: 'User agent' }).count()).toBe(1);
    expect(await panel().getByRole('list', { name: 'Portal labels' }).count()).toBe(1);
    expect(await live().textContent()).toContain(SESSION_HEADING);
    // The element's events bubble out of the shadow root to the page's listener.
    expect(await page.locator('#event-log').textContent()).toContain('step-change: reviewingPreChecks');
    // The default stylesheet applies under the page's Content Security Policy.
    const background = await button('Continue').evaluate(
      (element) => getComputedStyle(element).backgroundColor,
    );
    expect(background).toBe('rgb(0, 95, 115)');
  });

  it('completes a registration with the keyboard only: Tab, Enter and Space', async () => {
    await press(button('Continue'), 'Enter');
    await expect.poll(() => live().textContent()).toContain('Ask what the patient needs help with');
    expect(await isFocused(sessionHeading())).toBe(true);
    // The task chooser starts on registration from an invitation email.
    await press(panel().getByRole('button', { name: 'Start a task' }), 'Enter');
    await expectTaskStep('openingInvitation');
    expect(await taskHeading().textContent()).toBe(TASK_HEADING);
    expect(await live().textContent()).toContain(TASK_HEADING);

    await press(button('Patient opened the link'), 'Enter');
    await expectTaskStep('createPassword');
    for (const name of ['Email address entered twice', 'Password entered twice', 'Terms accepted']) {
      await press(panel().getByRole('checkbox', { name }), 'Space');
      expect(await panel().getByRole('checkbox', { name }).isChecked()).toBe(true);
    }
    await press(button('Create account'), 'Enter');
    await expectTaskStep('security.choosingOption');

    await press(button('Text me'), 'Enter');
    await expectTaskStep('security.enteringPhoneForText');
    await tabTo(panel().getByRole('textbox', { name: 'Phone number' }));
    await page.keyboard.type('(312) 555-0148');
    await page.keyboard.press('Enter');
    await expectTaskStep('security.enteringCode');

    await press(panel().getByRole('checkbox', { name: 'Code accepted' }), 'Space');
    await press(button('Verify'), 'Enter');
    await expectTaskStep('confirmation');
    await screenshot('element-keyboard-confirmation');
    await press(button('Continue'), 'Enter');
    await expect.poll(() => panelText()).toContain('Create your Patient Portal account: completed');
    await expectNoAxeViolations();
    await press(button('End session'), 'Enter');
    await expect
      .poll(() => page.locator('#event-log').textContent())
      .toContain('session-end: registration completed');
  });

  it('sets up family access in Spanish with the keyboard only; a date not written AAAA-MM-DD is named in an alert', async () => {
    await page.selectOption('#locale-select', 'es');
    await expect.poll(() => panel().locator('section').first().getAttribute('lang')).toBe('es');
    await press(button('Continuar'), 'Enter');
    const task = panel().getByRole('combobox', { name: 'Trámite' });
    await tabTo(task);
    while ((await task.inputValue()) !== 'family-access') await page.keyboard.press('ArrowDown');
    await press(panel().getByRole('button', { name: 'Comenzar un trámite' }), 'Enter');
    await expectTaskStep('settingUpAccess');
    const date = panel().getByRole('textbox', { name: 'Fecha de nacimiento del cuidador (AAAA-MM-DD)' });
    await tabTo(date);
    await page.keyboard.type('20/01/1990');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => panel().getByRole('alert').textContent())
      .toBe('Problema: Faltan o no son válidos: Fecha de nacimiento del cuidador (AAAA-MM-DD)');
    expect(await panelText()).not.toContain('20/01/1990');
    await expectNoAxeViolations();
    await tabTo(date);
    await page.keyboard.type('1990-01-20');
    await page.keyboard.press('Enter');
    await expectTaskStep('openingInvitation');
    expect(await panel().getByRole('alert').count()).toBe(0);
    await press(button('El paciente abrió el enlace'), 'Enter');
    await expectTaskStep('createPassword');
  });

  it('triages a symptom with the keyboard only, to a diagnosis and the fix, with no axe violations', async () => {
    await press(button('Continue'), 'Enter');
    // The symptom chooser names symptoms in words; arrow keys pick one, Enter on the button sends it.
    const symptom = panel().getByRole('combobox', { name: 'Symptom' });
    await tabTo(symptom);
    await expect.poll(() => symptom.locator('option').nth(2).textContent()).toBe('The code never came');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await symptom.inputValue()).toBe('code-not-received');
    await press(button('Choose a symptom'), 'Enter');
    const triageHeading = panel().locator('#phd-triage-heading');
    await expect.poll(() => triageHeading.textContent()).toBe('The code never came');
    expect(await isFocused(triageHeading)).toBe(true);
    expect(await live().textContent()).toContain('Was the code for setting up');
    const question = panel().getByRole('group', { name: /Was the code for setting up/ });
    expect(await question.getByRole('button').count()).toBe(2);
    await expectNoAxeViolations();

    await press(button('Setting up "Text me" or "Call me"'), 'Enter');
    await expect.poll(() => live().textContent()).toContain('by text message or by phone call');
    await press(button('By text message'), 'Space');
    const phone = panel().getByRole('textbox', { name: 'Which phone number did the patient type?' });
    await tabTo(phone);
    await page.keyboard.type('(201) 555-0123');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => panelText())
      .toContain('Say: Please check the number you typed, then ask for a new code.');
    expect(await panel().getByRole('list', { name: 'Causes' }).count()).toBe(1);
    expect(await panelText()).toContain('Fix: Set up your account security');
    await expectNoAxeViolations();
    await screenshot('element-triage-diagnosis');

    await press(button('Start the fix'), 'Enter');
    await expectTaskStep('choosingOption');
    expect(await taskHeading().textContent()).toBe('Set up your account security');
    expect(await panelText()).toContain('Take the patient to: ');
    await expectNoAxeViolations();
  });

  it('keeps the triage question when the language changes mid-session, with no axe violations', async () => {
    await button('Continue').click();
    await panel().getByRole('combobox', { name: 'Symptom' }).selectOption('code-not-received');
    await button('Choose a symptom').click();
    await expect.poll(() => panel().locator('#phd-triage-heading').textContent()).toBe('The code never came');
    await page.selectOption('#locale-select', 'es');
    await expect.poll(() => panel().locator('section').first().getAttribute('lang')).toBe('es');
    // The built-in Spanish carries no triage words: the triage reads in English, marked so.
    expect(await panel().locator('section.triage').getAttribute('lang')).toBe('en');
    expect(await button('Setting up "Text me" or "Call me"').count()).toBe(1);
    expect(await button('Terminar la sesión').count()).toBe(1);
    await expectNoAxeViolations();
    await button('Setting up "Text me" or "Call me"').click();
    await expect.poll(() => button('By text message').count()).toBe(1);
  });

  it('has no axe violations, in English and in Spanish, and is photographed in both', async () => {
    await expectNoAxeViolations();
    await screenshot('element-en');
    await button('Continue').click();
    await panel().getByRole('button', { name: 'Start a task' }).click();
    await button('Patient opened the link').click();
    await expect.poll(() => panel().getByRole('checkbox', { name: 'Terms accepted' }).count()).toBe(1);
    await expectNoAxeViolations();
    await screenshot('element-en-task');

    await page.selectOption('#locale-select', 'es');
    await expect.poll(() => panel().locator('section').first().getAttribute('lang')).toBe('es');
    expect(await button('Crear la cuenta').count()).toBe(1);
    expect(await panel().getByRole('checkbox', { name: 'Condiciones aceptadas' }).count()).toBe(1);
    await expectNoAxeViolations();
    await screenshot('element-es');
  });

  it('resumes after a reload from localStorage, and drops a corrupt save with a notice', async () => {
    await button('Continue').click();
    await panel().getByRole('button', { name: 'Start a task' }).click();
    await button('Patient opened the link').click();
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key), ALEX_KEY))
      .toContain('createPassword');
    await page.reload();
    await expect.poll(() => taskHeading().textContent()).toBe(TASK_HEADING);
    expect(await button('Create account').count()).toBe(1);

    await page.evaluate((key) => localStorage.setItem(key, '{"format":"portal-helpdesk/session"}'), ALEX_KEY);
    await page.reload();
    await expect.poll(() => panel().getByRole('status').textContent()).toContain('could not be restored');
    expect(await button('Continue').count()).toBe(1);
    expect(await page.locator('#event-log').textContent()).toContain('error: invalid-snapshot');
  });

  it('blocks the registration of a nine-year-old and says why', async () => {
    await page.selectOption('#patient-select', 'chart-sam');
    await button('Continue').click();
    await panel().getByRole('button', { name: 'Start a task' }).click();
    await expect.poll(() => panelText()).toContain('blocked (the patient is under the minimum age)');
    expect(await panelText()).toContain('This task cannot start');
    expect(await panelText()).toContain('younger than 13');
    await screenshot('element-under-age');
  });
});

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}
