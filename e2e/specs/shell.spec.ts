import type { Browser } from 'playwright-core';
import { ADMIN, createAccount, PASSWORD } from '../support/accounts.js';
import { launchBrowser, openPage } from '../support/browser.js';
import { signInThroughPage } from '../support/sign-in.js';

const baseUrl = () => process.env['E2E_BASE_URL']!;

describe('The app shell', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  describe('for a person who is not signed in', () => {
    it('sends them to the sign-in page, in English for an English browser', async () => {
      const { page, problems, context } = await openPage(browser, baseUrl());
      await page.goto('/');
      await page.waitForURL(/\/sign-in/);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.title()).toContain('Sign in');
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.foreignRequests).toEqual([]);
      await context.close();
    });

    it('starts in Russian for a Russian browser', async () => {
      const { page, context } = await openPage(browser, baseUrl(), { locale: 'ru-RU' });
      await page.goto('/sign-in');
      await page.getByRole('heading', { name: 'Вход', exact: true }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('ru');
      await context.close();
    });
  });

  describe('when the language is switched', () => {
    it('changes every text at once, without a reload, and remembers the choice', async () => {
      const email = await createAccount(baseUrl(), 'evaluator');
      const { page, problems, context } = await openPage(browser, baseUrl());
      await signInThroughPage(page, email, PASSWORD);
      await page.getByRole('navigation').getByRole('link', { name: 'Overview' }).waitFor();
      const marker = await page.evaluate(() => ((window as unknown as { e2eMarker: number }).e2eMarker = 42));

      await page.getByRole('radio', { name: 'Русский' }).click();
      await page.getByRole('navigation').getByRole('link', { name: 'Обзор' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('ru');
      expect(await page.evaluate(() => (window as unknown as { e2eMarker?: number }).e2eMarker)).toBe(marker);

      await page.reload();
      await page.getByRole('navigation').getByRole('link', { name: 'Обзор' }).waitFor();
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.foreignRequests).toEqual([]);
      await context.close();
    });
  });

  describe('for an address that does not exist', () => {
    it('shows the friendly not-found page with a way home', async () => {
      const { page, context } = await openPage(browser, baseUrl());
      await signInThroughPage(page, ADMIN.email, ADMIN.password);
      await page.goto('/no/such/page');
      await page.getByRole('heading', { name: 'We could not find this page' }).waitFor();
      await page.getByRole('main').getByRole('link', { name: 'Go to the overview' }).click();
      await page.waitForURL((url) => url.pathname === '/');
      await context.close();
    });
  });
});
