/**
 * `node --import tsx bench/client-compare.ts <browser dir A> <browser dir B> [rounds]` (in
 * `server/`): the cold load of the report editor and of the sign-in page from two client builds (e.g. a copy of main's
 * `client/dist/client/browser` and this branch's), visited in turns so both see the same moments
 * of a shared machine: the median LCP (editor on slow 4G and on loopback, sign-in page on slow
 * 4G), the median time until the page was ready (the first entry card, the sign-in form), and
 * the bytes moved. A tool to
 * judge a change, beside `npm run bench:client`, which measures one build against the goals.
 */
import os from 'node:os';
import path from 'node:path';
import { seedActionPlan, seedStatesAndRegions } from '../src/modules/reference/seed-reference-data.js';
import { bearerFor } from '../src/testing/auth.js';
import { connectTestDatabase, disconnectTestDatabase, silentLogger } from '../src/testing/test-database.js';
import { launchChromium, serveBuiltClient } from './built-client.js';
import { LOOPBACK, type PageLoad, type Profile, reportToEdit, SLOW_4G, visit } from './client-load.bench.js';

const [dirA, dirB, roundsArg] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('Usage: client-compare.ts <browser dir A> <browser dir B> [rounds]');
const rounds = Number(roundsArg ?? 5);

await connectTestDatabase();
await seedStatesAndRegions(silentLogger);
await seedActionPlan(silentLogger);
const builds = await Promise.all([dirA, dirB].map((dir) => serveBuiltClient(path.resolve(dir))));
const { authorization } = await bearerFor(builds[0]!.app, 'secretariat');
const { editorPath, email } = await reportToEdit(builds[0]!.app, authorization);
const browser = await launchChromium();
/** What is measured: a page on a profile. */
const visits: { name: string; path: string; profile: Profile; email?: string; readySelector: string }[] = [
  { name: 'editor, slow 4G', path: editorPath, profile: SLOW_4G, email, readySelector: 'app-entry-card' },
  { name: 'editor, loopback', path: editorPath, profile: LOOPBACK, email, readySelector: 'app-entry-card' },
  { name: 'sign-in, slow 4G', path: '/sign-in', profile: SLOW_4G, readySelector: 'form input[type="password"]' },
];
const loads = builds.map(() => visits.map((): PageLoad[] => []));
const loadBefore = os.loadavg()[0]!;
for (let round = 0; round < rounds; round += 1) {
  // Turns alternate which build goes first, so neither always follows the other.
  const order = round % 2 === 0 ? [0, 1] : [1, 0];
  for (const [v, { path: urlPath, profile, ...options }] of visits.entries()) {
    for (const b of order) {
      loads[b]![v]!.push(await visit(browser, builds[b]!.baseUrl, urlPath, profile, options));
    }
  }
}
await browser.close();
for (const { server } of builds) server.close();
await disconnectTestDatabase();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
process.stdout.write(
  `Cold loads, median of ${rounds} (load average ${loadBefore.toFixed(1)} → ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs)\n`,
);
for (const [b, dir] of [dirA, dirB].entries()) {
  const cells = visits.map(({ name }, v) => {
    const runs = loads[b]![v]!;
    const lcps = runs.map((run) => run.lcpMs);
    const { transferredBytes, requests } = runs[0]!;
    return (
      `${name.padEnd(17)} LCP ${(median(lcps) / 1000).toFixed(2)} s [${lcps.map((ms) => (ms / 1000).toFixed(2)).join(' ')}]` +
      `, ready ${(median(runs.map((run) => run.readyMs)) / 1000).toFixed(2)} s` +
      `, ${(transferredBytes / 1024).toFixed(0)} KiB in ${requests} requests`
    );
  });
  process.stdout.write(`${b === 0 ? 'A' : 'B'} ${dir}\n  ${cells.join('\n  ')}\n`);
}
