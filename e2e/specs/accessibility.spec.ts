import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { ADMIN, apiSession, createAccount, PASSWORD } from '../support/accounts.js';
import { launchBrowser, openPage } from '../support/browser.js';
import { openCycle } from '../support/reporting.js';
import { signInThroughPage } from '../support/sign-in.js';

const baseUrl = () => process.env['E2E_BASE_URL']!;

/** axe-core's browser bundle, evaluated in the page (the app's CSP forbids injected script tags). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const WIDTHS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const LANGUAGES = [
  { code: 'en', switchTo: 'English' },
  { code: 'ru', switchTo: 'Русский' },
] as const;
/** A role's pages, twice two ways: a few seconds each on a busy machine. */
const ROLE_TIMEOUT = 120_000;
/** What blocks people; "moderate" and "minor" findings are advice. */
const BLOCKING = new Set(['serious', 'critical']);

/** Our own states and cycle: specs share one database. */
const FOCAL_STATE = 'TJ';
/** A state whose report waits for the Secretariat's review. */
const SUBMITTED_STATE = 'AZ';
const CYCLE_NAME = { en: 'Accessibility check cycle', ru: 'Цикл проверки доступности' };

interface Visit {
  readonly name: string;
  readonly path: string;
  /** Opens a part of the page that is not there on arrival (a menu, a panel). */
  readonly open?: (page: Page) => Promise<void>;
  /** Loads the page afresh: a child page under a layout that keeps its heading. */
  readonly reload?: boolean;
}

/** Runs axe on the page as it is and describes each serious or critical violation. */
async function blockingViolations(page: Page, where: string): Promise<string[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(
      document,
      { resultTypes: ['violations'] },
    ),
  );
  // A run that checked nothing would pass anything.
  if (results.passes.length === 0) return [`${where}: axe checked nothing`];
  return results.violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .flatMap((violation) =>
      violation.nodes.map(
        (node) => `${where}: ${violation.id} (${violation.impact}) at ${node.target.join(' ')} — ${violation.help}`,
      ),
    );
}

/**
 * Goes to a page inside the running app (the router follows a history change: no reload, which
 * keeps the spec fast) and waits until the page has its heading and nothing is loading.
 */
async function arrive(page: Page, visit: Visit): Promise<void> {
  // The heading of the page before: the next page has a heading of its own.
  await page.evaluate(() => document.querySelectorAll('h1').forEach((h1) => h1.setAttribute('data-seen', '')));
  if (visit.reload) await page.goto(visit.path);
  else if (new URL(page.url()).pathname === visit.path) await page.reload();
  else
    await page.evaluate((path) => {
      history.pushState(null, '', path);
      dispatchEvent(new PopStateEvent('popstate'));
    }, visit.path);
  await page.locator('h1:not([data-seen])').first().waitFor();
  // A page loading its data says so in a `.loading` status or shows a skeleton.
  await page.locator('.loading, app-skeleton').first().waitFor({ state: 'detached' });
  await visit.open?.(page);
}

/** Switches the screen's language with the header's switch, as a person would. */
async function switchLanguage(page: Page, language: (typeof LANGUAGES)[number]): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await arrive(page, { name: 'home', path: '/' });
  const choice = page.getByRole('radio', { name: language.switchTo });
  if ((await choice.getAttribute('aria-checked')) !== 'true') await choice.click();
  await page.waitForFunction((code) => document.documentElement.lang === code, language.code);
}

/**
 * Answers a report through the API as its focal point: one action, or every action as "not
 * participating" (a complete report) and then submits it.
 */
