import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSelectHarness } from '@angular/material/select/testing';
import { ActivatedRoute, Router, convertToParamMap, provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { Role } from '@ppm/shared';
import { BehaviorSubject } from 'rxjs';

import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import { selectLocale } from '../../../core/i18n';
import { selectRole } from '../../../core/session';
import {
  NO_QUERY,
  selectBoardRows,
  selectCycleId,
  selectQuery,
  selectSubmissions,
} from '../data-access';
import { toBoardRows } from '../data-access/board-view';
import { toNames } from '../data-access/names';
import { CYCLES, REFERENCE, SUBMISSIONS_2025 } from '../data-access/testing/analytics-fixture';
import { SubmissionsPage } from './submissions-page';

describe('SubmissionsPage', () => {
  let store: MockStore;
  let loader: HarnessLoader;
  let page: HTMLElement;

  async function render(role: Role = 'secretariat'): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        {
          provide: ActivatedRoute,
          useValue: { queryParamMap: new BehaviorSubject(convertToParamMap({})) },
        },
        provideMockStore(),
        provideTranslocoForTests('en'),
        provideIconsForTests(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectSubmissions, {
      status: 'loaded',
      key: 'k',
      data: SUBMISSIONS_2025,
      error: null,
    });
    store.overrideSelector(
      selectBoardRows,
      toBoardRows(SUBMISSIONS_2025, toNames(REFERENCE, CYCLES, 'en'), null),
    );
    store.overrideSelector(selectQuery, NO_QUERY);
    store.overrideSelector(selectCycleId, 'c2025');
    store.overrideSelector(selectLocale, 'en');
    store.overrideSelector(selectRole, role);
    const fixture = TestBed.createComponent(SubmissionsPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  afterEach(() => store.resetSelectors());

  const rows = (): string[] =>
    Array.from(page.querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.querySelectorAll('.state-name, .region, td'))
        .map((cell) => cell.textContent.replace(/\s+/g, ' ').trim())
        .join(' | '),
    );

  it('lists every expected state, late ones first, with status, completeness and deadline', async () => {
    await render();
    expect(page.querySelector('[data-test=board-summary]')?.textContent.trim()).toBe(
      '3 of 4 expected states have submitted (75%); 1 late.',
    );
    expect(rows()).toEqual([
      'Kazakhstan | Central Asia | Not started | 0% | Nothing saved yet | Late by 6 days | Remind',
      'Armenia | Eastern Partnership | Approved | 100% | 1 Feb 2026 | 31 Mar 2026 | ',
      'Austria | EU member states | Approved | 100% | 1 Mar 2026 | 31 Mar 2026 | ',
      'Germany | EU member states | Submitted | 100% | 10 Mar 2026 | 31 Mar 2026 | ',
    ]);
  });

  const links = (): (string | null)[] =>
    Array.from(page.querySelectorAll('tbody a')).map((link) => link.getAttribute('href'));

  it('links the Secretariat to the reports that exist, and to reminding a state that has not submitted', async () => {
    await render();
    expect(links()).toEqual([
      '/cycles/c2025/states/KZ',
      '/reports/c2025/AM',
      '/reports/c2025/AT',
      '/reports/c2025/DE',
    ]);
    expect(page.querySelector('[data-test=remind]')?.getAttribute('aria-label')).toBe(
      'Remind Kazakhstan',
    );
  });

  it('links an evaluator to approved reports only, with no reminders', async () => {
    await render('evaluator');
    expect(links()).toEqual(['/reports/c2025/AM', '/reports/c2025/AT']);
    expect(page.textContent).not.toMatch(/remind/i);
  });

  it('gives a focal point no links to other reports', async () => {
    await render('focal_point');
    expect(page.querySelectorAll('tbody a').length).toBe(0);
  });

  it('filters by status through the address', async () => {
    await render();
    const navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);
    const select = await loader.getHarness(MatSelectHarness);
    await select.open();
    await select.clickOptions({ text: 'Approved' });
    expect(navigate).toHaveBeenCalledWith(['/'], { queryParams: { status: 'approved' } });
  });
});
