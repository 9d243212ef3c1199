import {
  activeActions,
  IMPLEMENTATION_STATUSES,
  referenceData,
  SUPPORT_CATEGORIES,
  type ReportEntry,
} from '@ppm/shared';
import type { Express } from 'express';
import mongoose from 'mongoose';
import request from 'supertest';
import { CycleModel } from '../src/modules/cycles/cycle.model.js';
import { markCyclesChanged } from '../src/modules/cycles/cycle-store.js';
import { contentId, ReportContentModel } from '../src/modules/reports/report-content.model.js';
import { encodeFacts } from '../src/modules/reports/report-facts.js';
import { ReportModel } from '../src/modules/reports/report.model.js';

const CYCLES = 10;
const ACTIONS = activeActions(referenceData.actionPlan).map((action) => action.code);
const STATES = referenceData.states.map((state) => state.code);

/** One entry as a state would write it: about a third of the actions not taken part in. */
function entry(actionCode: string, state: number, cycle: number): ReportEntry {
  const seed = (state * 31 + cycle * 7 + actionCode.length * 13 + Number(actionCode.split('.')[1])) % 9;
  const participating = seed >= 3;
  return {
    actionCode,
    participation: participating ? 'participating' : 'not_participating',
    status: participating ? IMPLEMENTATION_STATUSES[(seed + cycle) % 4]! : null,
    narrative: {
      text: participating
        ? `In ${2016 + cycle} the ministry ${'held trainings, adopted a strategy and reported results. '.repeat(6)}`
        : '',
      lang: state % 3 === 0 ? 'ru' : 'en',
    },
    obstacles: {
      text: participating && seed % 2 === 0 ? 'Staff turnover and budget cuts delayed the work.' : '',
      lang: 'en',
    },
    supportNeeded: {
      categories: participating ? [SUPPORT_CATEGORIES[seed % SUPPORT_CATEGORIES.length]!] : [],
      text: { text: '', lang: 'en' },
    },
    evidence: { links: [], files: [] },
    indicators: [],
    carriedOver: false,
    reviewComment: null,
  };
}

/** Plan scale straight into the database: 10 closed cycles, 50 states, every report approved (26,500 entries). */
async function seedPlanScale(): Promise<string[]> {
  const now = new Date();
  const cycleIds: string[] = [];
  for (let cycle = 0; cycle < CYCLES; cycle += 1) {
    const year = 2017 + cycle;
    const created = await CycleModel.create({
      name: { en: `${year} annual report`, ru: `Ежегодный отчёт ${year}` },
      periodFrom: `${year}-01-01`,
      periodTo: `${year}-12-31`,
      opensAt: `${year + 1}-01-15`,
      deadline: `${year + 1}-03-31`,
      expectedStates: STATES,
      status: 'closed',
      deadlineExtensions: [],
      revision: 1,
      createdAt: now,
      updatedAt: now,
    });
    await markCyclesChanged();
    cycleIds.push(String(created._id));
    const answers = STATES.map((_, state) => ACTIONS.map((code) => entry(code, state, cycle)));
    const reports = STATES.map((stateCode, state) => ({
      _id: new mongoose.Types.ObjectId(),
      facts: encodeFacts(answers[state]!),
      cycleId: created._id,
      stateCode,
      status: 'approved',
      version: 4,
      contentVersion: 4,
      completeness: { complete: ACTIONS.length, total: ACTIONS.length, percent: 100 },
      submittedAt: now,
      firstSubmittedAt: now,
      approvedAt: now,
      createdAt: now,
      updatedAt: now,
    }));
    await ReportModel.insertMany(reports);
    await ReportContentModel.insertMany(
      reports.map((report, state) => ({
        _id: contentId(report._id, 4),
        reportId: report._id,
        version: 4,
        entries: answers[state],
        claimedAt: now,
      })),
    );
  }
  return cycleIds;
}

async function timed(title: string, run: () => Promise<unknown>, rounds: number): Promise<number> {
  const durations: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    await run();
    durations.push(performance.now() - started);
  }
  durations.sort((a, b) => a - b);
  const median = durations[Math.floor(durations.length / 2)]!;
  process.stdout.write(
    `${title.padEnd(58)} median ${median.toFixed(0).padStart(5)} ms  worst ${durations.at(-1)!.toFixed(0).padStart(5)} ms  (${rounds} runs)\n`,
  );
  return median;
}

/**
 * A full evaluation report at plan scale (6 areas, 50 states, 10 cycles, every chart and annex,
 * a baseline and pinned quotations), in each format and language, beside the evidence alone as the
 * floor (reading and computing the figures). The target is under 5 s per format.
 */
export async function benchEvaluations(app: Express, evaluator: string): Promise<void> {
  const cycleIds = await seedPlanScale();
  const created = await request(app)
    .post('/api/v1/evaluations')
    .set('Authorization', evaluator)
    .send({
      title: { en: 'Bench evaluation', ru: 'Оценка' },
      cycleIds: cycleIds.slice(1),
      baseline: { cycleId: cycleIds[0] },
    })
    .expect(201);
  const id = (created.body as { id: string }).id;
  const last = cycleIds.at(-1)!;
  const text = { en: 'Finding. '.repeat(60), ru: 'Вывод. '.repeat(60) };
  await request(app)
    .patch(`/api/v1/evaluations/${id}`)
    .set('Authorization', evaluator)
    .send({
      version: 1,
      executiveSummary: text,
      findings: ['1', '2', '3', '4', '5', '6'].map((areaCode) => ({
        areaCode,
        text,
        pins: STATES.slice(0, 20).map((stateCode) => ({
          cycleId: last,
          stateCode,
          actionCode: `${areaCode}.5`,
          kind: 'achievement',
        })),
      })),
      assessments: referenceData.evaluationCriteria2015.map((criterion) => ({
        criterionCode: criterion.code,
        rating: 'satisfactory',
        text,
      })),
      conclusions: text,
      recommendations: Array.from({ length: 20 }, (_, index) => ({
        text,
        priority: 'medium',
        addressee: 'states',
        areaCodes: [String((index % 6) + 1)],
      })),
    })
    .expect(200);
  const get = (path: string) =>
    request(app).get(`/api/v1/evaluations/${id}/${path}`).set('Authorization', evaluator).expect(200);

  process.stdout.write(
    `Evaluation report at plan scale: ${STATES.length} states, ${CYCLES} cycles, ${ACTIONS.length} actions (target: under 5000 ms per format)\n`,
  );
  await timed('GET evidence (floor: figures and quotations only)', () => get('evidence'), 3);
  await timed('GET report.docx?lang=en (full report)', () => get('report.docx?lang=en'), 3);
  await timed('GET report.docx?lang=ru (full report)', () => get('report.docx?lang=ru'), 3);
  await timed('GET report.pdf?lang=en (full report)', () => get('report.pdf?lang=en'), 3);
  await timed('GET report.pdf?lang=ru (full report)', () => get('report.pdf?lang=ru'), 3);
  await timed('GET preview?lang=en (HTML)', () => get('preview?lang=en'), 3);
  await timed(
    'POST finalize (stores text and data)',
    () => request(app).post(`/api/v1/evaluations/${id}/finalize`).set('Authorization', evaluator).expect(200),
    1,
  );
  await timed('GET report.pdf?lang=en&version=1 (stored final version)', () => get('report.pdf?lang=en&version=1'), 3);
}
