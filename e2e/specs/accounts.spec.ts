import type { Browser } from 'playwright-core';
import { ADMIN, createAccount, PASSWORD } from '../support/accounts.js';
import { launchBrowser, openPage } from '../support/browser.js';
import { signInThroughPage } from '../support/sign-in.js';

const baseUrl = () => process.env['E2E_BASE_URL']!;

describe('Accounts', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  describe('signing in with a wrong password', () => {
    it('says so without telling whether the account exists, and keeps the person on the page', async () => {
      const { page, context } = await openPage(browser, baseUrl());
      await page.goto('/sign-in');
      await page.getByLabel('Email').fill(ADMIN.email);
      await page.getByLabel('Password', { exact: true }).fill('not the password at all');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByText('The email or password is not correct.').waitFor();
      expect(new URL(page.url()).pathname).toBe('/sign-in');
      await context.close();
    });
  });

  describe('navigation by role', () => {
    it('shows People and the audit log to the admin, neither to a focal point, who is refused the page itself', async () => {
      const admin = await openPage(browser, baseUrl());
      await signInThroughPage(admin.page, ADMIN.email, ADMIN.password);
      const adminNav = admin.page.getByRole('navigation');
      await adminNav.getByRole('link', { name: 'People' }).waitFor();
      await adminNav.getByRole('link', { name: 'Audit log' }).waitFor();
      await admin.context.close();

      const focalEmail = await createAccount(baseUrl(), 'focal_point', { stateCode: 'MD' });
      const focal = await openPage(browser, baseUrl());
      await signInThroughPage(focal.page, focalEmail, PASSWORD);
      const focalNav = focal.page.getByRole('navigation');
      await focalNav.getByRole('link', { name: 'Overview' }).waitFor();
      expect(await focalNav.getByRole('link', { name: 'People' }).count()).toBe(0);
      expect(await focalNav.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
      await focal.page.goto('/people');
      await focal.page.getByRole('heading', { name: 'This page is not available to you' }).waitFor();
      expect(focal.problems.foreignRequests).toEqual([]);
      await focal.context.close();
    });
  });

  describe('inviting a person', () => {
    it('gives the admin a one-time link where the person chooses a password and is signed in', async () => {
      const admin = await openPage(browser, baseUrl());
      await signInThroughPage(admin.page, ADMIN.email, ADMIN.password);
      await admin.page.goto('/people');
      await admin.page.getByRole('button', { name: 'Invite person' }).click();
      const dialog = admin.page.getByRole('dialog');
      const email = `invited-${Date.now()}@e2e.test`;
      await dialog.getByRole('textbox', { name: 'Email' }).fill(email);
      await dialog.getByLabel('Full name').fill('Aigerim Invited');
      await dialog.getByRole('combobox', { name: 'Role' }).click();
      await admin.page.getByRole('option', { name: 'Evaluator' }).click();
      await dialog.getByRole('button', { name: 'Invite' }).click();
      const link = await dialog.getByRole('textbox', { name: 'Invitation link' }).inputValue();
      expect(link).toMatch(/\/invitation\/[\w-]{43}$/);
      await admin.context.close();

      const invitee = await openPage(browser, baseUrl());
      await invitee.page.goto(new URL(link).pathname);
      await invitee.page.getByRole('heading', { name: 'Welcome, Aigerim Invited' }).waitFor();
      await invitee.page.getByLabel('New password', { exact: true }).fill('Steppe and mountains 2026');
      await invitee.page.getByLabel('Repeat the new password').fill('Steppe and mountains 2026');
      await invitee.page.getByRole('button', { name: 'Set password and sign in' }).click();
      await invitee.page.waitForURL((url) => !url.pathname.startsWith('/invitation'));
      await invitee.page.getByRole('navigation').getByRole('link', { name: 'Overview' }).waitFor();
      expect(invitee.problems.consoleErrors).toEqual([]);
      await invitee.context.close();
    });
  });
});
