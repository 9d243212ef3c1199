import type { ActionPlanView, Cycle, Region, State, StatePassages } from '@ppm/shared';

import type { Evaluation, Evidence, EvidenceQuote, Reply } from '../evaluation.model';

export const CYCLE_2025: Cycle = {
  id: 'c2025',
  name: { en: '2025 annual report', ru: 'Ежегодный отчёт за 2025 год' },
  periodFrom: '2025-01-01',
  periodTo: '2025-12-31',
  opensAt: '2025-10-01',
  deadline: '2025-12-01',
  expectedStates: ['KZ', 'AT', 'GE'],
  status: 'closed',
  deadlineExtensions: [],
};

export const CYCLE_2026: Cycle = {
  ...CYCLE_2025,
  id: 'c2026',
  name: { en: '2026 annual report', ru: 'Ежегодный отчёт за 2026 год' },
  periodFrom: '2026-01-01',
  periodTo: '2026-12-31',
  status: 'open',
};

export const PLANNED_2027: Cycle = {
  ...CYCLE_2025,
  id: 'c2027',
  name: { en: '2027 annual report', ru: 'Ежегодный отчёт за 2027 год' },
  status: 'planned',
};

export const CYCLES: Cycle[] = [PLANNED_2027, CYCLE_2026, CYCLE_2025];

export const PLAN = {
  title: { en: 'Action Plan 2023-2027', ru: 'План действий 2023-2027' },
  period: { from: 2023, to: 2027 },
  version: 3,
  areas: [
    {
      code: '1',
      title: {
        en: 'Preventing and fighting illegal migration',
        ru: 'Предотвращение незаконной миграции',
      },
      shortTitle: { en: 'Illegal migration', ru: 'Незаконная миграция' },
      actions: [
        { code: '1.1', title: { en: 'Border data', ru: 'Данные о границах' }, retired: false },
      ],
    },
    {
      code: '2',
      title: { en: 'Readmission and return', ru: 'Реадмиссия и возвращение' },
      shortTitle: { en: 'Return', ru: 'Возвращение' },
      actions: [
        { code: '2.1', title: { en: 'Reintegration', ru: 'Реинтеграция' }, retired: false },
      ],
    },
  ],
} as unknown as ActionPlanView;

export const STATES: State[] = [
  { code: 'KZ', name: { en: 'Kazakhstan', ru: 'Казахстан' }, region: 'CA', active: true },
  { code: 'AT', name: { en: 'Austria', ru: 'Австрия' }, region: 'EU', active: true },
  { code: 'GE', name: { en: 'Georgia', ru: 'Грузия' }, region: 'EAP', active: true },
];

export const REGIONS: Region[] = [
  { code: 'CA', name: { en: 'Central Asia', ru: 'Центральная Азия' } },
  { code: 'EU', name: { en: 'European Union', ru: 'Европейский союз' } },
  { code: 'EAP', name: { en: 'Eastern Partnership', ru: 'Восточное партнёрство' } },
];

const ADA = { id: '6650a1b2c3d4e5f601234599', name: 'Eva Evaluator' };

export const EVALUATION: Evaluation = {
  id: 'e1',
  version: 4,
  status: 'draft',
  title: { en: 'Mid-term evaluation 2026', ru: 'Промежуточная оценка 2026' },
  cycleIds: ['c2025', 'c2026'],
  criteria: [
    { code: 'relevance', label: { en: 'Relevance', ru: 'Релевантность' } },
    { code: 'impact', label: { en: 'Impact', ru: 'Воздействие' } },
  ],
  scope: { areaCodes: [], regionCodes: [], stateCodes: [] },
  baseline: null,
  team: [],
  ratingScale: [
    { code: 'high', label: { en: 'Good', ru: 'Хорошо' } },
    { code: 'satisfactory', label: { en: 'Satisfactory', ru: 'Удовлетворительно' } },
    { code: 'partial', label: { en: 'Partly satisfactory', ru: 'Частично удовлетворительно' } },
    { code: 'low', label: { en: 'Unsatisfactory', ru: 'Неудовлетворительно' } },
  ],
  executiveSummary: { en: 'Progress is steady.', ru: '' },
  introduction: { en: '', ru: '' },
  findings: [
    { areaCode: '2', text: { en: 'Return improved.', ru: 'Возвращение улучшилось.' }, pins: [] },
  ],
  assessments: [],
  conclusions: { en: '', ru: '' },
  recommendations: [],
  finalVersions: [],
  replyWindow: null,
  createdBy: ADA,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-30T10:00:00.000Z',
};

