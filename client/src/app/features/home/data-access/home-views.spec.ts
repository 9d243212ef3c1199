import type { ReviewRow, User } from '@ppm/shared';

import { aUser } from '../../../../testing/fixtures';
import { planFixture } from '../../action-plan/data-access/testing/plan-fixture';
import { focusCycle } from './focus-cycle';
import {
  areaProgress,
  daysLeft,
  latestApprovedData,
  ownReportHome,
  peopleSummary,
  secretariatHome,
} from './home-views';
import {
  aCycle,
  aReturnedReport,
  aRow,
  failedRemote,
  loadedRemote,
  loadingRemote,
} from './testing/home-fixture';

// 10:00 UTC on 10 December 2026: five days and 14 hours before the end of 15 December.
const NOW = '2026-12-10T10:00:00.000Z';
const en = { now: NOW, locale: 'en' as const, plan: planFixture() };

describe('daysLeft', () => {
  it('counts whole days to the end of the deadline day (UTC), rounded up', () => {
    expect(daysLeft('2026-12-15', NOW)).toBe(6);
    expect(daysLeft('2026-12-10', NOW)).toBe(1);
  });

  it('is 0 or less once the deadline day is over', () => {
    expect(daysLeft('2026-12-09', NOW)).toBe(0);
    expect(daysLeft('2026-12-07', NOW)).toBe(-2);
  });
});

describe('focusCycle', () => {
  const planned = aCycle({ id: 'planned', status: 'planned', deadline: '2027-12-01' });
  const closed = aCycle({ id: 'closed', status: 'closed', deadline: '2025-12-15' });
  const openLate = aCycle({ id: 'open-late', deadline: '2027-01-31' });
  const openSoon = aCycle({ id: 'open-soon', deadline: '2026-12-15' });

  it('takes the open cycle with the nearest deadline for the Secretariat and a state', () => {
    expect(focusCycle([planned, openLate, openSoon, closed], 'secretariat')?.id).toBe('open-soon');
    expect(focusCycle([planned, openLate, openSoon, closed], 'focal_point')?.id).toBe('open-soon');
  });

  it('takes the latest cycle that has begun for an evaluator, never a planned one', () => {
    expect(focusCycle([planned, openSoon, closed], 'evaluator')?.id).toBe('open-soon');
    expect(focusCycle([planned, closed], 'evaluator')?.id).toBe('closed');
  });

  it('has none without an open cycle, and none for admins', () => {
    expect(focusCycle([planned, closed], 'contributor')).toBeNull();
    expect(focusCycle([openSoon], 'admin')).toBeNull();
  });
});

