import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { BehaviorSubject } from 'rxjs';

import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import {
  NO_QUERY,
  selectAreaOptions,
  selectCoverage,
  selectCoverageMapping,
  selectCoverageView,
  selectQuery,
} from '../data-access';
import { toCoverageMapping, toCoverageView } from '../data-access/coverage-view';
import { toNames } from '../data-access/names';
import { COVERAGE_2025, CYCLES, REFERENCE } from '../data-access/testing/analytics-fixture';
import { CoveragePage } from './coverage-page';

describe('CoveragePage', () => {
  let store: MockStore;
  let loader: HarnessLoader;
  let page: HTMLElement;

  beforeEach(async () => {
    const names = toNames(REFERENCE, CYCLES, 'en');
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        {
          provide: ActivatedRoute,
          useValue: { queryParamMap: new BehaviorSubject(convertToParamMap({ cycleId: 'c2025' })) },
        },
        provideMockStore(),
        provideTranslocoForTests('en'),
        provideIconsForTests(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    const loaded = <T>(data: T) => ({ status: 'loaded' as const, key: 'k', data, error: null });
    store.overrideSelector(selectCoverage, loaded(COVERAGE_2025));
    store.overrideSelector(selectCoverageView, toCoverageView(COVERAGE_2025, names));
    store.overrideSelector(selectCoverageMapping, toCoverageMapping(COVERAGE_2025, names));
    store.overrideSelector(selectAreaOptions, [{ code: '1', name: '1. Illegal migration' }]);
    store.overrideSelector(selectQuery, { ...NO_QUERY, cycleId: 'c2025' });
    const fixture = TestBed.createComponent(CoveragePage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => store.resetSelectors());

  it('marks each cell with a letter as well as a colour, and explains both', () => {
    const kazakhstan = page.querySelector('[data-state=KZ]');
    expect(
      Array.from(kazakhstan?.querySelectorAll('a.cell') ?? []).map((cell) =>
        cell.textContent.trim(),
      ),
    ).toEqual(['L', '', '–']);
    const legend = Array.from(page.querySelectorAll('.legend li')).map((item) =>
      item.textContent.replace(/\s+/g, ' ').trim(),
    );
    expect(legend).toEqual([
      'N Not started',
      'L Limited progress',
      'S Substantial progress',
      'C Completed',
      '– Not participating',
      'No answer or no report',
    ]);
  });

  it('opens the entry of a cell in the drill-down', () => {
    const cell = page.querySelector('[data-state=AT] a.cell');
    expect(cell?.getAttribute('href')).toBe(
      '/progress/drill-down?cycleId=c2025&areaCode=1&actionCode=1.1&stateCode=AT',
    );
    expect(cell?.getAttribute('aria-label')).toBe(
      'Austria, action 1.1: Completed. Open the entry.',
    );
  });

  it('shows the same map as a table', async () => {
    await (
      await loader.getHarness(
        MatButtonHarness.with({ selector: '[data-test=coverage-table-toggle]' }),
      )
    ).click();
    const rows = Array.from(page.querySelectorAll('[data-test=coverage-table] tbody tr')).map(
      (row) => Array.from(row.children).map((cell) => cell.textContent.trim()),
    );
    expect(rows).toEqual([
      ['Austria', '2.1', '–', '–', '1.1', '–'],
      ['Kazakhstan', '–', '1.1', '–', '–', '2.1'],
    ]);
  });

  it('lists covered and untouched actions', () => {
    expect(page.querySelectorAll('[data-test=untouched] li').length).toBe(2);
    expect(page.querySelector('[data-test=covered]')?.textContent.replace(/\s+/g, ' ').trim()).toBe(
      '1.1 Share risk analyses · participating states: 2',
    );
  });
});