async function answerReport(
  email: string,
  cycleId: string,
  stateCode: string,
  options: { submit: boolean },
): Promise<void> {
  const { api, csrf } = await apiSession(baseUrl(), email, PASSWORD);
  const path = `/api/v1/cycles/${cycleId}/reports/${stateCode}`;
  const current = (await (await api.get(path)).json()) as {
    version: number;
    entries: { actionCode: string }[];
  };
  const entries = options.submit ? current.entries : current.entries.slice(0, 1);
  const saved = await api.put(path, {
    headers: { 'X-XSRF-TOKEN': csrf },
    data: {
      version: current.version,
      // A submitted report takes part everywhere, so the progress pages have figures and tables.
      entries: entries.map((entry) =>
        options.submit
          ? {
              actionCode: entry.actionCode,
              participation: 'participating',
              status: 'substantial',
              narrative: { text: 'Joint trainings held with the neighbours.', lang: 'en' },
            }
          : { actionCode: entry.actionCode, participation: 'not_participating' },
      ),
    },
  });
  if (!saved.ok()) throw new Error(`Saving the report failed: ${saved.status()} ${await saved.text()}`);
  if (options.submit) {
    const submitted = await api.post(`${path}/submit`, { headers: { 'X-XSRF-TOKEN': csrf }, data: {} });
    if (!submitted.ok()) throw new Error(`Submitting failed: ${submitted.status()} ${await submitted.text()}`);
  }
  await api.dispose();
}

interface Person {
  readonly email: string;
  readonly password: string;
}

/** Visits every page of a role in both languages at both widths; returns what axe found. */
async function auditRole(browser: Browser, person: Person, visits: readonly Visit[]): Promise<string[]> {
  const { page, context } = await openPage(browser, baseUrl());
  const found: string[] = [];
  page.setDefaultTimeout(10_000);
  try {
    await signInThroughPage(page, person.email, person.password);
    for (const language of LANGUAGES) {
      await switchLanguage(page, language);
      for (const size of WIDTHS) {
        await page.setViewportSize({ width: size.width, height: size.height });
        for (const visit of visits) {
          const where = `${visit.name} [${language.code}, ${size.name}]`;
          try {
            await arrive(page, visit);
          } catch (error) {
            found.push(`${where}: did not load (${(error as Error).message.split('\n')[0]})`);
            continue;
          }
          found.push(...(await blockingViolations(page, where)));
          // E2E_AXE_SCREENSHOTS=<folder> keeps a picture of each page as axe saw it, to look at.
          const folder = process.env['E2E_AXE_SCREENSHOTS'];
          if (folder) await page.screenshot({ path: `${folder}/${where.replace(/[^\w]+/g, '-')}.png` });
        }
      }
    }
  } finally {
    await context.close();
  }
  return found;
}

const openNotifications = async (page: Page): Promise<void> => {
  await page.locator('app-notifications-bell button.bell').click();
  await page.locator('.notifications-overlay [role="dialog"]').waitFor();
};