describe('ownReportHome', () => {
  const cycle = aCycle();
  const draftRow = aRow({
    stateCode: 'AT',
    status: 'draft',
    completeness: { complete: 21, total: 53, percent: 39 },
    deadline: '2026-12-20',
  });

  it('waits for the cycles, then for the state row', () => {
    const parts = {
      cycles: loadingRemote(),
      reviewList: loadingRemote(),
      ownReport: loadingRemote(),
    };
    expect(ownReportHome(parts as never, null, en)).toEqual({ kind: 'loading' });
    const cyclesIn = { ...parts, cycles: loadedRemote([cycle]) };
    expect(ownReportHome(cyclesIn as never, cycle, en)).toEqual({ kind: 'loading' });
  });

  it('says when no cycle is open for the state', () => {
    const parts = {
      cycles: loadedRemote([]),
      reviewList: loadingRemote(),
      ownReport: loadingRemote(),
    };
    expect(ownReportHome(parts as never, null, en)).toEqual({
      kind: 'ready',
      value: { kind: 'no-open-cycle' },
    });
  });

  it('gives the status, completeness and days left to the state’s own (extended) deadline', () => {
    const parts = {
      cycles: loadedRemote([cycle]),
      reviewList: loadedRemote({ cycleId: cycle.id, rows: [draftRow] }),
      ownReport: loadingRemote(),
    };
    expect(ownReportHome(parts as never, cycle, en)).toEqual({
      kind: 'ready',
      value: {
        kind: 'report',
        task: {
          cycleId: 'c-2026',
          cycleName: '2026 annual report',
          stateCode: 'AT',
          status: 'draft',
          complete: 21,
          total: 53,
          percent: 39,
          deadline: '2026-12-20',
          daysLeft: 11,
          late: false,
          returned: null,
          link: ['/reports', 'c-2026', 'AT'],
        },
      },
    });
  });

  it('lists the actions the Secretariat commented on when it returned the report, in Russian too', () => {
    const returnedRow: ReviewRow = { ...draftRow, status: 'returned' };
    const parts = {
      cycles: loadedRemote([cycle]),
      reviewList: loadedRemote({ cycleId: cycle.id, rows: [returnedRow] }),
      ownReport: loadedRemote(aReturnedReport()),
    };
    const home = ownReportHome(parts, cycle, { ...en, locale: 'ru' });
    const task = home.kind === 'ready' && home.value.kind === 'report' ? home.value.task : null;

    expect(task?.cycleName).toBe('Годовой отчёт за 2026 год');
    expect(task?.returned).toEqual({
      kind: 'ready',
      value: [
        { code: '3.2', title: planFixture().areas[2].actions[1].title.ru },
        { code: '6.4', title: planFixture().areas[5].actions[3].title.ru },
      ],
    });
  });

  it('keeps the report part when only the comments failed to load', () => {
    const parts = {
      cycles: loadedRemote([cycle]),
      reviewList: loadedRemote({ cycleId: cycle.id, rows: [{ ...draftRow, status: 'returned' }] }),
      ownReport: failedRemote(),
    };
    const home = ownReportHome(parts as never, cycle, en);
    expect(
      home.kind === 'ready' && home.value.kind === 'report' && home.value.task.returned,
    ).toEqual({
      kind: 'failed',
    });
  });
});

describe('secretariatHome', () => {
  const cycle = aCycle({ deadline: '2026-12-07' });
  const other = aCycle({
    id: 'c-extra',
    name: { en: 'Extra round', ru: 'Доп. раунд' },
    deadline: '2027-02-01',
  });
  const states = loadedRemote([
    { code: 'AM', name: { en: 'Armenia', ru: 'Армения' }, region: 'EAP', active: true },
    { code: 'AT', name: { en: 'Austria', ru: 'Австрия' }, region: 'EU', active: true },
    { code: 'CZ', name: { en: 'Czechia', ru: 'Чехия' }, region: 'EU', active: true },
    { code: 'KZ', name: { en: 'Kazakhstan', ru: 'Казахстан' }, region: 'CA', active: true },
  ]);
  const rows = [
    aRow({
      stateCode: 'AM',
      status: 'submitted',
      submittedAt: '2026-12-05T09:00:00.000Z',
      deadline: '2026-12-07',
    }),
    aRow({
      stateCode: 'AT',
      status: 'submitted',
      submittedAt: '2026-12-01T09:00:00.000Z',
      deadline: '2026-12-07',
    }),
    aRow({ stateCode: 'CZ', status: 'not_started', deadline: '2026-12-07', late: true }),
    aRow({ stateCode: 'KZ', status: 'returned', deadline: '2026-12-04', late: true }),
    aRow({ stateCode: 'UZ', status: 'approved', deadline: '2026-12-07', late: true }),
  ];

  it('lists reports waiting for review, the longest waiting first, each to its review page', () => {
    const home = secretariatHome(
      {
        cycles: loadedRemote([cycle, other]),
        states,
        reviewList: loadedRemote({ cycleId: cycle.id, rows }),
      },
      cycle,
      en,
    );
    const desk = home.kind === 'ready' && home.value.kind === 'desk' ? home.value.desk : null;

    expect(desk?.waiting.map((item) => [item.name, item.link])).toEqual([
      ['Austria', ['/reports', 'c-2026', 'AT', 'review']],
      ['Armenia', ['/reports', 'c-2026', 'AM', 'review']],
    ]);
    // Uzbekistan submitted late but is approved: nothing to chase. Kazakhstan's deadline passed first.
    expect(desk?.late.map((item) => [item.stateCode, item.name, item.daysOverdue])).toEqual([
      ['KZ', 'Kazakhstan', 5],
      ['CZ', 'Czechia', 2],
    ]);
    expect(desk?.daysLeft).toBe(-2);
    expect(desk?.expected).toBe(5);
    expect(desk?.alsoOpen).toEqual([{ id: 'c-extra', name: 'Extra round' }]);
  });

  it('names states by code until their names arrive', () => {
    const home = secretariatHome(
      {
        cycles: loadedRemote([cycle]),
        states: loadingRemote(),
        reviewList: loadedRemote({ cycleId: cycle.id, rows }),
      },
      cycle,
      en,
    );
    expect(
      home.kind === 'ready' && home.value.kind === 'desk' && home.value.desk.waiting[0].name,
    ).toBe('AT');
  });

  it('says so when no cycle is open, and fails when the cycles fail', () => {
    const none = { cycles: loadedRemote([]), states, reviewList: loadingRemote() };
    expect(secretariatHome(none as never, null, en)).toEqual({
      kind: 'ready',
      value: { kind: 'no-open-cycle' },
    });
    const broken = { cycles: failedRemote(), states, reviewList: loadingRemote() };
    expect(secretariatHome(broken as never, null, en)).toEqual({ kind: 'failed' });
  });
});

