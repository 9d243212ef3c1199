import type { ActionPlanView, Cycle } from '@ppm/shared';

import type { AnalyticsReference } from '../analytics.actions';
import type { GroupFigures, SuppressedGroup } from '@ppm/shared/rules';

import type {
  AnalyticsEntry,
  CoverageAnswer,
  ProgressAnswer,
  ProgressGroup,
  StatusCounts,
  SubmissionsAnswer,
} from '../analytics.models';

/*
 * A small world whose figures can be worked out by hand: two areas (1: actions 1.1 and 1.2;
 * 2: action 2.1), four states in three regions, and two cycles.
 */

export function aCycle(overrides: Partial<Cycle> = {}): Cycle {
  return {
    id: 'c2025',
    name: { en: '2025 annual report', ru: 'Годовой отчёт 2025' },
    periodFrom: '2025-01-01',
    periodTo: '2025-12-31',
    opensAt: '2026-01-10',
    deadline: '2026-03-31',
    expectedStates: ['AT', 'DE', 'KZ', 'AM'],
    status: 'open',
    deadlineExtensions: [],
    ...overrides,
  };
}

export const CYCLE_2024 = aCycle({
  id: 'c2024',
  name: { en: '2024 annual report', ru: 'Годовой отчёт 2024' },
  periodFrom: '2024-01-01',
  periodTo: '2024-12-31',
  status: 'closed',
});
export const CYCLE_2025 = aCycle();
export const CYCLE_2026 = aCycle({
  id: 'c2026',
  name: { en: '2026 annual report', ru: 'Годовой отчёт 2026' },
  periodFrom: '2026-01-01',
  periodTo: '2026-12-31',
  status: 'planned',
});
export const CYCLES: Cycle[] = [CYCLE_2026, CYCLE_2025, CYCLE_2024];

const text = (en: string, ru: string) => ({ en, ru });

export const PLAN: ActionPlanView = {
  title: text('Action Plan 2023-2027', 'План действий 2023-2027'),
  period: { from: 2023, to: 2027 },
  version: 3,
  actionsAreIllustrative: true,
  areas: [
    {
      code: '1',
      title: text(
        'Preventing and fighting illegal migration',
        'Предотвращение незаконной миграции',
      ),
      shortTitle: text('Illegal migration', 'Незаконная миграция'),
      actions: [
        {
          code: '1.1',
          title: text('Share risk analyses', 'Обмен анализом рисков'),
          retired: false,
        },
        {
          code: '1.2',
          title: text('Train border guards', 'Обучение пограничников'),
          retired: false,
        },
        { code: '1.3', title: text('Retired action', 'Исключённая мера'), retired: true },
      ],
    },
    {
      code: '2',
      title: text('Readmission and return', 'Реадмиссия и возвращение'),
      shortTitle: text('Return', 'Возвращение'),
      actions: [
        {
          code: '2.1',
          title: text('Support reintegration', 'Поддержка реинтеграции'),
          retired: false,
        },
      ],
    },
  ],
};

export const REFERENCE: AnalyticsReference = {
  plan: PLAN,
  states: [
    { code: 'AT', name: text('Austria', 'Австрия'), region: 'EU', active: true },
    { code: 'DE', name: text('Germany', 'Германия'), region: 'EU', active: true },
    { code: 'KZ', name: text('Kazakhstan', 'Казахстан'), region: 'CA', active: true },
    { code: 'AM', name: text('Armenia', 'Армения'), region: 'EAP', active: true },
  ],
  regions: [
    { code: 'EU', name: text('EU member states', 'Государства — члены ЕС') },
    { code: 'CA', name: text('Central Asia', 'Центральная Азия') },
    { code: 'EAP', name: text('Eastern Partnership', 'Восточное партнёрство') },
  ],
};

export function counts(
  not_started: number,
  limited: number,
  substantial: number,
  completed: number,
): StatusCounts {
  return { not_started, limited, substantial, completed };
}

export function aGroup(
  key: string,
  byStatus: StatusCounts,
  overrides: Partial<GroupFigures> = {},
): GroupFigures {
  const participating =
    byStatus.not_started + byStatus.limited + byStatus.substantial + byStatus.completed;
  const points = byStatus.limited + 2 * byStatus.substantial + 3 * byStatus.completed;
  return {
    key,
    reports: 3,
    participating,
    notParticipating: 1,
    unanswered: 0,
    byStatus,
    score: participating === 0 ? null : Math.round((points / (3 * participating)) * 1000) / 10,
    suppressed: false,
    ...overrides,
  };
}

