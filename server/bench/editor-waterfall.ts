/**
 * `node --import tsx bench/editor-waterfall.ts [slow]`: the request waterfall of a focal point's
 * cold first load of `/my-report` (one open cycle, so it goes on to the editor), in Chromium:
 * each request's start and end from navigation, and when the first entry card showed. A tool to
 * see where the time goes, not a measurement to compare (see client-load.bench.ts). Needs
 * `npm run build` first.
 */
import { seedActionPlan, seedStatesAndRegions } from '../src/modules/reference/seed-reference-data.js';
import { bearerFor, createUser, TEST_PASSWORD } from '../src/testing/auth.js';
import { connectTestDatabase, disconnectTestDatabase, silentLogger } from '../src/testing/test-database.js';
import { launchChromium, openReportingCycle, serveBuiltClient } from './built-client.js';

const slow = process.argv.includes('slow');
/** Every largest-contentful-paint candidate, with the element it was: which paint was the last. */
const RECORD_PAINTS = `
  window.__paints = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const element = entry.element;
      const name = element
        ? element.tagName.toLowerCase() + (element.className ? '.' + String(element.className).split(' ')[0] : '')
        : '?';
      const text = (element?.textContent ?? '').trim().slice(0, 40);
      window.__paints.push({ at: entry.startTime, what: name + ' "' + text + '"', size: entry.size });
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
`;
await connectTestDatabase();
await seedStatesAndRegions(silentLogger);
await seedActionPlan(silentLogger);
const { app, server, baseUrl } = await serveBuiltClient();
const { authorization } = await bearerFor(app, 'secretariat');
const cycleId = await openReportingCycle(app, authorization, {
  name: { en: 'Waterfall', ru: 'Водопад' },
  periodFrom: '2028-01-01',
  periodTo: '2028-12-31',
  deadline: '2099-01-01',
});
const focalPoint = await createUser('focal_point', { stateCode: 'GE' });

const browser = await launchChromium();
const target = process.argv.includes('editor') ? `/reports/${cycleId}/GE` : '/my-report';
const warm = process.argv.includes('warm');
for (let round = 0; round < 2; round += 1) {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 } });
  const login = await context.request.post('/api/v1/auth/login', {
    data: { email: focalPoint.email, password: TEST_PASSWORD },
  });
  if (!login.ok()) throw new Error(`Sign-in failed: ${login.status()}`);
  const page = await context.newPage();
  await page.addInitScript(RECORD_PAINTS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (slow) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: 1_600_000 / 8,
      uploadThroughput: 750_000 / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  if (warm) {
    await page.goto(target, { waitUntil: 'commit' });
    await page.locator('app-entry-card').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
  }
  const started = new Map<string, { url: string; at: number }>();
  const rows: { url: string; start: number; end: number; bytes: number }[] = [];
  let zero = 0;
  cdp.on('Network.requestWillBeSent', (event: { requestId: string; request: { url: string }; timestamp: number }) => {
    if (!zero) zero = event.timestamp;
    started.set(event.requestId, { url: event.request.url, at: event.timestamp });
  });
  cdp.on('Network.loadingFinished', (event: { requestId: string; timestamp: number; encodedDataLength: number }) => {
    const begun = started.get(event.requestId);
    if (begun) rows.push({ url: begun.url, start: begun.at, end: event.timestamp, bytes: event.encodedDataLength });
  });
  const before = Date.now();
  await page.goto(target, { waitUntil: 'commit' });
  try {
    await page.locator('app-entry-card').first().waitFor({ timeout: 30_000 });
  } catch (error) {
    await page.screenshot({ path: '/tmp/waterfall-timeout.png' });
    process.stdout.write(`timed out at ${page.url()}\n`);
    throw error;
  }
  const readyMs = Date.now() - before;
  await page.waitForLoadState('networkidle');
  rows.sort((a, b) => a.start - b.start);
  process.stdout.write(`\nround ${round + 1}: first entry card after ~${readyMs} ms (${rows.length} requests)\n`);
  const paints = await page.evaluate(
    () => (window as unknown as { __paints: { at: number; what: string; size: number }[] }).__paints,
  );
  for (const paint of paints) {
    process.stdout.write(`  LCP candidate at ${paint.at.toFixed(0)} ms: ${paint.what} (${paint.size} px²)\n`);
  }
  for (const row of rows) {
    const name = row.url.replace(baseUrl, '').replace(/\?.*$/, '');
    process.stdout.write(
      `${String(Math.round((row.start - zero) * 1000)).padStart(6)} → ${String(Math.round((row.end - zero) * 1000)).padStart(6)} ms ${String(row.bytes).padStart(7)} B  ${name}\n`,
    );
  }
  await context.close();
}
await browser.close();
server.close();
await disconnectTestDatabase();
