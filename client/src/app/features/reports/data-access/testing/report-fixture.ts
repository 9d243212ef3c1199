import type { ActionPlanView, Cycle, ReportEntry, ReportView, ThreadComment } from '@ppm/shared';

import type { ReportContext } from '../report.actions';
import type { ReportKey } from '../reports.api';

/*
 * Test data shaped as the API returns it, written out here rather than taken from
 * `@ppm/shared` (whose runtime brings zod along): a small plan of two areas, an open cycle, and
 * Kazakhstan's report in it.
 */

export const CYCLE_ID = '6650c0ffee00000000000001';
export const KEY: ReportKey = { cycleId: CYCLE_ID, stateCode: 'KZ' };

export function anEntry(actionCode: string, overrides: Partial<ReportEntry> = {}): ReportEntry {
  return {
    actionCode,
    participation: null,
    status: null,
    narrative: { text: '', lang: 'en' },
    obstacles: { text: '', lang: 'en' },
    supportNeeded: { categories: [], text: { text: '', lang: 'en' } },
    evidence: { links: [], files: [] },
    indicators: [],
    carriedOver: false,
    reviewComment: null,
    ...overrides,
  };
}

/** An answered entry: participating, limited progress, a narrative. */
export function anAnsweredEntry(
  actionCode: string,
  overrides: Partial<ReportEntry> = {},
): ReportEntry {
  return anEntry(actionCode, {
    participation: 'participating',
    status: 'limited',
    narrative: { text: `Two trainings held under ${actionCode}.`, lang: 'en' },
    ...overrides,
  });
}

export function aReport(overrides: Partial<ReportView> = {}): ReportView {
  const entries = overrides.entries ?? [
    anAnsweredEntry('1.1'),
    anEntry('1.2', { participation: 'not_participating' }),
    anEntry('1.3'),
    anAnsweredEntry('2.1', { carriedOver: true }),
    anEntry('2.2', { participation: 'participating' }),
  ];
  return {
    cycleId: CYCLE_ID,
    stateCode: 'KZ',
    status: 'draft',
    version: 4,
    entries,
    updatedAt: '2026-11-20T10:00:00.000Z',
    submittedAt: null,
    reviewComment: null,
    completeness: {
      overall: { complete: 3, total: 5, percent: 60 },
      byArea: {
        '1': { complete: 2, total: 3, percent: 66 },
        '2': { complete: 1, total: 2, percent: 50 },
      },
    },
    editable: true,
    carriedFrom: null,
    ...overrides,
  };
}

export function aPlan(): ActionPlanView {
  const text = (en: string, ru: string) => ({ en, ru });
  return {
    version: 3,
    actionsAreIllustrative: true,
    title: text('Action Plan 2023-2027', 'План действий на 2023–2027 годы'),
    period: { from: 2023, to: 2027 },
    areas: [
      {
        code: '1',
        title: text(
          'Preventing and fighting illegal migration',
          'Предотвращение незаконной миграции и борьба с ней',
        ),
        shortTitle: text('Irregular migration', 'Нерегулярная миграция'),
        actions: [
          {
            code: '1.1',
            title: text('Exchange information on routes', 'Обмен информацией о маршрутах'),
            retired: false,
          },
          {
            code: '1.2',
            title: text('Strengthen border management', 'Укрепление управления границами'),
            retired: false,
          },
          {
            code: '1.3',
            title: text('Dismantle smuggling networks', 'Пресечение сетей незаконного ввоза'),
            retired: false,
          },
        ],
      },
      {
        code: '2',
        title: text(
          'Readmission, voluntary return and sustainable reintegration',
          'Реадмиссия, добровольное возвращение и устойчивая реинтеграция',
        ),
        shortTitle: text('Return and reintegration', 'Возвращение и реинтеграция'),
        actions: [
          {
            code: '2.1',
            title: text('Support voluntary return', 'Поддержка добровольного возвращения'),
            retired: false,
          },
          {
            code: '2.2',
            title: text('Reintegration counselling', 'Консультации по реинтеграции'),
            retired: false,
          },
        ],
      },
    ],
  };
}

export function aCycle(overrides: Partial<Cycle> = {}): Cycle {
  return {
    id: CYCLE_ID,
    name: { en: '2026 annual report', ru: 'Ежегодный отчёт за 2026 год' },
    periodFrom: '2026-01-01',
    periodTo: '2026-12-31',
    opensAt: '2026-10-01',
    deadline: '2026-12-08',
    expectedStates: ['AT', 'KZ'],
    status: 'open',
    deadlineExtensions: [],
    ...overrides,
  };
}

export function aContext(overrides: Partial<ReportContext> = {}): ReportContext {
  return {
    cycle: aCycle(),
    plan: aPlan(),
    stateName: { en: 'Kazakhstan', ru: 'Казахстан' },
    ...overrides,
  };
}

export function aComment(overrides: Partial<ThreadComment> = {}): ThreadComment {
  return {
    id: '6650c0ffee00000000000101',
    actionCode: '1.1',
    author: { id: 'u1', name: 'Eva Novak', role: 'secretariat' },
    text: 'Which agencies took part?',
    lang: 'en',
    at: '2026-11-21T09:30:00.000Z',
    ...overrides,
  };
}
