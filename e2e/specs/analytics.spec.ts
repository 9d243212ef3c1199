import type { Browser, Page } from 'playwright-core';
import { apiSession, createAccount, PASSWORD } from '../support/accounts.js';
import { launchBrowser, openPage } from '../support/browser.js';
import { openCycle } from '../support/reporting.js';
import { signInThroughPage } from '../support/sign-in.js';

const baseUrl = () => process.env['E2E_BASE_URL']!;

interface Answer {
  actionCode: string;
  status: string;
}

/**
 * A state's focal point answers through the API (the answered actions participating with a status
 * and a narrative, every other action not taken part in) and submits; the Secretariat approves
 * unless told not to.
 */
async function reportThroughApi(
  cycleId: string,
  stateCode: string,
  answers: Answer[],
  secretariatEmail: string,
  approve = true,
): Promise<void> {
  const focalEmail = await createAccount(baseUrl(), 'focal_point', { stateCode });
  const { api, csrf } = await apiSession(baseUrl(), focalEmail, PASSWORD);
  const url = `/api/v1/cycles/${cycleId}/reports/${stateCode}`;
  const report = (await (await api.get(url)).json()) as { version: number; entries: { actionCode: string }[] };
  const byCode = new Map(answers.map((answer) => [answer.actionCode, answer]));
  const saved = await api.put(url, {
    headers: { 'X-XSRF-TOKEN': csrf },
    data: {
      version: report.version,
      entries: report.entries.map(({ actionCode }) => {
        const answer = byCode.get(actionCode);
        return answer
          ? {
              actionCode,
              participation: 'participating',
              status: answer.status,
              narrative: { text: `Work on ${actionCode} in ${stateCode}.`, lang: 'en' },
            }
          : { actionCode, participation: 'not_participating' };
      }),
    },
  });
  if (!saved.ok()) throw new Error(`Saving ${stateCode} failed: ${saved.status()} ${await saved.text()}`);
  const submitted = await api.post(`${url}/submit`, { headers: { 'X-XSRF-TOKEN': csrf } });
  if (!submitted.ok())
    throw new Error(`Submitting ${stateCode} failed: ${submitted.status()} ${await submitted.text()}`);
  await api.dispose();
  if (approve) {
    const secretariat = await apiSession(baseUrl(), secretariatEmail, PASSWORD);
    const approved = await secretariat.api.post(`${url}/approve`, { headers: { 'X-XSRF-TOKEN': secretariat.csrf } });
    if (!approved.ok()) throw new Error(`Approving ${stateCode} failed: ${approved.status()}`);
    await secretariat.api.dispose();
  }
}

const textOf = async (page: Page, selector: string): Promise<string> =>
  (await page.locator(selector).first().innerText()).replace(/\s+/g, ' ').trim();

describe('Progress dashboard', () => {
  let browser: Browser;
  let cycleId: string;
  let secretariatEmail: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    secretariatEmail = await createAccount(baseUrl(), 'secretariat');
    cycleId = await openCycle(baseUrl(), secretariatEmail, ['AT', 'DE', 'GE', 'KZ', 'MD']);
    await reportThroughApi(
      cycleId,
      'AT',
      [
        { actionCode: '1.1', status: 'completed' },
        { actionCode: '1.2', status: 'limited' },
      ],
      secretariatEmail,
    );
    await reportThroughApi(cycleId, 'DE', [{ actionCode: '1.1', status: 'substantial' }], secretariatEmail);
    await reportThroughApi(cycleId, 'GE', [{ actionCode: '1.1', status: 'limited' }], secretariatEmail);
    await reportThroughApi(cycleId, 'KZ', [{ actionCode: '1.1', status: 'completed' }], secretariatEmail, false);
  });
  afterAll(() => browser.close());

  it('shows the Secretariat the figures of the reports made through the API', async () => {
    const { page, context, problems } = await openPage(browser, baseUrl());
    await signInThroughPage(page, secretariatEmail, PASSWORD);
    await page.getByRole('navigation').getByRole('link', { name: 'Progress' }).waitFor();
    await page.goto(`/progress?cycleId=${cycleId}`);
    await page.locator('[data-test=kpi-score]').waitFor();
    // Approved: AT, DE, GE. Area 1: completed, limited, substantial, limited → (3 + 1 + 2 + 1) / 12 = 58.3 %.
    expect(await textOf(page, '[data-test=kpi-score] .kpi-value')).toBe('58.3%');
    // 4 of 5 expected states submitted (KZ is not approved yet, MD has nothing).
    expect(await textOf(page, '[data-test=kpi-response-rate] .kpi-value')).toBe('80%');
    expect(await textOf(page, '[data-test=kpi-approved] .kpi-value')).toBe('3');
    expect(await textOf(page, '[data-test=basis]')).toBe('Figures from approved reports only (official).');

    const scores = page.locator('[data-test=chart-area-score]');
    await scores.getByRole('button', { name: 'Show “Score by area” as a table' }).click();
    const areaOne = scores.getByRole('row').filter({ hasText: /^\s*1\./ });
    expect((await areaOne.innerText()).replace(/\s+/g, ' ')).toContain('58.3%');

    // Work in progress adds KZ's submitted report: (3 + 1 + 2 + 1 + 3) / 15 = 66.7 %.
    await page.goto(`/progress?cycleId=${cycleId}&basis=submitted`);
    await page.getByText('Figures from submitted and approved reports').waitFor();
    await page.locator('[data-test=kpi-score] .kpi-value', { hasText: '66.7%' }).waitFor();

    await page.goto(`/progress/submissions?cycleId=${cycleId}`);
    await page.locator('[data-test=board] [data-state=MD]').waitFor();
    expect(await page.locator('[data-test=board] tbody tr').count()).toBe(5);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows a focal point the aggregates, hides those of fewer than 3 states, and no other state’s row', async () => {
    const focalEmail = await createAccount(baseUrl(), 'focal_point', { stateCode: 'GE' });
    const { page, context, problems } = await openPage(browser, baseUrl());
    await signInThroughPage(page, focalEmail, PASSWORD);
    await page.goto(`/progress?cycleId=${cycleId}`);
    await page.locator('[data-test=kpi-score]').waitFor();
    // Area 1 is built from three states' reports: shown.
    expect(await textOf(page, '[data-test=kpi-score] .kpi-value')).toBe('58.3%');
    // The EU region holds two of them (AT, DE): withheld.
    await page.locator('[data-test=hidden-note]').waitFor();
    expect(await textOf(page, '[data-test=hidden-note]')).toContain('EU member states');
    expect(await page.getByRole('combobox', { name: 'Reports counted' }).count()).toBe(0);

    await page.goto(`/progress/coverage?cycleId=${cycleId}`);
    await page.locator('[data-test=coverage-map] [data-state=GE]').waitFor();
    expect(await page.locator('[data-test=coverage-map] tbody tr').count()).toBe(1);
    expect(await page.locator('[data-state=AT]').count()).toBe(0);

    await page.goto(`/progress/submissions?cycleId=${cycleId}`);
    await page.locator('[data-test=board] [data-state=GE]').waitFor();
    expect(await page.locator('[data-state=AT], [data-state=DE]').count()).toBe(0);

    await page.goto(`/progress/peer-learning?cycleId=${cycleId}`);
    await page.getByRole('heading', { name: 'This page is not available to you' }).waitFor();
    expect(problems.foreignRequests).toEqual([]);
    await context.close();
  });
});
