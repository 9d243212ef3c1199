import type { Locator, Page } from 'playwright-core';
import { apiSession, PASSWORD } from './accounts.js';

const CYCLE_NAME = { en: '2026 annual report', ru: 'Ежегодный отчёт за 2026 год' };

/**
 * Opens a reporting cycle through the Secretariat's API and returns its id. Specs share one
 * database: give each its own states (a state's "My report" shows a choice when two cycles are
 * open for it) and, where a spec picks the cycle by name, its own name.
 */
export async function openCycle(
  baseUrl: string,
  secretariatEmail: string,
  expectedStates: string[],
  name: { en: string; ru: string } = CYCLE_NAME,
  deadline = '2099-12-31',
): Promise<string> {
  const { api, csrf } = await apiSession(baseUrl, secretariatEmail, PASSWORD);
  const created = await api.post('/api/v1/cycles', {
    headers: { 'X-XSRF-TOKEN': csrf },
    data: {
      name,
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
      opensAt: '2026-01-15',
      deadline,
      expectedStates,
    },
  });
  if (created.status() !== 201) throw new Error(`Creating a cycle failed: ${created.status()} ${await created.text()}`);
  const { id } = (await created.json()) as { id: string };
  const opened = await api.patch(`/api/v1/cycles/${id}`, {
    headers: { 'X-XSRF-TOKEN': csrf },
    data: { status: 'open' },
  });
  if (!opened.ok()) throw new Error(`Opening the cycle failed: ${opened.status()} ${await opened.text()}`);
  await api.dispose();
  return id;
}

export interface StoredEntry {
  actionCode: string;
  participation: string | null;
  status: string | null;
  narrative: { text: string; lang: string };
}

/** What the server holds for a report, read as the given person. */
export async function reportAsStored(
  baseUrl: string,
  email: string,
  cycleId: string,
  stateCode: string,
): Promise<{ status: string; version: number; entries: StoredEntry[] }> {
  const { api } = await apiSession(baseUrl, email, PASSWORD);
  const response = await api.get(`/api/v1/cycles/${cycleId}/reports/${stateCode}`);
  if (!response.ok()) throw new Error(`Reading the report failed: ${response.status()}`);
  const report = (await response.json()) as { status: string; version: number; entries: StoredEntry[] };
  await api.dispose();
  return report;
}

/** The card of one action on the report page. */
export function entryCard(page: Page, actionCode: string): Locator {
  return page.locator('app-entry-card').filter({
    has: page.locator(`[id="entry-heading-${actionCode}"]`),
  });
}

/** The narrative ("What was done") field of a card. */
export function narrativeOf(card: Locator): Locator {
  return card.locator('.narrative').getByLabel('What was done', { exact: true });
}

/** Answers an action as a focal point does: taking part, a status, a few words on what was done. */
export async function answerEntry(card: Locator, status: string, narrative: string): Promise<void> {
  await card.getByRole('radio', { name: 'Participating', exact: true }).check();
  // A single-choice toggle group is a radio group to assistive technology.
  await card.getByRole('radio', { name: status, exact: true }).click();
  await narrativeOf(card).fill(narrative);
}

/** Waits until the sticky save state says the server has everything. */
export async function waitUntilSaved(page: Page): Promise<void> {
  // "Saved just now" or "Saved 2 min ago"; never "Unsaved changes" or "Not saved …".
  await page.locator('.save-text', { hasText: /\bSaved\b/ }).waitFor();
}

/** The list of cooperation areas on the report page or the action plan, in either language. */
export function areaNav(page: Page): Locator {
  return page.getByRole('navigation', {
    name: /^(Cooperation areas|Области сотрудничества)$/,
  });
}

/** The button of one area in that list: its name starts "2 · Return and reintegration". */
export function areaButton(page: Page, code: string): Locator {
  return areaNav(page).getByRole('button', { name: new RegExp(`^${code} · `) });
}

/** The button of the area shown. */
export function currentArea(page: Page): Locator {
  return areaNav(page).locator('[aria-current="true"]');
}

/** Where each area's button lies on the page, and whether its title is cut. */
export async function areaButtonBoxes(
  page: Page,
): Promise<{ code: string; left: number; right: number; width: number; height: number; titleCut: boolean }[]> {
  return areaNav(page)
    .getByRole('button')
    .evaluateAll((buttons) =>
      buttons.map((button) => {
        const box = button.getBoundingClientRect();
        const title = button.querySelector<HTMLElement>('.title');
        return {
          code: button.querySelector('.number')?.textContent.trim() ?? '',
          left: box.left,
          right: box.right,
          width: box.width,
          height: box.height,
          titleCut: !title || title.scrollWidth > title.clientWidth || title.scrollHeight > title.clientHeight,
        };
      }),
    );
}
