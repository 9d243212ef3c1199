import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiSession, createAccount, PASSWORD } from '../support/accounts.js';
import { launchBrowser, openPage, type PageProblems } from '../support/browser.js';
import {
  answerEntry,
  areaButton,
  areaButtonBoxes,
  currentArea,
  entryCard,
  narrativeOf,
  openCycle,
  reportAsStored,
  waitUntilSaved,
} from '../support/reporting.js';
import { signInThroughPage } from '../support/sign-in.js';

const baseUrl = () => process.env['E2E_BASE_URL']!;
const AREA_1 = ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9'];

interface Session {
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
}

/**
 * Armenia's report of an open cycle, written as its focal point would: one whole area, a lost
 * connection, a colleague editing the same answer, a refused submission, and the review.
 * The steps build on each other and run in order.
 */
describe('Reporting, as the people who do it', () => {
  let browser: Browser;
  let cycleId: string;
  let focalEmail: string;
  let contributorEmail: string;
  let secretariatEmail: string;
  let focal: Session;
  const reportPath = () => `/reports/${cycleId}/AM`;

  async function signedIn(email: string): Promise<Session> {
    const session = await openPage(browser, baseUrl());
    await signInThroughPage(session.page, email, PASSWORD);
    return session;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    secretariatEmail = await createAccount(baseUrl(), 'secretariat', { name: 'Eva Lindner' });
    focalEmail = await createAccount(baseUrl(), 'focal_point', { stateCode: 'AM', name: 'Anahit Petrosyan' });
    contributorEmail = await createAccount(baseUrl(), 'contributor', { stateCode: 'AM', name: 'Davit Hakobyan' });
    cycleId = await openCycle(baseUrl(), secretariatEmail, ['AM', 'UZ']);
    focal = await signedIn(focalEmail);
  });

  afterAll(async () => {
    await browser.close();
  });

  it('lets the focal point fill in a whole area from "My report", and saves it by itself', async () => {
    const { page } = focal;
    await page.getByRole('navigation').getByRole('link', { name: 'My report' }).click();
    await page.waitForURL((url) => url.pathname === reportPath());
    await page.getByRole('heading', { name: 'Report of Armenia', level: 1 }).waitFor();

    for (const code of AREA_1) {
      await answerEntry(entryCard(page, code), 'Substantial progress', `Border checks under ${code} were joint.`);
    }
    await waitUntilSaved(page);
    expect(await currentArea(page).getAttribute('data-area')).toBe('1');
    expect(await currentArea(page).locator('.figure').textContent()).toBe('9/9');
    expect(await currentArea(page).textContent()).toContain('9 of 9 answered');

    const stored = await reportAsStored(baseUrl(), focalEmail, cycleId, 'AM');
    for (const code of AREA_1) {
      expect(stored.entries.find((entry) => entry.actionCode === code))
        .withContext(code)
        .toEqual(
          jasmine.objectContaining({
            participation: 'participating',
            status: 'substantial',
            narrative: { text: `Border checks under ${code} were joint.`, lang: 'en' },
          }),
        );
    }
    expect(focal.problems.consoleErrors).toEqual([]);
  });

  it('shows all six areas, none cut off, on a laptop and a phone, in English and Russian', async () => {
    const russianEmail = await createAccount(baseUrl(), 'contributor', { stateCode: 'AM', locale: 'ru' });
    for (const [email, heading] of [
      [focalEmail, 'Report of Armenia'],
      [russianEmail, 'Отчёт: Армения'],
    ] as const) {
      for (const viewport of [
        { width: 1280, height: 800 },
        { width: 390, height: 844 },
      ]) {
        const session = await openPage(browser, baseUrl(), { viewport });
        await signInThroughPage(session.page, email, PASSWORD);
        for (const path of [reportPath(), '/action-plan']) {
          await session.page.goto(path);
          await areaButton(session.page, '6').waitFor();
          await session.page
            .getByRole('heading', { level: 1, name: path === '/action-plan' ? /./ : heading })
            .waitFor();
          const boxes = await areaButtonBoxes(session.page);
          const where = `${email === focalEmail ? 'en' : 'ru'} ${viewport.width} ${path}`;
          expect(boxes.map((box) => box.code))
            .withContext(where)
            .toEqual(['1', '2', '3', '4', '5', '6']);
          for (const box of boxes) {
            expect(box.left).withContext(`${where} area ${box.code}`).toBeGreaterThanOrEqual(0);
            expect(box.right).withContext(`${where} area ${box.code}`).toBeLessThanOrEqual(viewport.width);
            expect(box.width).withContext(`${where} area ${box.code}`).toBeGreaterThanOrEqual(200);
            expect(box.height).withContext(`${where} area ${box.code}`).toBeGreaterThanOrEqual(44);
            expect(box.titleCut).withContext(`${where} area ${box.code}`).toBeFalse();
          }
          expect(await session.page.locator('app-area-nav [aria-current="true"]').getAttribute('data-area'))
            .withContext(where)
            .toBe('1');
        }
        expect(session.problems.consoleErrors).toEqual([]);
        await session.context.close();
      }
    }
  });

  it('moves through the areas from the keyboard: arrows move, Enter and Space open', async () => {
    const { page } = focal;
    await areaButton(page, '1').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-area'))).toBe('3');
    expect(await currentArea(page).getAttribute('data-area')).toBe('1');

    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: /^Area 3: / }).waitFor();
    expect(await currentArea(page).getAttribute('data-area')).toBe('3');
    expect(await page.locator('app-entry-card').count()).toBe(9);

    await page.keyboard.press('End');
    await page.keyboard.press(' ');
    await page.getByRole('heading', { level: 2, name: /^Area 6: / }).waitFor();
    expect(await currentArea(page).getAttribute('data-area')).toBe('6');

    await areaButton(page, '1').click();
    await page.getByRole('heading', { level: 2, name: /^Area 1: / }).waitFor();

    // Under the last card of an area, a button leads on and puts focus back on the list.
    await page.getByRole('button', { name: 'Next: 2 · Return and reintegration' }).press('Enter');
    await page.getByRole('heading', { level: 2, name: /^Area 2: / }).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-area') === '2');
    expect(await currentArea(page).getAttribute('data-area')).toBe('2');
  });

  it('keeps what was written offline on the device through a closed tab, and saves it once back online', async () => {
    const { page, context } = focal;
    await areaButton(page, '2').click();
    await context.setOffline(true);
    await narrativeOf(entryCard(page, '2.1')).fill('Written on the train to Gyumri, without a connection.');
    await page.locator('.save-text', { hasText: 'Offline — kept on this device' }).waitFor();
    await page.close();

    await context.setOffline(false);
    const reopened = await context.newPage();
    await reopened.goto(reportPath());
    await reopened.getByText('What you wrote last time but had not saved yet was kept on this device').waitFor();
    await waitUntilSaved(reopened);
    await areaButton(reopened, '2').click();
    expect(await narrativeOf(entryCard(reopened, '2.1')).inputValue()).toBe(
      'Written on the train to Gyumri, without a connection.',
    );
    const stored = await reportAsStored(baseUrl(), focalEmail, cycleId, 'AM');
    expect(stored.entries.find((entry) => entry.actionCode === '2.1')?.narrative.text).toBe(
      'Written on the train to Gyumri, without a connection.',
    );
    focal.page = reopened;
  });

  it('shows a second editor of the same answer both texts, and saves the one they keep', async () => {
    const contributor = await signedIn(contributorEmail);
    await contributor.page.goto(reportPath());
    const theirCard = entryCard(contributor.page, '1.1');
    await narrativeOf(theirCard).waitFor();

    // The focal point saves 1.1 while the contributor's page still shows the earlier version.
    await areaButton(focal.page, '1').click();
    await narrativeOf(entryCard(focal.page, '1.1')).fill('Joint patrols with Georgia since March.');
    await waitUntilSaved(focal.page);

    await narrativeOf(theirCard).fill('Joint patrols since March; 14 officers trained.');
    const dialog = contributor.page.getByRole('dialog', { name: 'Someone else changed the same answers' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Joint patrols with Georgia since March.');
    expect(await dialog.textContent()).toContain('Joint patrols since March; 14 officers trained.');
    await dialog.getByRole('button', { name: 'Keep all mine' }).click();
    await dialog.getByRole('button', { name: 'Apply and save' }).click();
    await waitUntilSaved(contributor.page);

    const stored = await reportAsStored(baseUrl(), focalEmail, cycleId, 'AM');
    expect(stored.entries.find((entry) => entry.actionCode === '1.1')?.narrative.text).toBe(
      'Joint patrols since March; 14 officers trained.',
    );
    expect(contributor.problems.consoleErrors.filter((text) => !text.includes('409'))).toEqual([]);
    await contributor.context.close();
  });

  it('refuses an incomplete submission, lists what is missing per action, and leads to it', async () => {
    const { page } = focal;
    await page.reload();
    await page.getByRole('button', { name: 'Submit report' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Submit', exact: true }).click();

    const problems = page.locator('app-submit-problems');
    await problems.getByText('The report cannot be submitted yet').waitFor();
    // 53 actions, 9 answered in area 1: 44 still need answers (2.1 has a text but no participation).
    await problems.getByText('Actions that still need answers: 44.').waitFor();
    await problems.getByRole('link', { name: /^2\.1 / }).click();
    // The area changes and the heading takes focus once the area has rendered: wait for that.
    await page.waitForFunction(() => document.activeElement?.id === 'entry-heading-2.1');
    expect(await currentArea(page).getAttribute('data-area')).toBe('2');
    expect((await reportAsStored(baseUrl(), focalEmail, cycleId, 'AM')).status).toBe('draft');
  });

  it('takes the report through submission, return with a comment, resubmission and approval', async () => {
    // The rest of the report, answered through the API: "not participating" is a complete answer.
    const { api, csrf } = await apiSession(baseUrl(), focalEmail, PASSWORD);
    const current = await reportAsStored(baseUrl(), focalEmail, cycleId, 'AM');
    const open = current.entries.filter((entry) => entry.participation === null);
    const saved = await api.put(`/api/v1/cycles/${cycleId}/reports/AM`, {
      headers: { 'X-XSRF-TOKEN': csrf },
      data: {
        version: current.version,
        entries: open.map((entry) => ({ actionCode: entry.actionCode, participation: 'not_participating' })),
      },
    });
    expect(saved.status()).toBe(200);
    await api.dispose();

    const { page } = focal;
    await page.reload();
    await page.getByRole('button', { name: 'Submit report' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Submit', exact: true }).click();
    await page.getByText('The report was submitted. The Secretariat has been notified.').waitFor();
    expect(await page.locator('app-entry-card').getByRole('radio').count()).toBe(0);

    const secretariat = await signedIn(secretariatEmail);
    await secretariat.page.goto(`${reportPath()}/review`);
    await secretariat.page.getByRole('heading', { name: 'Submitted: waiting for your decision' }).waitFor();
    await secretariat.page.getByRole('button', { name: 'Return for revision' }).click();
    const returnDialog = secretariat.page.getByRole('dialog');
    await returnDialog.getByLabel('Comment to the state').fill('Please give the dates of the patrols in 1.1.');
    await returnDialog.getByRole('button', { name: 'Return for revision' }).click();
    await secretariat.page.getByText('The report was returned to the state for revision.').waitFor();

    await page.reload();
    await page.getByText('Please give the dates of the patrols in 1.1.').waitFor();
    await narrativeOf(entryCard(page, '1.1')).fill('Joint patrols from 3 March to 30 June; 14 officers trained.');
    await waitUntilSaved(page);
    await page.getByRole('button', { name: 'Submit report' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Submit', exact: true }).click();
    await page.getByText('The report was submitted. The Secretariat has been notified.').waitFor();

    await secretariat.page.reload();
    await secretariat.page.getByRole('button', { name: 'Approve' }).click();
    await secretariat.page.getByRole('alertdialog').getByRole('button', { name: 'Approve' }).click();
    await secretariat.page.getByText('The report was approved and is now locked.').waitFor();

    await page.reload();
    await page.getByText('Approved by the Secretariat. The report is locked').waitFor();
    const stored = await reportAsStored(baseUrl(), secretariatEmail, cycleId, 'AM');
    expect(stored.status).toBe('approved');
    expect(stored.entries.find((entry) => entry.actionCode === '1.1')?.narrative.text).toBe(
      'Joint patrols from 3 March to 30 June; 14 officers trained.',
    );
    expect(secretariat.problems.consoleErrors).toEqual([]);
    await secretariat.context.close();
  });

  it("keeps another state's focal point out of the report, in the UI and in the API", async () => {
    const otherEmail = await createAccount(baseUrl(), 'focal_point', { stateCode: 'UZ' });
    const other = await signedIn(otherEmail);
    await other.page.goto(reportPath());
    await other.page.getByText('Your role does not give access to this report.').waitFor();
    expect(await other.page.getByText('Joint patrols').count()).toBe(0);

    const { api } = await apiSession(baseUrl(), otherEmail, PASSWORD);
    expect((await api.get(`/api/v1/cycles/${cycleId}/reports/AM`)).status()).toBe(403);
    await api.dispose();
    await other.context.close();
  });
});
