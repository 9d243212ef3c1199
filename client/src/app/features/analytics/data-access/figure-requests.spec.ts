import { NO_QUERY } from './analytics-query';
import {
  cycleOrder,
  defaultCycleId,
  figureRequests,
  mayChooseBasis,
  trendCycleIds,
} from './figure-requests';
import { CYCLES, CYCLE_2024, aCycle } from './testing/analytics-fixture';

describe('figure requests', () => {
  it('orders the cycles that have opened, oldest first, leaving planned ones out', () => {
    expect(cycleOrder(CYCLES).map((cycle) => cycle.id)).toEqual(['c2024', 'c2025']);
    expect(defaultCycleId(CYCLES)).toBe('c2025');
    expect(defaultCycleId([])).toBeNull();
  });

  it('takes at most six cycles of trend, ending at the chosen one', () => {
    const cycles = Array.from({ length: 8 }, (_, index) =>
      aCycle({ id: `y${2018 + index}`, periodTo: `${2018 + index}-12-31`, status: 'closed' }),
    );
    expect(trendCycleIds(cycles, 'y2024')).toEqual([
      'y2019',
      'y2020',
      'y2021',
      'y2022',
      'y2023',
      'y2024',
    ]);
    expect(trendCycleIds(cycles, 'y2019')).toEqual(['y2018', 'y2019']);
  });

  it('lets only the Secretariat and admins choose the basis', () => {
    expect(
      ['admin', 'secretariat', 'evaluator', 'focal_point', 'contributor'].map((role) =>
        mayChooseBasis(role as never),
      ),
    ).toEqual([true, true, false, false, false]);
  });

  describe('for the overview of the latest cycle, as the Secretariat on work in progress', () => {
    const requests = figureRequests({
      page: 'overview',
      query: { ...NO_QUERY, basis: 'submitted', regionCode: 'CA' },
      cycles: CYCLES,
      role: 'secretariat',
      ownStateCode: null,
    });

    it('asks for the figures of the cycle and of the one before, for the changes', () => {
      expect(requests.map((request) => request.key)).toEqual([
        '/cycles/c2025/publication?',
        '/submissions?basis=submitted&cycleId=c2025&regionCode=CA',
        '/progress?basis=submitted&by=area&cycleId=c2025&regionCode=CA',
        '/progress?basis=submitted&by=region&cycleId=c2025&regionCode=CA',
        '/trend?basis=submitted&by=area&cycleId=c2024&cycleId=c2025&regionCode=CA',
        '/submissions?basis=submitted&cycleId=c2024&regionCode=CA',
        '/progress?basis=submitted&by=area&cycleId=c2024&regionCode=CA',
      ]);
      expect(requests.map((request) => request.slot)).toEqual([
        'publication',
        'submissions',
        'progressByArea',
        'progressByRegion',
        'trend',
        'previousSubmissions',
        'previousProgressByArea',
      ]);
    });
  });

  it('keeps a focal point on approved reports whatever the address says', () => {
    const [first] = figureRequests({
      page: 'submissions',
      query: { ...NO_QUERY, basis: 'submitted' },
      cycles: CYCLES,
      role: 'focal_point',
      ownStateCode: 'KZ',
    });
    expect(first.params).toEqual({ cycleId: 'c2025', basis: 'approved' });
  });

  it('asks for nothing before the cycle is known', () => {
    expect(
      figureRequests({
        page: 'overview',
        query: NO_QUERY,
        cycles: [],
        role: 'secretariat',
        ownStateCode: null,
      }),
    ).toEqual([]);
  });

  it('has no previous cycle for the first one', () => {
    const slots = figureRequests({
      page: 'overview',
      query: { ...NO_QUERY, cycleId: 'c2024' },
      cycles: [CYCLE_2024],
      role: 'evaluator',
      ownStateCode: null,
    }).map((request) => request.slot);
    expect(slots).not.toContain('previousSubmissions');
  });

  it('asks for entries in the drill-down only once an action or a search is chosen', () => {
    const context = {
      page: 'drill-down' as const,
      cycles: CYCLES,
      role: 'secretariat' as const,
      ownStateCode: null,
    };
    expect(
      figureRequests({ ...context, query: { ...NO_QUERY, areaCode: '1' } }).map((r) => r.slot),
    ).toEqual(['publication', 'progressByAction']);
    const withAction = figureRequests({
      ...context,
      query: { ...NO_QUERY, areaCode: '1', actionCode: '1.2', q: 'border', page: 2 },
    });
    expect(withAction[2]?.key).toBe(
      '/entries?actionCode=1.2&areaCode=1&basis=approved&cycleId=c2025&page=2&pageSize=20&q=border',
    );
  });

  it("shows a focal point's own state in the profile when the address names none", () => {
    const requests = figureRequests({
      page: 'state-profile',
      query: NO_QUERY,
      cycles: CYCLES,
      role: 'focal_point',
      ownStateCode: 'KZ',
    });
    expect(requests.map((request) => request.key)).toEqual([
      '/states/KZ/profile?basis=approved&cycleId=c2024&cycleId=c2025',
    ]);
  });
});
