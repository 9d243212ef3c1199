import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { Locale } from '@ppm/shared';
import { BehaviorSubject } from 'rxjs';

import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import { provideAppCharts } from '../../../shared/ui/charts/provide-app-charts';
import {
  AnalyticsPageActions,
  NO_QUERY,
  type OverviewKpis,
  type ProgressAnswer,
  selectAreaScoreChart,
  selectAreaStatusChart,
  selectHiddenAreas,
  selectHiddenRegions,
  selectIsEmptyCycle,
  selectOverviewKpiStatus,
  selectOverviewKpis,
  selectProgressByArea,
  selectProgressByRegion,
  selectQuery,
  selectRegionChart,
  selectReportStatusChart,
  selectSubmissions,
  selectTrend,
  selectTrendChart,
} from '../data-access';
import {
  areaScoreChart,
  areaStatusChart,
  figuresStatus,
  reportStatusChart,
  toOverviewKpis,
} from '../data-access/overview-view';
import { toNames } from '../data-access/names';
import {
  BY_AREA_2024,
  BY_AREA_2025,
  CYCLES,
  REFERENCE,
  SUBMISSIONS_2024,
  SUBMISSIONS_2025,
} from '../data-access/testing/analytics-fixture';
import { OverviewPage } from './overview-page';

interface RenderOptions {
  locale?: Locale;
  kpis?: OverviewKpis | null;
  byArea?: ProgressAnswer;
  hiddenAreas?: string[];
  empty?: boolean;
  status?: 'loading' | 'loaded';
  /** The scores by area alone, when they arrive after the rest. */
  byAreaStatus?: 'loading' | 'loaded';
}

describe('OverviewPage', () => {
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let page: HTMLElement;
  const params = new BehaviorSubject(convertToParamMap({ cycleId: 'c2025', regionCode: 'CA' }));

  /** The text of an element, its paragraphs and parts read with a space between them. */
  const text = (selector: string): string => {
    const element = page.querySelector(selector);
    const parts = element?.querySelectorAll('p') ?? [];
    const texts = parts.length
      ? Array.from(parts, (part) => part.textContent)
      : [element?.textContent ?? ''];
    return texts.join(' ').replace(/\s+/g, ' ').trim();
  };

  async function render(options: RenderOptions = {}): Promise<void> {
    const locale = options.locale ?? 'en';
    const names = toNames(REFERENCE, CYCLES, locale);
    const byArea = options.byArea ?? BY_AREA_2025;
    const status = options.status ?? 'loaded';
    const figure = <T>(data: T) => ({ status, key: 'k', data, error: null });
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: ActivatedRoute, useValue: { queryParamMap: params } },
        provideMockStore(),
        provideTranslocoForTests(locale),
        provideIconsForTests(),
        provideAppCharts(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    const submissions = figure(SUBMISSIONS_2025);
    const areas = { ...figure(byArea), status: options.byAreaStatus ?? status };
    store.overrideSelector(selectSubmissions, submissions);
    store.overrideSelector(selectProgressByArea, areas);
    store.overrideSelector(selectOverviewKpiStatus, figuresStatus(submissions, areas));
    store.overrideSelector(selectProgressByRegion, figure(null));
    store.overrideSelector(selectTrend, figure(null));
    store.overrideSelector(
      selectOverviewKpis,
      options.kpis === undefined
        ? toOverviewKpis(SUBMISSIONS_2025, SUBMISSIONS_2024, byArea, BY_AREA_2024)
        : options.kpis,
    );
    store.overrideSelector(selectAreaScoreChart, areaScoreChart(byArea, names));
    store.overrideSelector(selectAreaStatusChart, areaStatusChart(byArea, names));
    store.overrideSelector(selectRegionChart, { categories: [], series: [] });
    store.overrideSelector(selectTrendChart, { categories: [], series: [] });
    store.overrideSelector(selectReportStatusChart, reportStatusChart(SUBMISSIONS_2025));
    store.overrideSelector(selectHiddenAreas, options.hiddenAreas ?? []);
    store.overrideSelector(selectHiddenRegions, []);
    store.overrideSelector(selectIsEmptyCycle, options.empty ?? false);
    store.overrideSelector(selectQuery, { ...NO_QUERY, cycleId: 'c2025' });
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    const fixture = TestBed.createComponent(OverviewPage);
    page = fixture.nativeElement as HTMLElement;
    TestBed.inject(TranslocoService).setActiveLang(locale);
    await fixture.whenStable();
  }

  afterEach(() => store.resetSelectors());

  describe('with the figures of a cycle and its predecessor', () => {
    beforeEach(() => render());

    it('opens with the filters of its address', () => {
      expect(dispatch).toHaveBeenCalledWith(
        AnalyticsPageActions.opened({
          page: 'overview',
          query: { ...NO_QUERY, cycleId: 'c2025', regionCode: 'CA' },
        }),
      );
    });

    it('shows each key figure with its change since the previous cycle', () => {
      expect(text('[data-test=kpi-response-rate]')).toBe(
        'Response rate 75% 3 of 4 states have submitted +25 pts since the previous cycle',
      );
      expect(text('[data-test=kpi-approved]')).toBe(
        'Approved reports 2 of 4 expected +1 since the previous cycle',
      );
      expect(text('[data-test=kpi-late]')).toBe(
        'Late states 1 past their deadline without submitting −1 since the previous cycle',
      );
      expect(text('[data-test=kpi-score]')).toContain('Implementation score 50% ');
      expect(text('[data-test=kpi-score]')).toContain('+22.2 pts since the previous cycle');
    });

    it('has every chart, each with its table and download', () => {
      for (const chart of ['area-score', 'area-status', 'trend', 'region', 'report-status']) {
        const panel = page.querySelector(`[data-test=chart-${chart}]`);
        expect(panel?.querySelector('[data-test=chart-table-toggle]'))
          .withContext(chart)
          .not.toBeNull();
        expect(panel?.querySelector('[data-test=chart-download]'))
          .withContext(chart)
          .not.toBeNull();
      }
    });
  });

  it('shows withheld figures as hidden, naming the groups, in Russian too', async () => {
    await render({
      locale: 'ru',
      kpis: {
        ...toOverviewKpis(SUBMISSIONS_2025, null, BY_AREA_2025, null)!,
        score: { value: null, change: null },
      },
      hiddenAreas: ['2. Возвращение'],
    });
    expect(text('[data-test=kpi-score]')).toContain('скрыто: менее 3 государств');
    expect(text('[data-test=hidden-note]')).toBe(
      'Скрыто от вас, так как по ним отчитываются менее 3 государств: 2. Возвращение.',
    );
  });

  it('says what to do next in a cycle without reports', async () => {
    await render({ empty: true });
    expect(text('[data-test=empty-cycle]')).toContain(
      'No report counts in this cycle on this basis yet.',
    );
  });

  it('keeps the KPI cards loading until the scores by area are in too, never showing the score as "–"', async () => {
    await render({ byAreaStatus: 'loading' });
    expect(page.querySelector('.kpis app-skeleton')).not.toBeNull();
    expect(page.querySelector('[data-test=kpi-score]')).toBeNull();
  });

  it('shows skeletons while the figures load', async () => {
    await render({ status: 'loading', kpis: null });
    expect(page.querySelectorAll('app-skeleton').length).toBeGreaterThan(0);
    expect(page.querySelector('[data-test=kpi-score]')).toBeNull();
  });
});
