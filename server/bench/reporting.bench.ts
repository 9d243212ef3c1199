import type { Express } from 'express';
import request from 'supertest';
import { bearerFor } from '../src/testing/auth.js';
import { measure } from './measure.js';

const today = new Date().toISOString().slice(0, 10);
const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

/** Sequential saves, each based on the version the previous one returned, as autosave does. */
async function measureSaves(app: Express, authorization: string, path: string, rounds: number): Promise<void> {
  let version = ((await request(app).get(path).set('Authorization', authorization)).body as { version: number })
    .version;
  const durations: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const entries = ['1.1', '2.3', '3.5', '4.2', '6.9'].map((actionCode) => ({
      actionCode,
      participation: 'participating',
      status: 'substantial',
      narrative: { text: `Round ${round}: ${'national strategy adopted, trainings held. '.repeat(40)}`, lang: 'en' },
    }));
    const started = performance.now();
    const response = await request(app).put(path).set('Authorization', authorization).send({ version, entries });
    durations.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`Save failed: ${response.status} ${JSON.stringify(response.body)}`);
    version = (response.body as { version: number }).version;
  }
  durations.sort((a, b) => a - b);
  const at = (share: number) =>
    durations[Math.min(durations.length - 1, Math.floor(share * durations.length))]!.toFixed(0);
  process.stdout.write(
    `${'PUT report (5 entries, ~1.7k chars each), sequential'.padEnd(58)} p50 ${at(0.5)} ms  p95 ${at(0.95)} ms  (${rounds} saves)\n`,
  );
}

/** A cycle with all 50 states, one report being written: the Secretariat's and a focal point's paths. */
export async function benchReporting(app: Express, baseUrl: string, secretariat: string): Promise<void> {
  const cycle = await request(app)
    .post('/api/v1/cycles')
    .set('Authorization', secretariat)
    .send({
      name: { en: 'Bench cycle', ru: 'Цикл' },
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
      opensAt: today,
      deadline: inAMonth,
    });
  const cycleId = (cycle.body as { id: string }).id;
  await request(app)
    .patch(`/api/v1/cycles/${cycleId}`)
    .set('Authorization', secretariat)
    .send({ status: 'open' })
    .expect(200);
  const focal = await bearerFor(app, 'focal_point', { stateCode: 'AT' });
  const reportPath = `/api/v1/cycles/${cycleId}/reports/AT`;
  await request(app).get(reportPath).set('Authorization', focal.authorization).expect(200);

  await measureSaves(app, focal.authorization, reportPath, 30);
  await measure(baseUrl, {
    title: 'GET report (53 entries)',
    path: reportPath,
    headers: { authorization: focal.authorization },
    amount: 200,
  });
  await measure(baseUrl, {
    title: 'GET review list (50 expected states)',
    path: `/api/v1/cycles/${cycleId}/reports`,
    headers: { authorization: secretariat },
    amount: 200,
  });
}
