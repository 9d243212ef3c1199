import type { Cycle, Region, ReviewRow, State } from '@ppm/shared';

/* Reporting cycles, states and review rows as the API returns them. */

export const REGIONS: Region[] = [
  { code: 'EU', name: { en: 'EU member states', ru: 'Государства — члены ЕС' } },
  { code: 'EAP', name: { en: 'Eastern Partnership', ru: 'Восточное партнёрство' } },
  { code: 'CA', name: { en: 'Central Asia', ru: 'Центральная Азия' } },
];

export const STATES: State[] = [
  { code: 'AM', name: { en: 'Armenia', ru: 'Армения' }, region: 'EAP', active: true },
  { code: 'AT', name: { en: 'Austria', ru: 'Австрия' }, region: 'EU', active: true },
  { code: 'CZ', name: { en: 'Czechia', ru: 'Чехия' }, region: 'EU', active: true },
  { code: 'KZ', name: { en: 'Kazakhstan', ru: 'Казахстан' }, region: 'CA', active: true },
  { code: 'UZ', name: { en: 'Uzbekistan', ru: 'Узбекистан' }, region: 'CA', active: true },
  { code: 'TM', name: { en: 'Turkmenistan', ru: 'Туркменистан' }, region: 'CA', active: false },
];

export const OPEN_CYCLE: Cycle = {
  id: '6650a1b2c3d4e5f601230026',
  name: { en: '2026 annual report', ru: 'Ежегодный отчёт за 2026 год' },
  periodFrom: '2026-01-01',
  periodTo: '2026-12-31',
  opensAt: '2026-10-25',
  deadline: '2026-12-08',
  expectedStates: ['AM', 'AT', 'CZ', 'KZ', 'UZ'],
  status: 'open',
  deadlineExtensions: [{ stateCode: 'KZ', deadline: '2026-12-20' }],
};

export const CLOSED_CYCLE: Cycle = {
  id: '6650a1b2c3d4e5f601230025',
  name: { en: '2025 annual report', ru: 'Ежегодный отчёт за 2025 год' },
  periodFrom: '2025-01-01',
  periodTo: '2025-12-31',
  opensAt: '2025-11-01',
  deadline: '2025-12-15',
  expectedStates: ['AM', 'AT', 'KZ'],
  status: 'closed',
  deadlineExtensions: [],
};

export const PLANNED_CYCLE: Cycle = {
  id: '6650a1b2c3d4e5f601230027',
  name: { en: '2027 annual report', ru: 'Ежегодный отчёт за 2027 год' },
  periodFrom: '2027-01-01',
  periodTo: '2027-12-31',
  opensAt: '2027-10-01',
  deadline: '2027-12-01',
  expectedStates: ['AM', 'AT', 'CZ', 'KZ', 'UZ'],
  status: 'planned',
  deadlineExtensions: [],
};

/** Newest period first, as `GET /cycles` lists them. */
export const CYCLES: Cycle[] = [PLANNED_CYCLE, OPEN_CYCLE, CLOSED_CYCLE];

const row = (
  overrides: Partial<ReviewRow> & Pick<ReviewRow, 'stateCode' | 'region'>,
): ReviewRow => ({
  status: 'not_started',
  completeness: { complete: 0, total: 53, percent: 0 },
  updatedAt: null,
  submittedAt: null,
  deadline: OPEN_CYCLE.deadline,
  late: false,
  ...overrides,
});

/** The open cycle's review list: one state in each status, Kazakhstan with an extension. */
export const REVIEW_ROWS: ReviewRow[] = [
  row({
    stateCode: 'AM',
    region: 'EAP',
    status: 'submitted',
    completeness: { complete: 53, total: 53, percent: 100 },
    updatedAt: '2026-11-20T09:15:00.000Z',
    submittedAt: '2026-11-20T09:15:00.000Z',
  }),
  row({
    stateCode: 'AT',
    region: 'EU',
    status: 'approved',
    completeness: { complete: 53, total: 53, percent: 100 },
    updatedAt: '2026-11-25T14:00:00.000Z',
    submittedAt: '2026-11-18T10:00:00.000Z',
  }),
  row({ stateCode: 'CZ', region: 'EU', late: true }),
  row({
    stateCode: 'KZ',
    region: 'CA',
    status: 'draft',
    completeness: { complete: 21, total: 53, percent: 39 },
    updatedAt: '2026-11-27T06:30:00.000Z',
    deadline: '2026-12-20',
  }),
  row({
    stateCode: 'UZ',
    region: 'CA',
    status: 'returned',
    completeness: { complete: 50, total: 53, percent: 94 },
    updatedAt: '2026-11-26T12:00:00.000Z',
    submittedAt: '2026-11-22T08:00:00.000Z',
    late: true,
  }),
];
