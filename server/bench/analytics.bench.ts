/**
 * `npm run bench` (analytics part): the dashboard's read paths on synthetic data at plan scale
 * (50 states x 53 actions x 10 cycles, texts of realistic length) and at 10x (500 states), each
 * beside a plain driver read of the same documents in the same run. Prints; asserts nothing.
 */
import type { AddressInfo } from 'node:net';
import { SUPPORT_CATEGORIES, activeActions, referenceData } from '@ppm/shared';
import mongoose from 'mongoose';
import { createApp } from '../src/app.js';
import { encodeFacts } from '../src/modules/reports/report-facts.js';
import { seedActionPlan, seedStatesAndRegions } from '../src/modules/reference/seed-reference-data.js';
import { bearerFor } from '../src/testing/auth.js';
import { TEST_CONFIG } from '../src/testing/test-app.js';
import { connectTestDatabase, disconnectTestDatabase, silentLogger } from '../src/testing/test-database.js';

const ACTIONS = activeActions(referenceData.actionPlan).map((action) => action.code);
const STATUSES = ['not_started', 'limited', 'substantial', 'completed'] as const;
const SENTENCE = 'The national strategy was adopted and 120 officers took part in joint trainings. ';
const ПРЕДЛОЖЕНИЕ = 'Принята национальная стратегия, проведены совместные тренинги для 120 сотрудников. ';

function entriesFor(seed: number) {
  return ACTIONS.map((actionCode, index) => {
    const pick = (seed * 31 + index * 17) % 10;
    const participating = pick < 8;
    const russian = (seed + index) % 3 === 0;
    return {
      actionCode,
      participation: participating ? 'participating' : 'not_participating',
      status: participating ? STATUSES[pick % 4]! : null,
      narrative: {
        text: (russian ? ПРЕДЛОЖЕНИЕ : SENTENCE).repeat(8) + `Case ${seed}-${index}.`,
        lang: russian ? 'ru' : 'en',
      },
      obstacles: { text: 'Staff turnover and limited budget. '.repeat(4), lang: 'en' },
      supportNeeded: {
        categories: pick % 3 === 0 ? [SUPPORT_CATEGORIES[pick % SUPPORT_CATEGORIES.length]!] : [],
        text: { text: pick % 3 === 0 ? 'Exchange of practice with peers. '.repeat(3) : '', lang: 'en' },
      },
      evidence: { links: [{ title: 'Law', url: 'https://example.org/law' }], files: [] },
      indicators: [],
      carriedOver: false,
      reviewComment: null,
    };
  });
}

/** Two-letter codes: the 50 real states, then synthetic ones for the 10x load. */
function stateCodes(count: number): string[] {
  const real = referenceData.states.map((state) => state.code);
  const synthetic: string[] = [];
  for (let a = 0; a < 26 && real.length + synthetic.length < count; a += 1) {
    for (let b = 0; b < 26 && real.length + synthetic.length < count; b += 1) {
      const code = String.fromCharCode(65 + a, 65 + b);
      if (!real.includes(code)) synthetic.push(code);
    }
  }
  return [...real, ...synthetic].slice(0, count);
}

/** Ten closed cycles with approved reports; snapshots (texts) for the measured cycle only at 10x. */
async function load(states: string[], withAllSnapshots: boolean): Promise<string> {
  const db = mongoose.connection.db!;
  await db.dropDatabase();
  await seedStatesAndRegions(silentLogger);
  await seedActionPlan(silentLogger);
  let measured = '';
  for (let year = 2018; year < 2028; year += 1) {
    const now = new Date();
    const cycleId = new mongoose.Types.ObjectId();
    await db.collection('cycles').insertOne({
      _id: cycleId,
      name: { en: `${year} annual report`, ru: `Ежегодный отчёт ${year}` },
      periodFrom: `${year}-01-01`,
      periodTo: `${year}-12-31`,
      opensAt: `${year}-01-15`,
      deadline: `${year + 1}-03-31`,
      expectedStates: states,
      status: 'closed',
      deadlineExtensions: [],
      revision: 1,
      createdAt: now,
      updatedAt: now,
    });
    const last = year === 2027;
    const headers = [];
    const contents = [];
    for (const [index, stateCode] of states.entries()) {
      const reportId = new mongoose.Types.ObjectId();
      const entries = entriesFor(year * 1000 + index);
      headers.push({
        _id: reportId,
        cycleId,
        stateCode,
        status: 'approved',
        version: 4,
        contentVersion: 4,
        reviewComment: null,
        entryComments: [],
        carriedFrom: null,
        reopened: false,
        filesTotalSize: 0,
        fileIds: [],
        completeness: { complete: ACTIONS.length, total: ACTIONS.length, percent: 100 },
        facts: encodeFacts(entries as never),
        submittedAt: now,
        firstSubmittedAt: now,
        approvedAt: now,
        createdAt: now,
        updatedAt: now,
      });
      if (last || withAllSnapshots) {
        contents.push({ _id: `${String(reportId)}:4`, reportId, version: 4, entries, claimedAt: now });
      }
    }
    for (let start = 0; start < headers.length; start += 100) {
      await db.collection('reports').insertMany(headers.slice(start, start + 100));
    }
    for (let start = 0; start < contents.length; start += 20) {
      await db.collection('report_contents').insertMany(contents.slice(start, start + 20) as never[]);
    }
    if (last) measured = String(cycleId);
  }
  return measured;
}

