import type { Browser, Page } from 'playwright-core';
import { apiSession, createAccount, PASSWORD } from '../support/accounts.js';
import { launchBrowser, openPage } from '../support/browser.js';
import { openCycle } from '../support/reporting.js';
import { signInThroughPage } from '../support/sign-in.js';

const baseUrl = () => process.env['E2E_BASE_URL']!;

/** Downloads one report file through its button and checks what the server sent. */
async function downloadReport(page: Page, buttonClass: string, format: 'docx' | 'pdf'): Promise<void> {
  const [response, download] = await Promise.all([
    page.waitForResponse((answer) => answer.url().includes(`/report.${format}?`)),
    page.waitForEvent('download'),
    page.locator(`button.${buttonClass}`).click(),
  ]);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain(
    format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  );
  expect(response.headers()['content-disposition']).toMatch(/^attachment;/);
  expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
  const body = await response.body();
  // A real file: a DOCX is a ZIP ("PK"), a PDF starts with "%PDF".
  expect(body.length).toBeGreaterThan(1000);
  expect(body.subarray(0, format === 'pdf' ? 4 : 2).toString('latin1')).toBe(format === 'pdf' ? '%PDF' : 'PK');
}

describe('Evaluations', () => {
  let browser: Browser;
  let cycleId: string;
  let evaluatorEmail: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const secretariat = await createAccount(baseUrl(), 'secretariat');
    cycleId = await openCycle(baseUrl(), secretariat, ['KZ', 'GE', 'AT'], {
      en: '2026 cycle under evaluation',
      ru: 'Оцениваемый цикл 2026',
    });
    evaluatorEmail = await createAccount(baseUrl(), 'evaluator', { name: 'Eva Evaluator' });
  });
  afterAll(() => browser.close());

  it('an evaluator creates an evaluation, writes a finding, downloads it as PDF and Word, and finalises it', async () => {
    const { page, context, problems } = await openPage(browser, baseUrl());
    await signInThroughPage(page, evaluatorEmail, PASSWORD);
    await page.getByRole('navigation').getByRole('link', { name: 'Evaluations' }).click();
    await page.getByRole('heading', { name: 'Evaluations', level: 1 }).waitFor();

    await page
      .getByRole('button', { name: /New evaluation|Start an evaluation/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Title in English').fill('E2E evaluation of the Action Plan');
    await dialog.getByLabel('Title in Russian').fill('Оценка Плана действий (e2e)');
    await dialog.getByRole('combobox', { name: 'Reporting cycles' }).click();
    await page.getByRole('option', { name: '2026 cycle under evaluation' }).click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.waitForURL(/\/evaluations\/[0-9a-f]{24}$/);
    const evaluationId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByRole('heading', { name: 'E2E evaluation of the Action Plan', level: 1 }).waitFor();

    await page.getByRole('tab', { name: 'Findings' }).click();
    const firstArea = page.locator('app-finding-card').first();
    await firstArea.getByRole('textbox', { name: 'English' }).fill('States strengthened border data systems.');
    await firstArea.locator('.missing-cue').waitFor();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('.save-state', { hasText: 'All changes saved' }).waitFor();

    await page.getByRole('tab', { name: 'Report' }).click();
    await downloadReport(page, 'pdf-en-draft', 'pdf');
    await downloadReport(page, 'docx-ru-draft', 'docx');

    await page.getByRole('button', { name: 'Finalise' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Finalise' }).click();
    await page.getByText('Final version 1 is stored.').waitFor();
    await page.locator('app-report-files h3', { hasText: 'Final version 1' }).waitFor();
    await downloadReport(page, 'pdf-ru-1', 'pdf');

    const { api } = await apiSession(baseUrl(), evaluatorEmail, PASSWORD);
    const stored = (await (await api.get(`/api/v1/evaluations/${evaluationId}`)).json()) as {
      cycleIds: string[];
      findings: { areaCode: string; text: { en: string; ru: string } }[];
      finalVersions: { number: number }[];
    };
    await api.dispose();
    expect(stored.cycleIds).toEqual([cycleId]);
    expect(stored.findings.find((finding) => finding.areaCode === '1')?.text).toEqual({
      en: 'States strengthened border data systems.',
      ru: '',
    });
    expect(stored.finalVersions.map((version) => version.number)).toEqual([1]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await context.close();
  });

  it('refuses a focal point: no menu entry, no page, and 403 from the API', async () => {
    const focalEmail = await createAccount(baseUrl(), 'focal_point', { stateCode: 'KZ' });
    const { page, context } = await openPage(browser, baseUrl());
    await signInThroughPage(page, focalEmail, PASSWORD);
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Overview' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Evaluations' }).count()).toBe(0);
    await page.goto('/evaluations');
    await page.getByRole('heading', { name: 'This page is not available to you' }).waitFor();
    await context.close();

    const { api } = await apiSession(baseUrl(), focalEmail, PASSWORD);
    expect((await api.get('/api/v1/evaluations')).status()).toBe(403);
    await api.dispose();
  });
});