describe('areaProgress', () => {
  it('names each area by its short title and keeps score and suppression', () => {
    const groups = [
      { key: '1', reports: 4, score: 55.6, suppressed: false },
      { key: '2', reports: 2, score: null, suppressed: true },
    ];
    expect(areaProgress(loadedRemote(groups) as never, planFixture(), 'en')).toEqual({
      kind: 'ready',
      value: [
        {
          code: '1',
          title: planFixture().areas[0].shortTitle.en,
          score: 55.6,
          reports: 4,
          suppressed: false,
        },
        {
          code: '2',
          title: planFixture().areas[1].shortTitle.en,
          score: null,
          reports: 2,
          suppressed: true,
        },
      ],
    });
  });

  it('fails as its answer failed (the analytics API not there yet)', () => {
    expect(areaProgress(failedRemote(), planFixture(), 'en')).toEqual({ kind: 'failed' });
  });
});

describe('latestApprovedData', () => {
  it('counts approved reports of the cycle in focus', () => {
    const cycle = aCycle({ status: 'closed' });
    const rows = [
      aRow({ stateCode: 'AM', status: 'approved' }),
      aRow({ stateCode: 'AT', status: 'submitted' }),
      aRow({ stateCode: 'CZ', status: 'approved' }),
    ];
    expect(
      latestApprovedData(
        { cycles: loadedRemote([cycle]), reviewList: loadedRemote({ cycleId: cycle.id, rows }) },
        cycle,
        'en',
      ),
    ).toEqual({
      kind: 'ready',
      value: {
        cycleId: 'c-2026',
        cycleName: '2026 annual report',
        open: false,
        approved: 2,
        expected: 3,
      },
    });
  });

  it('is empty when no cycle has begun', () => {
    expect(
      latestApprovedData({ cycles: loadedRemote([]), reviewList: loadingRemote() }, null, 'en'),
    ).toEqual({
      kind: 'ready',
      value: null,
    });
  });
});

describe('peopleSummary', () => {
  const people: User[] = [
    aUser({ id: '1' }),
    aUser({ id: '2', role: 'secretariat' }),
    aUser({ id: '3', role: 'evaluator', active: false }),
  ];

  it('counts active and deactivated accounts, and knows no invitations while the server does not say', () => {
    expect(peopleSummary(loadedRemote(people))).toEqual({
      kind: 'ready',
      value: { pending: null, active: 2, deactivated: 1 },
    });
  });

  it('lists invitations not yet taken up once accounts carry their status', () => {
    const withStatus = [
      { ...people[0], status: 'active' },
      { ...people[1], name: 'Jana Novak', email: 'jana@example.org', status: 'invited' },
      { ...people[2], status: 'deactivated' },
    ] as unknown as User[];
    expect(peopleSummary(loadedRemote(withStatus))).toEqual({
      kind: 'ready',
      value: {
        pending: [{ id: '2', name: 'Jana Novak', email: 'jana@example.org' }],
        active: 1,
        deactivated: 1,
      },
    });
  });
});