describe('Accessibility (axe: no serious or critical violation)', () => {
  let browser: Browser;
  let cycleId: string;
  let evaluationId: string;
  let secretariat: string;
  let evaluator: string;
  let focalPoint: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    [secretariat, evaluator, focalPoint] = await Promise.all([
      createAccount(baseUrl(), 'secretariat', { name: 'Axe Secretariat' }),
      createAccount(baseUrl(), 'evaluator', { name: 'Axe Evaluator' }),
      createAccount(baseUrl(), 'focal_point', { stateCode: FOCAL_STATE, name: 'Axe Focal Point' }),
    ]);
    cycleId = await openCycle(baseUrl(), secretariat, [FOCAL_STATE, SUBMITTED_STATE], CYCLE_NAME);
    const submitter = await createAccount(baseUrl(), 'focal_point', { stateCode: SUBMITTED_STATE });
    await answerReport(focalPoint, cycleId, FOCAL_STATE, { submit: false });
    await answerReport(submitter, cycleId, SUBMITTED_STATE, { submit: true });
    const { api, csrf } = await apiSession(baseUrl(), evaluator, PASSWORD);
    const created = await api.post('/api/v1/evaluations', {
      headers: { 'X-XSRF-TOKEN': csrf },
      data: { title: { en: 'Accessibility evaluation', ru: 'Оценка доступности' }, cycleIds: [cycleId] },
    });
    if (created.status() !== 201) throw new Error(`Creating an evaluation failed: ${created.status()}`);
    evaluationId = ((await created.json()) as { id: string }).id;
    await api.dispose();
  });
  afterAll(() => browser.close());

  it(
    'on the sign-in page',
    async () => {
      const found: string[] = [];
      // Signed out, the page speaks the browser's language.
      for (const [code, locale] of [
        ['en', 'en-GB'],
        ['ru', 'ru-RU'],
      ] as const) {
        const { page, context } = await openPage(browser, baseUrl(), { locale });
        for (const size of WIDTHS) {
          await page.setViewportSize({ width: size.width, height: size.height });
          await page.goto('/sign-in');
          await page.locator('h1').first().waitFor();
          found.push(...(await blockingViolations(page, `sign-in [${code}, ${size.name}]`)));
        }
        await context.close();
      }
      expect(found).toEqual([]);
    },
    ROLE_TIMEOUT,
  );

  /** Each role, who signs in and the pages they use (read once `beforeAll` has made them). */
  const roles: { name: string; person: () => Person; visits: () => Visit[] }[] = [
    {
      name: 'a focal point',
      person: () => ({ email: focalPoint, password: PASSWORD }),
      visits: () => [
        { name: 'home', path: '/' },
        { name: 'action plan', path: '/action-plan' },
        { name: 'report editor', path: `/reports/${cycleId}/${FOCAL_STATE}` },
        { name: 'progress', path: '/progress' },
        { name: 'profile', path: '/profile' },
        { name: 'notifications', path: '/', open: openNotifications },
      ],
    },
    {
      name: 'the Secretariat',
      person: () => ({ email: secretariat, password: PASSWORD }),
      visits: () => [
        { name: 'home', path: '/' },
        { name: 'cycles', path: '/cycles' },
        { name: 'cycle (review table)', path: `/cycles/${cycleId}` },
        { name: 'report (draft)', path: `/reports/${cycleId}/${FOCAL_STATE}` },
        { name: 'review page', path: `/reports/${cycleId}/${SUBMITTED_STATE}/review` },
        { name: 'progress', path: '/progress' },
        // Submitted reports count here, so the tables have rows.
        ...['submissions', 'coverage', 'drill-down', 'state', 'peer-learning'].map((child) => ({
          name: `progress ${child}`,
          path: `/progress/${child}?cycleId=${cycleId}&basis=submitted&stateCode=${SUBMITTED_STATE}&actionCode=1.1`,
          reload: true,
        })),
        { name: 'evaluations', path: '/evaluations' },
        { name: 'states', path: '/states' },
        { name: 'audit', path: '/audit' },
      ],
    },
    {
      name: 'an evaluator',
      person: () => ({ email: evaluator, password: PASSWORD }),
      visits: () => [
        { name: 'home', path: '/' },
        { name: 'evaluations', path: '/evaluations' },
        { name: 'evaluation editor', path: `/evaluations/${evaluationId}` },
        { name: 'progress', path: '/progress' },
        { name: 'states (read only)', path: '/states' },
      ],
    },
    {
      name: 'an administrator',
      person: () => ADMIN,
      visits: () => [
        { name: 'home', path: '/' },
        { name: 'people', path: '/people' },
        { name: 'states', path: '/states' },
        { name: 'action plan', path: '/action-plan' },
        { name: 'audit', path: '/audit' },
        { name: 'profile', path: '/profile' },
      ],
    },
  ];

  for (const role of roles) {
    it(
      `for ${role.name}`,
      async () => {
        expect(await auditRole(browser, role.person(), role.visits())).toEqual([]);
      },
      ROLE_TIMEOUT,
    );
  }
});
