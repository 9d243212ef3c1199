import type { Browser } from 'playwright-core';
import { apiSession, createAccount, PASSWORD } from '../support/accounts.js';
import { launchBrowser, openPage } from '../support/browser.js';
import { signInThroughPage } from '../support/sign-in.js';

const baseUrl = () => process.env['E2E_BASE_URL']!;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A cycle only Kyrgyzstan reports in, open now, due at the end of the day 20 days from now (21 days counting today). */
async function openKyrgyzCycle(secretariatEmail: string): Promise<string> {
  const { api, csrf } = await apiSession(baseUrl(), secretariatEmail, PASSWORD);
  const created = await api.post('/api/v1/cycles', {
    headers: { 'X-XSRF-TOKEN': csrf },
    data: {
      name: { en: 'Home page cycle', ru: 'Цикл для главной' },
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
      opensAt: inDays(-1),
      deadline: inDays(20),
      expectedStates: ['KG'],
    },
  });
  if (created.status() !== 201) throw new Error(`Creating a cycle failed: ${await created.text()}`);
  const { id } = (await created.json()) as { id: string };
  const opened = await api.patch(`/api/v1/cycles/${id}`, {
    headers: { 'X-XSRF-TOKEN': csrf },
    data: { status: 'open' },
  });
  if (!opened.ok()) throw new Error(`Opening the cycle failed: ${await opened.text()}`);
  await api.dispose();
  return id;
}

/** The focal point answers every action "not participating" and submits; the Secretariat returns it. */
async function submitAndReturn(cycleId: string, focalEmail: string, secretariatEmail: string): Promise<void> {
  const path = `/api/v1/cycles/${cycleId}/reports/KG`;
  const focal = await apiSession(baseUrl(), focalEmail, PASSWORD);
  const report = (await (await focal.api.get(path)).json()) as { version: number; entries: { actionCode: string }[] };
  const saved = await focal.api.put(path, {
    headers: { 'X-XSRF-TOKEN': focal.csrf },
    data: {
      version: report.version,
      entries: report.entries.map((entry) => ({ actionCode: entry.actionCode, participation: 'not_participating' })),
    },
  });
  if (!saved.ok()) throw new Error(`Saving failed: ${await saved.text()}`);
  const submitted = await focal.api.post(`${path}/submit`, { headers: { 'X-XSRF-TOKEN': focal.csrf }, data: {} });
  if (!submitted.ok()) throw new Error(`Submitting failed: ${await submitted.text()}`);
  await focal.api.dispose();
  const secretariat = await apiSession(baseUrl(), secretariatEmail, PASSWORD);
  const returned = await secretariat.api.post(`${path}/return`, {
    headers: { 'X-XSRF-TOKEN': secretariat.csrf },
    data: { comment: 'Please look again.', entryComments: [{ actionCode: '2.3', comment: 'You do take part here.' }] },
  });
  if (!returned.ok()) throw new Error(`Returning failed: ${await returned.text()}`);
  await secretariat.api.dispose();
}

describe('The home page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('tells a focal point what to do: start the report, then revise what the Secretariat commented on', async () => {
    const secretariatEmail = await createAccount(baseUrl(), 'secretariat');
    const focalEmail = await createAccount(baseUrl(), 'focal_point', { stateCode: 'KG', name: 'Aida Kasymova' });
    const cycleId = await openKyrgyzCycle(secretariatEmail);
    const { page, problems, context } = await openPage(browser, baseUrl());

    await signInThroughPage(page, focalEmail, PASSWORD);
    const card = page.locator('app-own-report-card');
    await card.getByText('Not started', { exact: true }).waitFor();
    expect(await card.textContent()).toContain('Days left: 21');
    await card.getByRole('link', { name: 'Start the report' }).click();
    await page.waitForURL((url) => url.pathname === `/reports/${cycleId}/KG`);

    await submitAndReturn(cycleId, focalEmail, secretariatEmail);
    await page.goto('/');
    await card.getByText('Returned for revision', { exact: true }).waitFor();
    const commented = card.locator('.returned li');
    expect((await commented.allTextContents()).map((text) => text.trim().slice(0, 4))).toEqual(['2.3 ']);
    await card.getByRole('link', { name: 'Revise the report' }).click();
    await page.waitForURL((url) => url.pathname === `/reports/${cycleId}/KG`);

    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows the Secretariat the open cycle with the reports waiting for review', async () => {
    const secretariatEmail = await createAccount(baseUrl(), 'secretariat', { name: 'Jana Novak' });
    const { page, problems, context } = await openPage(browser, baseUrl());

    await signInThroughPage(page, secretariatEmail, PASSWORD);
    const desk = page.locator('app-review-desk');
    await desk.getByRole('heading', { name: 'Reporting in progress' }).waitFor();
    await desk.getByRole('heading', { name: /Waiting for your review: \d+/ }).waitFor();
    await desk.getByRole('heading', { name: 'Progress', exact: true }).waitFor();
    await desk.locator('.figures').waitFor();

    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });
});
