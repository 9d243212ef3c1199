import type { Browser } from 'playwright-core';
import { createAccount, PASSWORD } from '../support/accounts.js';
import { launchBrowser, openPage } from '../support/browser.js';
import { openCycle } from '../support/reporting.js';
import { signInThroughPage } from '../support/sign-in.js';

const baseUrl = () => process.env['E2E_BASE_URL']!;

/** States no other spec uses; the deadline has passed for both. */
const STATES = ['LV', 'LT'];
const CYCLE = { en: 'Overdue reminders cycle', ru: 'Цикл напоминаний о просрочке' };

describe('Reminding overdue states', () => {
  let browser: Browser;
  let cycleId: string;
  let secretariat: string;
  let latvia: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    secretariat = await createAccount(baseUrl(), 'secretariat');
    // Latvia has a focal point; Lithuania has no one to tell.
    latvia = await createAccount(baseUrl(), 'focal_point', { stateCode: 'LV', name: 'Ilze Ozola' });
    cycleId = await openCycle(baseUrl(), secretariat, STATES, CYCLE, '2026-11-30');
  });
  afterAll(() => browser.close());

  it('lets the Secretariat remind them all from the cycle page, and the focal point is told', async () => {
    const { page, context, problems } = await openPage(browser, baseUrl());
    await signInThroughPage(page, secretariat, PASSWORD);
    await page.goto(`/cycles/${cycleId}`);
    await page.getByRole('button', { name: 'Remind overdue states (2)' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText('Latvia, Lithuania').waitFor();
    await dialog.getByRole('button', { name: 'Send reminders' }).click();

    const outcome = page.locator('[data-test=overdue-outcome]');
    await outcome.waitFor();
    const said = (await outcome.innerText()).replace(/\s+/g, ' ');
    expect(said).toContain('Reminders sent (1): Latvia.');
    expect(said).toContain('Not reminded, as they have no active focal point or contributor: Lithuania.');
    expect(problems.consoleErrors).toEqual([]);
    await context.close();

    const focal = await openPage(browser, baseUrl());
    await signInThroughPage(focal.page, latvia, PASSWORD);
    await focal.page.locator('app-notifications-bell button.bell').click();
    await focal.page
      .locator('.notifications-overlay')
      .getByText(
        'Reminder from the Secretariat: the report of Latvia for "Overdue reminders cycle" was due by 30 November 2026.',
      )
      .waitFor();
    expect(focal.problems.consoleErrors).toEqual([]);
    await focal.context.close();
  });
});