export const QUOTE_KZ: EvidenceQuote = {
  id: 'c2025:KZ:1.1:achievement',
  stateCode: 'KZ',
  cycleId: 'c2025',
  actionCode: '1.1',
  areaCode: '1',
  reportVersion: 3,
  text: 'A new border data system was launched.',
  lang: 'en',
  kind: 'achievement',
};

export const QUOTE_GE: EvidenceQuote = {
  id: 'c2026:GE:2.1:obstacle',
  stateCode: 'GE',
  cycleId: 'c2026',
  actionCode: '2.1',
  areaCode: '2',
  reportVersion: 1,
  text: 'Программа реинтеграции ждёт финансирования.',
  lang: 'ru',
  kind: 'obstacle',
};

const NO_STATUS = { completed: 0, substantial: 0, limited: 0, not_started: 0 };

export const EVIDENCE = {
  basis: 'approved',
  cycles: [],
  responseRates: [
    { cycleId: 'c2025', expected: 3, approved: 2, byRegion: [] },
    { cycleId: 'c2026', expected: 3, approved: 0, byRegion: [] },
  ],
  areas: [
    {
      code: '1',
      reports: 4,
      score: 55.6,
      participating: 3,
      notParticipating: 1,
      unanswered: 0,
      byStatus: { ...NO_STATUS, completed: 1, substantial: 1, not_started: 1 },
      baselineScore: 51.4,
      change: 4.2,
    },
  ],
  actions: [],
  areaTrend: [],
  coverage: { untouchedActions: [], widestParticipation: [] },
  participationByRegion: [],
  supportNeeds: { byCategory: {}, byArea: [] },
  states: [],
  baseline: null,
  quotes: [QUOTE_KZ, QUOTE_GE],
  quotesTotal: 2,
} as unknown as Evidence;

export const REPLY: Reply = {
  id: 'r1',
  evaluationId: 'e1',
  stateCode: 'KZ',
  target: { kind: 'finding', areaCode: '1' },
  text: 'Our system also covers sea ports.',
  author: { id: '6650a1b2c3d4e5f601234568', name: 'Aigerim Bekova' },
  createdAt: '2026-12-01T09:00:00.000Z',
  handling: null,
  version: 1,
};

export const PASSAGES = {
  evaluationId: 'e1',
  title: { en: 'Mid-term evaluation 2026', ru: '' },
  stateCode: 'KZ',
  replyWindow: {
    openedAt: '2026-12-01T08:00:00.000Z',
    closesOn: '2026-12-20',
    closedAt: null,
    open: true,
  },
  response: [
    { cycleId: 'c2025', status: 'approved', expected: true },
    { cycleId: 'c2026', status: 'draft', expected: true },
  ],
  figures: {
    stateCode: 'KZ',
    regionCode: 'CA',
    cycleId: 'c2025',
    reportVersion: 3,
    areas: [
      { code: '1', score: 66.7, participating: 2 },
      { code: '2', score: null, participating: 0 },
    ],
  },
  quotes: [QUOTE_KZ],
  findings: [
    {
      areaCode: '1',
      text: { en: 'Border data improved in Central Asia.', ru: '' },
      quotes: [QUOTE_KZ],
    },
  ],
} as const satisfies StatePassages;
