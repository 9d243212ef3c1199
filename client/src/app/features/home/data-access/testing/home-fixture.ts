import type { Cycle, ReportView, ReviewRow } from '@ppm/shared';

import { type Remote } from '../home.feature';

/* What the home page reads, as the API answers it; override what a spec is about. */

export const loadedRemote = <T>(data: T): Remote<T> => ({ status: 'loaded', data, error: null });
export const loadingRemote = <T>(): Remote<T> => ({ status: 'loading', data: null, error: null });
export const failedRemote = <T>(): Remote<T> => ({
  status: 'failed',
  data: null,
  error: { status: 500, code: 'internal', message: 'Failed.', details: [] },
});

export function aCycle(overrides: Partial<Cycle> = {}): Cycle {
  return {
    id: 'c-2026',
    name: { en: '2026 annual report', ru: 'Годовой отчёт за 2026 год' },
    periodFrom: '2026-01-01',
    periodTo: '2026-12-31',
    opensAt: '2026-11-01',
    deadline: '2026-12-15',
    expectedStates: ['AM', 'AT', 'CZ', 'KZ', 'UZ'],
    status: 'open',
    deadlineExtensions: [],
    ...overrides,
  };
}

export function aRow(overrides: Partial<ReviewRow> & Pick<ReviewRow, 'stateCode'>): ReviewRow {
  return {
    region: 'EU',
    status: 'not_started',
    completeness: { complete: 0, total: 53, percent: 0 },
    updatedAt: null,
    submittedAt: null,
    deadline: '2026-12-15',
    late: false,
    ...overrides,
  };
}

/** Austria's report, returned with comments on actions 3.2 and 6.4 (and a blank one on 1.1). */
export function aReturnedReport(): ReportView {
  const entry = (actionCode: string, reviewComment: string | null) => ({
    actionCode,
    participation: 'participating' as const,
    status: 'substantial' as const,
    narrative: { text: 'Done.', lang: 'en' as const },
    reviewComment,
  });
  return {
    cycleId: 'c-2026',
    stateCode: 'AT',
    status: 'returned',
    version: 4,
    entries: [entry('1.1', '  '), entry('3.2', 'Which law?'), entry('6.4', 'Add the numbers.')],
    updatedAt: '2026-12-01T10:00:00.000Z',
    submittedAt: '2026-11-30T10:00:00.000Z',
    reviewComment: 'Please complete the evidence.',
    completeness: { overall: { complete: 53, total: 53, percent: 100 }, byArea: {} },
    editable: true,
    carriedFrom: null,
  } as unknown as ReportView;
}
