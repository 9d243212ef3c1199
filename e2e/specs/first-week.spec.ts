import type { Browser, Page } from 'playwright-core';
import { ADMIN, apiSession, createAccount, PASSWORD } from '../support/accounts.js';
import { launchBrowser, openPage } from '../support/browser.js';
import { openCycle } from '../support/reporting.js';
import { signInThroughPage } from '../support/sign-in.js';

const baseUrl = () => process.env['E2E_BASE_URL']!;

/** States no other spec uses: a second open cycle would change their people's "My report". */
const STATES = ['BA', 'MK', 'RS', 'ME', 'AL', 'GB', 'TJ', 'TM'];
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** How far the element's right edge reaches past the window (0 when it is inside). */
async function overhang(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not shown`);
  return Math.max(0, box.x + box.width - page.viewportSize()!.width);
}

/** What the keyboard focus is on: its tag and text. */
const focused = (page: Page) =>
  page.evaluate(() => ({
    tag: document.activeElement?.tagName ?? '',
    text: document.activeElement?.textContent.trim() ?? '',
  }));

describe('A first week with real users', () => {
  let browser: Browser;
  let cycleId: string;
  const secretariat: Record<'en' | 'ru', string> = { en: '', ru: '' };

  beforeAll(async () => {
    browser = await launchBrowser();
    secretariat.en = await createAccount(baseUrl(), 'secretariat', { name: 'Eva Lindner' });
    secretariat.ru = await createAccount(baseUrl(), 'secretariat', { name: 'Ирина Петрова', locale: 'ru' });
    cycleId = await openCycle(baseUrl(), secretariat.en, STATES, { en: 'First week cycle', ru: 'Цикл первой недели' });
  });
  afterAll(() => browser.close());

  describe("the Secretariat's worklist of a cycle", () => {
    for (const [language, deadlineHeader] of [
      ['en', 'Deadline'],
      ['ru', 'Срок'],
    ] as const) {
      it(`fits 1280 px in ${language === 'en' ? 'English' : 'Russian'}: every column and every row's deadline button in view, nothing to scroll`, async () => {
        const { page, context, problems } = await openPage(browser, baseUrl(), { viewport: DESKTOP });
        await signInThroughPage(page, secretariat[language], PASSWORD);
        await page.goto(`/cycles/${cycleId}`);
        await page.getByRole('columnheader', { name: deadlineHeader }).waitFor();

        const scroll = await page.locator('.table-scroll').evaluate((frame) => frame.scrollWidth - frame.clientWidth);
        expect(scroll).toBeLessThanOrEqual(0);
        expect(await overhang(page, `th:has-text("${deadlineHeader}")`)).toBe(0);
        const extend = page.locator('.table-scroll button.extend');
        expect(await extend.count()).toBe(STATES.length);
        for (let row = 0; row < STATES.length; row += 1) {
          const box = await extend.nth(row).boundingBox();
          expect(box && box.x + box.width).toBeLessThanOrEqual(DESKTOP.width);
        }
        expect(problems.consoleErrors).toEqual([]);
        await context.close();
      });
    }

    it('on a phone shows each state with its status and leaves nothing off the side of the page', async () => {
      const { page, context } = await openPage(browser, baseUrl(), { viewport: PHONE });
      await signInThroughPage(page, secretariat.en, PASSWORD);
      await page.goto(`/cycles/${cycleId}`);
      await page.getByRole('link', { name: 'Bosnia and Herzegovina' }).waitFor();
      const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(pageOverflow).toBeLessThanOrEqual(0);
      expect(await overhang(page, 'a.state-link')).toBe(0);
      expect(await overhang(page, 'app-status-chip')).toBe(0);
      await context.close();
    });
  });

  describe('moving between pages', () => {
    it('puts the focus on the new page heading after signing in and after following a menu link', async () => {
      const { page, context } = await openPage(browser, baseUrl(), { viewport: DESKTOP });
      await signInThroughPage(page, secretariat.en, PASSWORD);
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');

      await page.getByRole('navigation').getByRole('link', { name: 'Action plan' }).click();
      await page.waitForURL((url) => url.pathname === '/action-plan');
      await page.waitForFunction(
        () => document.activeElement?.tagName === 'H1' && document.activeElement.textContent.includes('Action plan'),
      );
      expect(await focused(page)).toEqual({ tag: 'H1', text: 'Action plan' });
      await context.close();
    });
  });

  describe('the People page', () => {
    it('shows someone invited who has not set a password as invited, not active', async () => {
      const email = `never-came-${Date.now()}@e2e.test`;
      const { api, csrf } = await apiSession(baseUrl(), ADMIN.email, ADMIN.password);
      const invited = await api.post('/api/v1/users', {
        headers: { 'X-XSRF-TOKEN': csrf },
        data: { email, name: 'Nodir Invited', role: 'evaluator', locale: 'en' },
      });
      expect(invited.status()).toBe(201);
      await api.dispose();

      const { page, context } = await openPage(browser, baseUrl(), { viewport: DESKTOP });
      await signInThroughPage(page, ADMIN.email, ADMIN.password);
      await page.goto('/people');
      const row = page.getByRole('row').filter({ hasText: email });
      await row.waitFor();
      expect(await row.textContent()).toContain('Invited');
      expect(await row.textContent()).not.toContain('Active');
      await context.close();
    });
  });

  describe("a focal point's profile", () => {
    it('names the state, not its code, and offers no API documentation in the menu', async () => {
      const focalEmail = await createAccount(baseUrl(), 'focal_point', { stateCode: 'TJ' });
      const { page, context } = await openPage(browser, baseUrl(), { viewport: DESKTOP });
      await signInThroughPage(page, focalEmail, PASSWORD);
      await page.goto('/profile');
      await page.getByText('Tajikistan').first().waitFor();
      expect(await page.getByRole('navigation').getByRole('link', { name: /API/ }).count()).toBe(0);
      await context.close();
    });
  });
});
