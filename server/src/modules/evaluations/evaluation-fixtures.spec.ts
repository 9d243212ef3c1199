/**
 * Fixtures of the evaluation specs. Named `.spec.ts` so that the build leaves it out of dist; it
 * declares no specs of its own.
 */
import type { EntryChange } from '@ppm/shared';
import type { Express } from 'express';
import { ACTION_CODES, person, reportUrl, type Person } from '../reports/report-fixtures.spec.js';

/** Every action not taken part in, except the answers given. */
export function answersWith(answers: EntryChange[]): EntryChange[] {
  const given = new Map(answers.map((answer) => [answer.actionCode, answer]));
  return ACTION_CODES.map(
    (code) => given.get(code) ?? { actionCode: code, participation: 'not_participating' as const },
  );
}

/** A state's report made through the API: answered by its focal point, submitted and (unless `submitOnly`) approved. */
export async function reportThroughApi(
  app: Express,
  secretariat: Person,
  cycleId: string,
  stateCode: string,
  answers: EntryChange[],
  options: { submitOnly?: boolean } = {},
): Promise<void> {
  const focalPoint = await person(app, 'focal_point', stateCode);
  const url = reportUrl(cycleId, stateCode);
  const { body } = await focalPoint.get(url).expect(200);
  await focalPoint
    .put(url, { version: (body as { version: number }).version, entries: answersWith(answers) })
    .expect(200);
  await focalPoint.post(`${url}/submit`).expect(200);
  if (!options.submitOnly) await secretariat.post(`${url}/approve`).expect(200);
}

export const NARRATIVE_AT_11 = 'Austria trained 120 border officers in risk analysis.';
export const OBSTACLES_AT_11 = 'Staff turnover slowed the roll-out.';
export const NARRATIVE_KZ_11 = 'Казахстан провёл совместный анализ рисков с соседними государствами.';

/**
 * Austria and Kazakhstan approved, Georgia only submitted (must not count):
 * AT 1.1 completed (3), AT 1.2 limited (1); KZ 1.1 substantial (2); everything else not taken part in.
 */
export async function threeStatesReported(app: Express, secretariat: Person, cycleId: string): Promise<void> {
  await reportThroughApi(app, secretariat, cycleId, 'AT', [
    {
      actionCode: '1.1',
      participation: 'participating',
      status: 'completed',
      narrative: { text: NARRATIVE_AT_11, lang: 'en' },
      obstacles: { text: OBSTACLES_AT_11, lang: 'en' },
      supportNeeded: { categories: ['training', 'funding'], text: { text: 'Trainers.', lang: 'en' } },
    },
    {
      actionCode: '1.2',
      participation: 'participating',
      status: 'limited',
      narrative: { text: 'Two border posts were modernised.', lang: 'en' },
    },
  ]);
  await reportThroughApi(app, secretariat, cycleId, 'KZ', [
    {
      actionCode: '1.1',
      participation: 'participating',
      status: 'substantial',
      narrative: { text: NARRATIVE_KZ_11, lang: 'ru' },
      supportNeeded: { categories: ['training'], text: { text: 'Тренинги.', lang: 'ru' } },
    },
  ]);
  await reportThroughApi(
    app,
    secretariat,
    cycleId,
    'GE',
    [
      {
        actionCode: '1.1',
        participation: 'participating',
        status: 'completed',
        narrative: { text: 'Not yet approved.', lang: 'en' },
      },
    ],
    { submitOnly: true },
  );
}
