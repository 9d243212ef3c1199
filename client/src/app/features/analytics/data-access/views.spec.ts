import type { ApiError } from '../../../core/http';
import type { LoadStatus } from './analytics.feature';
import { toBoardRows } from './board-view';
import { toCoverageMapping, toCoverageView } from './coverage-view';
import { toActionFigures } from './drill-down-view';
import { toNames } from './names';
import {
  areaStatusChart,
  figuresStatus,
  isEmptyCycle,
  reportStatusChart,
  suppressedNames,
  toOverviewKpis,
  trendChart,
} from './overview-view';
import { toPeerLearning } from './peer-view';
import { comparisonChart, toProfileComparison } from './profile-view';
import { changeOf } from './scores';
import {
  BY_AREA_2024,
  BY_AREA_2025,
  aProgressAnswer,
  COVERAGE_2025,
  CYCLES,
  REFERENCE,
  SUBMISSIONS_2024,
  SUBMISSIONS_2025,
  aGroup,
  aSuppressedGroup,
  anEntry,
  counts,
} from './testing/analytics-fixture';

const names = toNames(REFERENCE, CYCLES, 'en');
const namesRu = toNames(REFERENCE, CYCLES, 'ru');

describe('analytics views', () => {
  it('changes are the rules’ score changes, none without a previous figure', () => {
    expect(changeOf(50, 27.8)).toBe(22.2);
    expect(changeOf(50, null)).toBeNull();
    expect(changeOf(50, undefined)).toBeNull();
  });

  describe('overview', () => {
    it('compares each key figure with the previous cycle', () => {
      expect(
        toOverviewKpis(SUBMISSIONS_2025, SUBMISSIONS_2024, BY_AREA_2025, BY_AREA_2024),
      ).toEqual({
        responseRate: { value: 75, change: 25 },
        approved: { value: 2, change: 1 },
        late: { value: 1, change: -1 },
        // overall 2025: {1,2,2,1} → (0 + 2 + 4 + 3) / 18 = 50 %; 2024: {2,3,1,0} → 5/18 = 27.8 %
        score: { value: 50, change: 22.2 },
        expected: 4,
        responded: 3,
      });
    });

    it('has no changes in a first cycle', () => {
      const kpis = toOverviewKpis(SUBMISSIONS_2025, null, BY_AREA_2025, null);
      expect(kpis?.score).toEqual({ value: 50, change: null });
      expect(kpis?.late.change).toBeNull();
    });

    it('stacks participating entries by status and keeps "not participating" apart', () => {
      const chart = areaStatusChart(BY_AREA_2025, names);
      expect(chart.categories).toEqual([
        { key: '1', label: '1. Illegal migration' },
        { key: '2', label: '2. Return' },
      ]);
      expect(chart.series.map((series) => [series.key, series.stack, series.values])).toEqual([
        ['not_started', 'participating', [1, 0]],
        ['limited', 'participating', [2, 0]],
        ['substantial', 'participating', [1, 1]],
        ['completed', 'participating', [0, 1]],
        ['not_participating', 'not_participating', [1, 1]],
      ]);
    });

    it('draws withheld groups as gaps and names them', () => {
      const answer = { ...BY_AREA_2025, groups: [BY_AREA_2025.groups[0], aSuppressedGroup('2')] };
      expect(areaStatusChart(answer, names).series[0]?.values).toEqual([1, null]);
      expect(suppressedNames(answer, (code) => namesRu.areaShort(code))).toEqual([
        '2. Возвращение',
      ]);
    });

    it('follows each area over the cycles', () => {
      const chart = trendChart(
        {
          basis: 'approved',
          by: 'area',
          cycles: [
            { cycleId: 'c2024', groups: BY_AREA_2024.groups, overall: BY_AREA_2024.overall },
            { cycleId: 'c2025', groups: BY_AREA_2025.groups, overall: BY_AREA_2025.overall },
          ],
        },
        names,
      );
      expect(chart.categories.map((category) => category.label)).toEqual([
        '2024 annual report',
        '2025 annual report',
      ]);
      // area 1: 2024 {2,2,0,0} → 2/12 = 16.7 %; 2025 → 33.3 %. Area 2: 3/6 = 50 %; 5/6 = 83.3 %.
      expect(chart.series.map((series) => series.values)).toEqual([
        [16.7, 33.3],
        [50, 83.3],
      ]);
    });

    it('counts reports by status in the order of the workflow', () => {
      expect(reportStatusChart(SUBMISSIONS_2025).series[0]?.values).toEqual([1, 0, 1, 0, 2]);
    });

    it('calls a cycle empty when no report counts on its basis', () => {
      const none = aProgressAnswer(
        'c2025',
        'area',
        [],
        aGroup('all', counts(0, 0, 0, 0), { reports: 0 }),
      );
      expect(isEmptyCycle(SUBMISSIONS_2025, none)).toBeTrue();
      expect(isEmptyCycle(SUBMISSIONS_2025, BY_AREA_2025)).toBeFalse();
    });
  });

  describe('submission board', () => {
    it('lists late states first, then by days left and name', () => {
      expect(toBoardRows(SUBMISSIONS_2025, names, null).map((row) => row.stateName)).toEqual([
        'Kazakhstan',
        'Armenia',
        'Austria',
        'Germany',
      ]);
    });

    it('filters by status and names the region', () => {
      const rows = toBoardRows(SUBMISSIONS_2025, namesRu, 'approved');
      expect(rows.map((row) => [row.stateName, row.regionName])).toEqual([
        // Russian order: «Австрия» before «Армения».
        ['Австрия', 'Государства — члены ЕС'],
        ['Армения', 'Восточное партнёрство'],
      ]);
    });
  });

  describe('coverage', () => {
    it('lays states out by actions under their areas, each cell with its letter', () => {
      const view = toCoverageView(COVERAGE_2025, names);
      expect(view.areas).toEqual([
        { code: '1', name: '1. Illegal migration', span: 2 },
        { code: '2', name: '2. Return', span: 1 },
      ]);
      expect(
        view.rows.map((row) => [row.stateName, row.cells.map((cell) => cell.letter).join('')]),
      ).toEqual([
        ['Austria', 'CN'],
        ['Kazakhstan', 'L–'],
      ]);
      expect(view.rows[0]?.cells.map((cell) => cell.kind)).toEqual([
        'completed',
        'none',
        'not_started',
      ]);
    });

    it('maps covered and untouched actions from the server’s list', () => {
      const mapping = toCoverageMapping(COVERAGE_2025, names);
      expect(mapping.covered).toEqual([{ code: '1.1', title: 'Share risk analyses', states: 2 }]);
      expect(mapping.untouched).toEqual([
        { code: '1.2', title: 'Train border guards' },
        { code: '2.1', title: 'Support reintegration' },
      ]);
    });
  });

  it('lists an area’s actions in plan order, retired ones left out', () => {
    const figures = toActionFigures(
      aProgressAnswer(
        'c',
        'action',
        [aGroup('1.2', counts(0, 1, 0, 0))],
        aGroup('all', counts(0, 1, 0, 0)),
      ),
      names,
      '1',
    );
    expect(figures.map((action) => [action.code, action.group?.score ?? null])).toEqual([
      ['1.1', null],
      ['1.2', 33.3],
    ]);
  });

  describe('state profile', () => {
    it('sets the state beside all states, and says when the aggregate is withheld', () => {
      const rows = toProfileComparison(
        {
          stateCode: 'KZ',
          basis: 'approved',
          cycles: [
            {
              cycleId: 'c2025',
              reportStatus: 'approved',
              byArea: [aGroup('1', counts(0, 0, 0, 1)), aGroup('2', counts(1, 0, 0, 0))],
              overall: aGroup('all', counts(1, 0, 0, 1)),
              allStatesByArea: [BY_AREA_2025.groups[0], aSuppressedGroup('2')],
            },
          ],
        },
        'c2025',
        names,
      );
      expect(rows).toEqual([
        { areaCode: '1', areaName: '1. Illegal migration', own: 100, all: 33.3, hidden: false },
        { areaCode: '2', areaName: '2. Return', own: 0, all: null, hidden: true },
      ]);
      expect(comparisonChart(rows).series).toEqual([
        { key: 'own', values: [100, 0] },
        { key: 'all', values: [33.3, null] },
      ]);
    });
  });

  describe('peer learning', () => {
    it('pairs states asking for support with states that moved far, neighbours first', () => {
      const peers = toPeerLearning(
        {
          total: 4,
          page: 1,
          pageSize: 200,
          items: [
            anEntry({ stateCode: 'AT', status: 'completed' }),
            anEntry({ stateCode: 'AM', status: 'substantial' }),
            anEntry({
              stateCode: 'DE',
              status: 'limited',
              supportNeeded: { categories: ['training'], text: { text: 'Trainers', lang: 'en' } },
            }),
            anEntry({ stateCode: 'KZ', participation: 'not_participating', status: null }),
          ],
        },
        names,
      );
      expect(peers.strong.map((state) => state.stateName)).toEqual(['Armenia', 'Austria']);
      expect(peers.pairings).toEqual([
        {
          seeker: { stateCode: 'DE', stateName: 'Germany', regionCode: 'EU', detail: 'Trainers' },
          categories: ['training'],
          partners: [
            { stateCode: 'AT', stateName: 'Austria', regionCode: 'EU', detail: 'completed' },
            { stateCode: 'AM', stateName: 'Armenia', regionCode: 'EAP', detail: 'substantial' },
          ],
        },
      ]);
    });
  });
});

describe('figuresStatus', () => {
  const figure = (status: LoadStatus, error: ApiError | null = null) => ({ status, error });
  const refused = {
    status: 403,
    code: 'forbidden',
    message: 'No',
    details: [],
  } as unknown as ApiError;

  it('is loaded only when every figure is in, failed when one failed, loading otherwise', () => {
    expect(figuresStatus(figure('loaded'), figure('loaded'))).toEqual({
      status: 'loaded',
      error: null,
    });
    expect(figuresStatus(figure('loaded'), figure('loading'))).toEqual({
      status: 'loading',
      error: null,
    });
    expect(figuresStatus(figure('idle'), figure('loaded'))).toEqual({
      status: 'loading',
      error: null,
    });
    expect(figuresStatus(figure('loading'), figure('failed', refused))).toEqual({
      status: 'failed',
      error: refused,
    });
  });
});
