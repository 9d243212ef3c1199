/**
 * The load scenario of a Senior Officials' Meeting week (issue 10): 50 focal points of 50 states
 * autosave every 2-5 s while the Secretariat opens the review list and reports; then all 50
 * submit at once. Then each read path at 10 connections beside its floor (fixed bytes from a
 * bare Express route in this process). `LOAD_SECONDS` shortens or lengthens the first phase.
 */
import { activeActions, referenceData } from '@ppm/shared';
import type { Express } from 'express';
import request from 'supertest';
import { ReportModel } from '../src/modules/reports/report.model.js';
import { bearerFor } from '../src/testing/auth.js';
import { Floor } from './floor.js';
import {
  type Answer,
  closedLoop,
  LoadClient,
  type LoopResult,
  median,
  pooled,
  sleep,
  type Summary,
  Timings,
} from './load-client.js';

const LOAD_SECONDS = Number(process.env['LOAD_SECONDS'] ?? 60);
/** Turns of each read path and its floor. */
const ROUNDS = 5;
const ACTION_CODES = activeActions(referenceData.actionPlan).map((action) => action.code);
const SENTENCE = 'The national strategy was adopted and two regional trainings for border officers were held. ';

interface FocalPoint {
  stateCode: string;
  authorization: string;
  path: string;
  version: number;
  saved: number;
}

const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)]!;
const between = (low: number, high: number) => low + Math.random() * (high - low);

/** What autosave sends after a few minutes of typing: one or two entries, 0.5-3k characters each. */
function autosaveEntries(round: number) {
  const first = Math.floor(Math.random() * ACTION_CODES.length);
  const codes = Math.random() < 0.5 ? [first] : [first, (first + 1) % ACTION_CODES.length];
  return codes.map((index) => ({
    actionCode: ACTION_CODES[index]!,
    participation: 'participating',
    status: pick(['not_started', 'limited', 'substantial']),
    narrative: { text: `Round ${round}. ${SENTENCE.repeat(Math.round(between(5, 32)))}`, lang: 'en' },
    obstacles: { text: SENTENCE.repeat(Math.round(between(0, 4))), lang: 'en' },
  }));
}

/** Every action answered, so the report can be submitted. */
function completeEntries() {
  return ACTION_CODES.map((actionCode, index) =>
    index % 3 === 0
      ? { actionCode, participation: 'not_participating' }
      : { actionCode, participation: 'participating', status: 'limited', narrative: { text: SENTENCE, lang: 'en' } },
  );
}

async function openCycle(app: Express, secretariat: string): Promise<{ id: string; states: string[] }> {
  const today = new Date().toISOString().slice(0, 10);
  const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const created = await request(app)
    .post('/api/v1/cycles')
    .set('Authorization', secretariat)
    .send({
      name: { en: 'Load cycle', ru: 'Нагрузочный цикл' },
      periodFrom: '2027-01-01',
      periodTo: '2027-12-31',
      opensAt: today,
      deadline: inAMonth,
    })
    .expect(201);
  const cycle = created.body as { id: string; expectedStates: string[] };
  await request(app)
    .patch(`/api/v1/cycles/${cycle.id}`)
    .set('Authorization', secretariat)
    .send({ status: 'open' })
    .expect(200);
  return { id: cycle.id, states: cycle.expectedStates };
}

function version(answer: Answer): number {
  return (JSON.parse(answer.body) as { version: number }).version;
}

/** One focal point: opens the editor (plan, states, report), then autosaves until `until`. */
async function focalPointWork(client: LoadClient, timings: Timings, focal: FocalPoint, until: number): Promise<void> {
  const headers = { authorization: focal.authorization };
  timings.record('GET /action-plan (page open)', await client.send('GET', '/api/v1/action-plan', headers));
  timings.record('GET /states (page open)', await client.send('GET', '/api/v1/states', headers));
  await sleep(between(0, 2000));
  for (let round = 1; ; round += 1) {
    await sleep(between(2000, 5000));
    if (performance.now() >= until) return;
    const answer = await client.send('PUT', focal.path, headers, {
      version: focal.version,
      entries: autosaveEntries(round),
    });
    timings.record('PUT report (autosave, 50 savers)', answer);
    if (answer.status !== 200) continue;
    focal.version = version(answer);
    focal.saved += 1;
    // Now and then a second tab of the same state saves with the version it loaded: a 409 on purpose.
    if (round % 4 === 0 && Math.random() < 0.25) {
      const stale = await client.send('PUT', focal.path, headers, {
        version: focal.version - 1,
        entries: autosaveEntries(round),
      });
      timings.record('PUT report, stale on purpose (409 expected)', stale, 409);
    }
  }
}

