import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Express } from 'express';
import type { Browser } from 'playwright-core';
import { createUser, TEST_PASSWORD } from '../src/testing/auth.js';
import { clientDistDir, launchChromium, openReportingCycle, serveBuiltClient } from './built-client.js';

/** Slow 4G as issue 14 measured it: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU 4x slower. */
export interface Profile {
  name: string;
  latencyMs: number;
  downloadBitsPerSecond: number;
  uploadBitsPerSecond: number;
  cpuSlowdown: number;
}
export const SLOW_4G: Profile = {
  name: 'slow 4G',
  latencyMs: 150,
  downloadBitsPerSecond: 1_600_000,
  uploadBitsPerSecond: 750_000,
  cpuSlowdown: 4,
};
export const LOOPBACK: Profile = {
  name: 'loopback',
  latencyMs: 0,
  downloadBitsPerSecond: -1,
  uploadBitsPerSecond: -1,
  cpuSlowdown: 1,
};

export interface PageLoad {
  lcpMs: number;
  /** From navigation until the ready selector was found (polled, so a few ms late). */
  readyMs: number;
  transferredBytes: number;
  requests: number;
}

/** Records every largest-contentful-paint candidate; the last one before we look is the LCP. */
const RECORD_LCP = `
  window.__lcp = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
`;

/**
 * One visit of `urlPath` in a new browser context, signed in as `email` if given, on `profile`:
 * cold (empty cache), or `warm` (measured on a second visit, as a returning focal point has the
 * hashed bundles cached). `identity` asks the server for no compression, as a browser behind a
 * proxy that strips Accept-Encoding would, to show what the compression is worth in the same run.
 */
export async function visit(
  browser: Browser,
  baseUrl: string,
  urlPath: string,
  profile: Profile,
  options: { email?: string; identity?: boolean; warm?: boolean; readySelector: string },
): Promise<PageLoad> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 } });
  try {
    if (options.email) {
      const login = await context.request.post('/api/v1/auth/login', {
        data: { email: options.email, password: TEST_PASSWORD },
      });
      if (!login.ok()) throw new Error(`Sign-in failed: ${login.status()}`);
    }
    const page = await context.newPage();
    await page.addInitScript(RECORD_LCP);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    if (options.identity) await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': 'identity' } });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latencyMs,
      downloadThroughput: profile.downloadBitsPerSecond < 0 ? -1 : profile.downloadBitsPerSecond / 8,
      uploadThroughput: profile.uploadBitsPerSecond < 0 ? -1 : profile.uploadBitsPerSecond / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
    let readyMs = 0;
    const load = async () => {
      await page.goto(urlPath, { waitUntil: 'load', timeout: 120_000 });
      await page.locator(options.readySelector).first().waitFor({ timeout: 120_000 });
      readyMs = await page.evaluate(() => performance.now());
      await page.waitForLoadState('networkidle', { timeout: 120_000 });
    };
    if (options.warm) await load();
    let transferredBytes = 0;
    let requests = 0;
    // Answers from the browser's cache move no bytes and are not counted.
    cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
      if (event.encodedDataLength === 0) return;
      transferredBytes += event.encodedDataLength;
      requests += 1;
    });
    await load();
    const lcpMs = await page.evaluate(() => (window as unknown as { __lcp: number }).__lcp);
    return { lcpMs, readyMs, transferredBytes, requests };
  } finally {
    await context.close();
  }
}

/** The median LCP of `rounds` cold visits (bytes are the same each time). */
async function medianOf(rounds: number, load: () => Promise<PageLoad>): Promise<PageLoad> {
  const loads: PageLoad[] = [];
  for (let round = 0; round < rounds; round += 1) loads.push(await load());
  loads.sort((a, b) => a.lcpMs - b.lcpMs);
  return loads[Math.floor(loads.length / 2)]!;
}

function print(title: string, load: PageLoad, goalMs?: number): void {
  const goal =
    goalMs === undefined ? '' : `  (goal < ${(goalMs / 1000).toFixed(0)} s: ${load.lcpMs < goalMs ? 'met' : 'MISSED'})`;
  process.stdout.write(
    `${title.padEnd(58)} LCP ${(load.lcpMs / 1000).toFixed(2).padStart(6)} s  ` +
      `${(load.transferredBytes / 1024).toFixed(0).padStart(5)} KiB in ${String(load.requests).padStart(2)} requests${goal}\n`,
  );
}

/** A focal point of Austria with an open cycle's report, as the editor shows it. */
export async function reportToEdit(app: Express, secretariat: string): Promise<{ editorPath: string; email: string }> {
  const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const cycleId = await openReportingCycle(app, secretariat, {
    name: { en: 'Page load cycle', ru: 'Цикл загрузки' },
    periodFrom: '2026-01-01',
    periodTo: '2026-12-31',
    deadline: inAMonth,
  });
  const focalPoint = await createUser('focal_point', { stateCode: 'AT' });
  return { editorPath: `/reports/${cycleId}/AT`, email: focalPoint.email };
}

/**
 * Loads the built client in Chromium, cold, as issue 14 measured it: the sign-in page and the
 * report editor, on slow 4G and on loopback, compressed (as served) and uncompressed (the floor
 * this work started from). Needs `npm run build` first; says so and skips otherwise.
 */
export async function benchClientLoad(secretariat: string): Promise<void> {
  if (!existsSync(path.join(clientDistDir, 'index.html'))) {
    process.stdout.write(`Client page loads: skipped, the client is not built (run "npm run build" first).\n`);
    return;
  }
  const { app, server, baseUrl } = await serveBuiltClient();
  // LCP includes the browser's own work: on a busy machine it grows with the load, bytes do not.
  const [load] = os.loadavg();
  process.stdout.write(
    `Client page loads in Chromium (cold cache unless said), median of 3 (load average ${load!.toFixed(1)} on ${os.cpus().length} CPUs):\n`,
  );
  const browser = await launchChromium();
  try {
    const { editorPath, email } = await reportToEdit(app, secretariat);
    const signInPage = { readySelector: 'form input[type="password"]' };
    const editor = { email, readySelector: 'app-entry-card' };

    print(
      'Report editor, compressed, slow 4G, second visit (cached)',
      await medianOf(3, () => visit(browser, baseUrl, editorPath, SLOW_4G, { ...editor, warm: true })),
      4000,
    );
    for (const identity of [false, true]) {
      const served = identity ? 'uncompressed' : 'compressed';
      print(
        `Sign-in page, ${served}, slow 4G`,
        await medianOf(3, () => visit(browser, baseUrl, '/sign-in', SLOW_4G, { ...signInPage, identity })),
      );
      print(
        `Report editor, ${served}, slow 4G`,
        await medianOf(3, () => visit(browser, baseUrl, editorPath, SLOW_4G, { ...editor, identity })),
        identity ? undefined : 4000,
      );
      print(
        `Report editor, ${served}, loopback`,
        await medianOf(3, () => visit(browser, baseUrl, editorPath, LOOPBACK, { ...editor, identity })),
        identity ? undefined : 1000,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
}
