import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env['CHROME_BIN'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** What a page did that a user would never want: errors, CSP violations, calls to other hosts. */
export interface PageProblems {
  consoleErrors: string[];
  foreignRequests: string[];
}

export async function openPage(
  browser: Browser,
  baseUrl: string,
  options: { locale?: string; viewport?: { width: number; height: number } } = {},
): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: options.locale ?? 'en-GB',
    viewport: options.viewport ?? { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  const problems: PageProblems = { consoleErrors: [], foreignRequests: [] };
  const origin = new URL(baseUrl).origin;
  page.on('console', (message) => {
    // The start-up session check answers 401 to a visitor who is not signed in: expected.
    const expected401 = message.text().includes('status of 401');
    if (message.type() === 'error' && !expected401) problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      problems.foreignRequests.push(url);
  });
  return { context, page, problems };
}