async function timings(rounds: number, run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await run(); // the first, cold read fills the caches: measured apart
  const durations: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    await run();
    durations.push(performance.now() - started);
  }
  durations.sort((a, b) => a - b);
  const at = (share: number) => durations[Math.min(durations.length - 1, Math.floor(share * durations.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}

async function timeOnce(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

function line(title: string, ours: { p50: number; p95: number }, floor: { p50: number; p95: number }, cold: number) {
  process.stdout.write(
    `${title.padEnd(46)} p50 ${ours.p50.toFixed(1).padStart(7)} ms  p95 ${ours.p95.toFixed(1).padStart(7)} ms` +
      `  cold ${cold.toFixed(0).padStart(6)} ms  | driver read p50 ${floor.p50.toFixed(1).padStart(7)} ms` +
      `  ratio p95 ${(ours.p95 / floor.p95).toFixed(2)}\n`,
  );
}

async function benchScale(label: string, stateCount: number, rounds: number): Promise<void> {
  const states = stateCodes(stateCount);
  const loadStarted = performance.now();
  const cycleId = await load(states, stateCount <= 50);
  process.stdout.write(
    `\n${label}: ${states.length} states x ${ACTIONS.length} actions x 10 cycles loaded in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s\n`,
  );
  const app = createApp({ config: TEST_CONFIG, connection: mongoose.connection, logger: silentLogger });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
  const { authorization } = await bearerFor(app, 'secretariat');
  const get = (path: string) => async () => {
    const response = await fetch(base + path, { headers: { authorization } });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.arrayBuffer();
  };
  const db = mongoose.connection.db!;
  const headersFloor = () =>
    db
      .collection('reports')
      .find({ cycleId: new mongoose.Types.ObjectId(cycleId) })
      .toArray();
  const snapshotsFloor = async () => {
    const headers = await db
      .collection('reports')
      .find({ cycleId: new mongoose.Types.ObjectId(cycleId) }, { projection: { _id: 1 } })
      .toArray();
    return Promise.all(
      headers.map((header) => db.collection('report_contents').findOne({ _id: `${String(header._id)}:4` as never })),
    );
  };
  const floorHeaders = await timings(rounds, headersFloor);
  const floorSnapshots = await timings(Math.min(rounds, 10), snapshotsFloor);

  const cases: [string, string, { p50: number; p95: number }, number][] = [
    ['progress by area', `/analytics/progress?cycleId=${cycleId}&by=area`, floorHeaders, rounds],
    ['progress by state', `/analytics/progress?cycleId=${cycleId}&by=state`, floorHeaders, rounds],
    ['coverage (states x actions)', `/analytics/coverage?cycleId=${cycleId}`, floorHeaders, rounds],
    [
      'entries search q="тренинги"',
      `/analytics/entries?cycleId=${cycleId}&q=${encodeURIComponent('тренинги')}`,
      floorSnapshots,
      Math.min(rounds, 20),
    ],
    ['XLSX export of the cycle', `/analytics/export.xlsx?cycleId=${cycleId}`, floorSnapshots, 5],
  ];
  for (const [title, path, floor, count] of cases) {
    const cold = await timeOnce(get(path));
    line(title, await timings(count, get(path)), floor, cold);
  }
  server.close();
}

await connectTestDatabase();
process.stdout.write(
  `\nAnalytics read paths (Node ${process.version}, ${mongoose.connection.host}:${mongoose.connection.port})\n`,
);
process.stdout.write(
  'ratio = our p95 / plain driver read p95 of the same documents (headers for figures, snapshots for texts)\n',
);
await benchScale('Plan scale', 50, 50);
await benchScale('10x plan scale', 500, 20);
await disconnectTestDatabase();