/** The Secretariat: the review list, then a few reports, with a moment to read each. */
async function secretariatWork(
  client: LoadClient,
  timings: Timings,
  authorization: string,
  cycle: { id: string; states: string[] },
  until: number,
): Promise<void> {
  const headers = { authorization };
  while (performance.now() < until) {
    timings.record(
      'GET review list (Secretariat, under load)',
      await client.send('GET', `/api/v1/cycles/${cycle.id}/reports`, headers),
    );
    for (let read = 0; read < 3 && performance.now() < until; read += 1) {
      await sleep(between(300, 800));
      const path = `/api/v1/cycles/${cycle.id}/reports/${pick(cycle.states)}`;
      timings.record('GET report (Secretariat, under load)', await client.send('GET', path, headers));
    }
  }
}

const ms = (value: number) => `${value.toFixed(0).padStart(4)} ms`;

function printSummary(title: string, summary: Summary, extra = ''): void {
  process.stdout.write(
    `${title.padEnd(50)} n=${String(summary.count).padStart(5)}  p50 ${ms(summary.p50)}  p95 ${ms(summary.p95)}` +
      `  p99 ${ms(summary.p99)}  max ${ms(summary.max)}  errors ${summary.unexpected}  5xx ${summary.serverErrors}${extra}\n`,
  );
}

interface ReadPath {
  title: string;
  path: string;
  authorization: string;
  /** Reference data: goal within 3x of the floor and over 1,000 requests per second. */
  reference: boolean;
}

/**
 * A read path at 10 connections and the same bytes from the floor, in turns (five rounds each),
 * so that the machine's load moves both alike: the ratio is the median of the rounds' ratios.
 */
async function againstFloor(
  client: LoadClient,
  floorClient: LoadClient,
  floor: Floor,
  read: ReadPath,
): Promise<string[]> {
  const headers = { authorization: read.authorization };
  const sample = await client.send('GET', read.path, headers);
  const floorPath = floor.serve(read.title.replace(/\W+/g, '-'), sample.body);
  const perRound = (read.reference ? 3000 : 600) / ROUNDS;
  const rounds: { ours: LoopResult; bare: LoopResult }[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const ours = await closedLoop(10, perRound, () => client.send('GET', read.path, headers));
    const bare = await closedLoop(10, perRound, () => floorClient.send('GET', floorPath));
    rounds.push({ ours, bare });
  }
  const ours = pooled(rounds.map((pair) => pair.ours));
  const bare = pooled(rounds.map((pair) => pair.bare));
  const ratio = median(rounds.map((pair) => pair.bare.perSecond / pair.ours.perSecond));
  const kb = `${(sample.body.length / 1024).toFixed(0)} kB`;
  printSummary(`${read.title} (${kb}), 10 conn.`, ours, `  ${ours.perSecond.toFixed(0).padStart(5)} req/s`);
  printSummary(`  floor: same bytes, bare Express route`, bare, `  ${bare.perSecond.toFixed(0).padStart(5)} req/s`);
  const goals: string[] = [];
  process.stdout.write(
    `  → ${ratio.toFixed(1)}x the floor's time per request (median of ${ROUNDS} rounds: ${rounds
      .map((pair) => (pair.bare.perSecond / pair.ours.perSecond).toFixed(1))
      .join(' ')})\n`,
  );
  if (read.reference && (ratio > 3 || ours.perSecond < 1000))
    goals.push(`${read.title}: ${ratio.toFixed(1)}x floor, ${ours.perSecond.toFixed(0)} req/s`);
  if (!read.reference && read.title.startsWith('GET report') && ours.p95 >= 60)
    goals.push(`${read.title}: p95 ${ours.p95.toFixed(0)} ms`);
  if (ours.unexpected > 0) goals.push(`${read.title}: ${ours.unexpected} errors`);
  return goals;
}

