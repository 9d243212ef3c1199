/**
 * `node --import tsx bench/client-compare.ts <browser dir A> <browser dir B> [rounds]` (in
 * `server/`): the report editor's cold load from two client builds (e.g. a copy of main's
 * `client/dist/client/browser` and this branch's), visited in turns so both see the same moments
 * of a shared machine: the median LCP on slow 4G and on loopback, and the bytes moved. A tool to
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
const profiles: Profile[] = [SLOW_4G, LOOPBACK];
const loads = builds.map(() => profiles.map((): PageLoad[] => []));
const loadBefore = os.loadavg()[0]!;
for (let round = 0; round < rounds; round += 1) {
  // Turns alternate which build goes first, so neither always follows the other.
  const order = round % 2 === 0 ? [0, 1] : [1, 0];
  for (const [p, profile] of profiles.entries()) {
    for (const b of order) {
      loads[b]![p]!.push(
        await visit(browser, builds[b]!.baseUrl, editorPath, profile, { email, readySelector: 'app-entry-card' }),
      );
    }
  }
}
await browser.close();
for (const { server } of builds) server.close();
await disconnectTestDatabase();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
process.stdout.write(
  `Report editor, cold, median of ${rounds} (load average ${loadBefore.toFixed(1)} → ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs)\n`,
);
for (const [b, dir] of [dirA, dirB].entries()) {
  const cells = profiles.map((profile, p) => {
    const runs = loads[b]![p]!;
    const lcps = runs.map((run) => run.lcpMs);
    return `${profile.name} LCP ${(median(lcps) / 1000).toFixed(2)} s [${lcps.map((ms) => (ms / 1000).toFixed(2)).join(' ')}]`;
  });
  const first = loads[b]![0]![0]!;
  process.stdout.write(
    `${b === 0 ? 'A' : 'B'} ${dir}\n  ${cells.join('\n  ')}\n  ${(first.transferredBytes / 1024).toFixed(0)} KiB in ${first.requests} requests\n`,
  );
}