export function aSuppressedGroup(key: string): SuppressedGroup {
  return {
    key,
    reports: 2,
    participating: null,
    notParticipating: null,
    unanswered: null,
    byStatus: null,
    score: null,
    suppressed: true,
  };
}

/** An answer of `/progress` whose `overall` sums the groups, as the server's does. */
export function aProgressAnswer(
  cycleId: string,
  by: ProgressAnswer['by'],
  groups: ProgressGroup[],
  overall: ProgressGroup,
): ProgressAnswer {
  return {
    cycleId,
    basis: 'approved',
    by,
    groups,
    overall,
    previousCycleId: null,
    restricted: false,
    published: false,
  };
}

/** 2025 by area: area 1 scores 4/12 = 33.3 %, area 2 scores 5/6 = 83.3 %; together 9/18 = 50 %. */
export const BY_AREA_2025: ProgressAnswer = aProgressAnswer(
  'c2025',
  'area',
  [aGroup('1', counts(1, 2, 1, 0)), aGroup('2', counts(0, 0, 1, 1))],
  aGroup('all', counts(1, 2, 2, 1)),
);

/** 2024 by area: together 5/18 = 27.8 %. */
export const BY_AREA_2024: ProgressAnswer = aProgressAnswer(
  'c2024',
  'area',
  [aGroup('1', counts(2, 2, 0, 0)), aGroup('2', counts(0, 1, 1, 0))],
  aGroup('all', counts(2, 3, 1, 0)),
);

export const SUBMISSIONS_2025: SubmissionsAnswer = {
  cycleId: 'c2025',
  lateStates: ['KZ'],
  expected: 4,
  responded: 3,
  responseRate: 75,
  byStatus: { not_started: 1, draft: 0, submitted: 1, returned: 0, approved: 2 },
  late: 1,
  states: [
    {
      stateCode: 'AT',
      status: 'approved',
      late: false,
      deadline: '2026-03-31',
      daysToDeadline: 10,
      completeness: 100,
      lastActivity: '2026-03-01T10:00:00.000Z',
      firstSubmittedAt: '2026-02-27T10:00:00.000Z',
    },
    {
      stateCode: 'KZ',
      status: 'not_started',
      late: true,
      deadline: '2026-03-15',
      daysToDeadline: -6,
      completeness: 0,
      lastActivity: null,
      firstSubmittedAt: null,
    },
    {
      stateCode: 'DE',
      status: 'submitted',
      late: false,
      deadline: '2026-03-31',
      daysToDeadline: 10,
      completeness: 100,
      lastActivity: '2026-03-10T10:00:00.000Z',
      firstSubmittedAt: '2026-03-10T10:00:00.000Z',
    },
    {
      stateCode: 'AM',
      status: 'approved',
      late: false,
      deadline: '2026-03-31',
      daysToDeadline: 10,
      completeness: 100,
      lastActivity: '2026-02-01T10:00:00.000Z',
      firstSubmittedAt: '2026-02-01T10:00:00.000Z',
    },
  ],
};

export const SUBMISSIONS_2024: SubmissionsAnswer = {
  ...SUBMISSIONS_2025,
  responded: 2,
  responseRate: 50,
  byStatus: { not_started: 2, draft: 0, submitted: 1, returned: 0, approved: 1 },
  late: 2,
};

export const COVERAGE_2025: CoverageAnswer = {
  cycleId: 'c2025',
  basis: 'approved',
  actionCodes: ['1.1', '1.2', '2.1'],
  rows: [
    { stateCode: 'KZ', cells: ['limited', null, 'not_participating'] },
    { stateCode: 'AT', cells: ['completed', null, 'not_started'] },
  ],
  untouched: ['1.2', '2.1'],
  participation: [
    { actionCode: '1.1', states: 2 },
    { actionCode: '1.2', states: 1 },
    { actionCode: '2.1', states: 1 },
  ],
  supportNeeds: {
    byCategory: {
      training: 0,
      expertise: 0,
      funding: 0,
      exchange_of_practice: 0,
      equipment: 0,
      other: 0,
    },
    byArea: [],
  },
  evidence: 0,
};

export function anEntry(overrides: Partial<AnalyticsEntry> = {}): AnalyticsEntry {
  return {
    stateCode: 'AT',
    actionCode: '1.1',
    reportVersion: 2,
    participation: 'participating',
    status: 'completed',
    narrative: { text: 'Risk analyses are shared monthly.', lang: 'en' },
    obstacles: { text: '', lang: 'en' },
    supportNeeded: { categories: [], text: { text: '', lang: 'en' } },
    evidence: { links: [], files: [] },
    ...overrides,
  };
}