export async function benchLoad(app: Express, baseUrl: string, secretariat: string): Promise<void> {
  process.stdout.write(
    `\nLoad scenario: 50 focal points autosaving for ${LOAD_SECONDS} s, the Secretariat reading, then 50 submissions at once\n`,
  );
  const cycle = await openCycle(app, secretariat);
  const states = cycle.states.slice(0, 50);
  const client = new LoadClient(baseUrl);
  const timings = new Timings();
  const focalPoints: FocalPoint[] = [];
  for (const stateCode of states) {
    const { authorization } = await bearerFor(app, 'focal_point', { stateCode });
    const path = `/api/v1/cycles/${cycle.id}/reports/${stateCode}`;
    const opened = await client.send('GET', path, { authorization });
    if (opened.status !== 200) throw new Error(`Opening ${stateCode}'s report: ${opened.status} ${opened.body}`);
    focalPoints.push({ stateCode, authorization, path, version: version(opened), saved: 0 });
  }
  const readers = [secretariat, (await bearerFor(app, 'secretariat')).authorization];

  const until = performance.now() + LOAD_SECONDS * 1000;
  await Promise.all([
    ...focalPoints.map((focal) => focalPointWork(client, timings, focal, until)),
    ...readers.map((reader) => secretariatWork(client, timings, reader, cycle, until)),
  ]);

  for (const focal of focalPoints) {
    const answer = await client.send(
      'PUT',
      focal.path,
      { authorization: focal.authorization },
      { version: focal.version, entries: completeEntries() },
    );
    timings.record('PUT report (all 53 answered, one at a time)', answer);
    if (answer.status === 200) {
      focal.version = version(answer);
      focal.saved += 1;
    }
  }
  const burst = await Promise.all(
    focalPoints.map((focal) => client.send('POST', `${focal.path}/submit`, { authorization: focal.authorization }, {})),
  );
  for (const answer of burst) timings.record('POST submit (burst of 50 at once)', answer);

  for (const [kind, summary] of timings.all()) printSummary(kind, summary);
  for (const [what, body] of timings.surprises) process.stdout.write(`  unexpected ${what} ${body}\n`);

  // No save lost: each report's version is 1 (created) + its successful saves + 1 (submitted).
  const stored = await ReportModel.find({ cycleId: cycle.id }, { stateCode: 1, version: 1, status: 1 }).lean<
    { stateCode: string; version: number; status: string }[]
  >();
  const lost = focalPoints.filter((focal) => {
    const report = stored.find((candidate) => candidate.stateCode === focal.stateCode);
    return report?.version !== focal.saved + 2 || report.status !== 'submitted';
  });
  const saves = focalPoints.reduce((sum, focal) => sum + focal.saved, 0);
  process.stdout.write(
    `Saves answered 200: ${saves}; reports whose stored version or status disagrees (lost saves): ${lost.length}\n`,
  );

  const goals: string[] = [];
  const save = timings.of('PUT report (autosave, 50 savers)');
  if (save.p95 >= 150) goals.push(`autosave p95 ${save.p95.toFixed(0)} ms`);
  for (const [kind, summary] of timings.all()) {
    if (summary.max >= 1000) goals.push(`${kind}: slowest ${summary.max.toFixed(0)} ms`);
    if (summary.unexpected > 0) goals.push(`${kind}: ${summary.unexpected} unexpected answers`);
  }
  if (lost.length > 0) goals.push(`${lost.length} reports lost a save`);

  process.stdout.write(`\nRead paths at 10 connections against their floor\n`);
  const floor = new Floor();
  await floor.start();
  const floorClient = new LoadClient(floor.url);
  const focal = focalPoints[0]!;
  const reads: ReadPath[] = [
    // Authentication alone (two reads by _id): the part of every read path below that is not theirs.
    {
      title: 'GET /auth/me (authentication only)',
      path: '/api/v1/auth/me',
      authorization: secretariat,
      reference: false,
    },
    { title: 'GET /action-plan', path: '/api/v1/action-plan', authorization: secretariat, reference: true },
    { title: 'GET /states', path: '/api/v1/states', authorization: secretariat, reference: true },
    { title: 'GET /regions', path: '/api/v1/regions', authorization: secretariat, reference: true },
    {
      title: 'GET report (53 entries, focal point)',
      path: focal.path,
      authorization: focal.authorization,
      reference: false,
    },
    {
      title: 'GET review list (50 states)',
      path: `/api/v1/cycles/${cycle.id}/reports`,
      authorization: secretariat,
      reference: false,
    },
  ];
  for (const read of reads) goals.push(...(await againstFloor(client, floorClient, floor, read)));
  const headers = { authorization: secretariat };
  const etag = (await client.send('GET', '/api/v1/action-plan', headers)).etag ?? '';
  const revalidated = await closedLoop(
    10,
    3000,
    () => client.send('GET', '/api/v1/action-plan', { ...headers, 'if-none-match': etag }),
    304,
  );
  printSummary(
    'GET /action-plan with its ETag (304), 10 conn.',
    revalidated,
    `  ${revalidated.perSecond.toFixed(0).padStart(5)} req/s`,
  );
  floor.stop();
  floorClient.close();
  client.close();
  process.stdout.write(goals.length === 0 ? 'Load goals: all met\n' : `Load goals MISSED: ${goals.join('; ')}\n`);
}
