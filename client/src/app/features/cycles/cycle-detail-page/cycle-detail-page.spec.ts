import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatIconHarness } from '@angular/material/icon/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatSortHarness } from '@angular/material/sort/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideRouter } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { Cycle, Locale, Role } from '@ppm/shared';

import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import { provideScreen } from '../../../../testing/screen-testing';
import { selectLocale } from '../../../core/i18n';
import { selectRole } from '../../../core/session';
import { provideCycleDates } from '../cycle-dates';
import {
  CycleDetailPageActions,
  DEFAULT_REVIEW_SORT,
  NO_REVIEW_FILTER,
  type ReviewFilter,
  type ReviewSort,
  selectAllReviewRows,
  selectCurrentCycleError,
  selectCurrentCycleStatus,
  selectCurrentCycleView,
  selectCurrentReviewStatus,
  selectCycleDialogError,
  selectCycleDialogStatus,
  selectIsReviewFiltered,
  selectOverdueReminders,
  type OverdueRemindersState,
  selectReviewFilter,
  selectReviewRegions,
  selectReviewRows,
  selectReviewSort,
  selectReviewSummary,
  selectStatusChange,
  filterReviewRows,
  regionOptions,
  sortReviewRows,
  summarizeReviewRows,
  toCycleView,
  toReviewRowViews,
} from '../data-access';
import {
  CLOSED_CYCLE,
  OPEN_CYCLE,
  PLANNED_CYCLE,
  REGIONS,
  REVIEW_ROWS,
  STATES,
} from '../data-access/testing/cycles-fixture';
import { CycleDetailPage } from './cycle-detail-page';

interface RenderOptions {
  role?: Role;
  /** A phone-sized screen. */
  narrow?: boolean;
  locale?: Locale;
  cycle?: Cycle;
  filter?: ReviewFilter;
  sort?: ReviewSort;
  overdueReminders?: OverdueRemindersState;
}

describe('CycleDetailPage', () => {
  let fixture: ComponentFixture<CycleDetailPage>;
  let loader: HarnessLoader;
  let documentLoader: HarnessLoader;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let page: HTMLElement;

  const text = (element: Element | null | undefined): string =>
    element?.textContent.replace(/\s+/g, ' ').trim() ?? '';

  async function render(options: RenderOptions = {}): Promise<void> {
    const locale = options.locale ?? 'en';
    const cycle = options.cycle ?? OPEN_CYCLE;
    const filter = options.filter ?? NO_REVIEW_FILTER;
    const sort = options.sort ?? DEFAULT_REVIEW_SORT;
    const views = toReviewRowViews(REVIEW_ROWS, cycle, STATES, REGIONS, locale);
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore(),
        provideTranslocoForTests(locale),
        provideIconsForTests(),
        provideCycleDates(),
        provideScreen(options.narrow ?? false),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectCurrentCycleStatus, 'loaded');
    store.overrideSelector(selectCurrentCycleError, null);
    store.overrideSelector(selectCurrentCycleView, toCycleView(cycle, STATES, locale));
    store.overrideSelector(selectCurrentReviewStatus, 'loaded');
    store.overrideSelector(selectAllReviewRows, views);
    store.overrideSelector(
      selectReviewRows,
      sortReviewRows(filterReviewRows(views, filter, STATES), sort, locale),
    );
    store.overrideSelector(selectReviewSummary, summarizeReviewRows(REVIEW_ROWS));
    store.overrideSelector(selectReviewRegions, regionOptions(views, locale));
    store.overrideSelector(selectReviewFilter, filter);
    store.overrideSelector(selectIsReviewFiltered, selectIsReviewFiltered.projector(filter));
    store.overrideSelector(selectReviewSort, sort);
    store.overrideSelector(selectStatusChange, 'idle');
    store.overrideSelector(
      selectOverdueReminders,
      options.overdueReminders ?? { status: 'idle', result: null, error: null },
    );
    store.overrideSelector(selectCycleDialogStatus, 'idle');
    store.overrideSelector(selectCycleDialogError, null);
    store.overrideSelector(selectLocale, locale);
    store.overrideSelector(selectRole, options.role ?? 'secretariat');
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(CycleDetailPage);
    fixture.componentRef.setInput('cycleId', cycle.id);
    loader = TestbedHarnessEnvironment.loader(fixture);
    documentLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    page = fixture.nativeElement as HTMLElement;
    TestBed.inject(TranslocoService).setActiveLang(locale);
    await fixture.whenStable();
  }

  afterEach(() => store.resetSelectors());

  async function cells(): Promise<Record<string, string>[]> {
    const rows = await (await loader.getHarness(MatTableHarness)).getRows();
    return Promise.all(rows.map((row) => row.getCellTextByColumnName()));
  }

  /** Each term of a definition list with its definition: "Deadline: 8 Dec 2026". */
  const facts = (list: Element | null): string[] =>
    Array.from(list?.querySelectorAll('dt') ?? []).map(
      (term) => `${text(term)}: ${text(term.nextElementSibling)}`,
    );
  const stateNames = (): string[] =>
    Array.from(page.querySelectorAll('.state-name')).map((name) => text(name));
  const summaryButton = (label: RegExp): HTMLButtonElement =>
    Array.from(page.querySelectorAll<HTMLButtonElement>('app-review-summary button')).find(
      (button) => label.test(text(button)),
    )!;

  /** Each state's name with where it leads: null where it is plain text, not a link. */
  const stateLinks = (): [string, string | null][] =>
    Array.from(page.querySelectorAll('.state-name')).map((name) => [
      text(name),
      name.tagName === 'A' ? name.getAttribute('href') : null,
    ]);

  describe('for the Secretariat, in an open cycle', () => {
    beforeEach(() => render());

    it('loads the cycle of the address', () => {
      expect(dispatch).toHaveBeenCalledWith(
        CycleDetailPageActions.opened({ cycleId: OPEN_CYCLE.id }),
      );
    });

    it('shows the name, status, dates and extended deadlines', () => {
      expect(text(page.querySelector('h1'))).toBe('2026 annual report');
      expect(text(page.querySelector('.title-row app-status-chip'))).toBe('Open');
      expect(text(page.querySelector('.other-name'))).toBe('Ежегодный отчёт за 2026 год');
      expect(facts(page.querySelector('.facts'))).toEqual([
        'Period: 1 Jan 2026 – 31 Dec 2026',
        'Opens: 25 Oct 2026',
        'Deadline: 8 Dec 2026',
        'States expected: 5',
      ]);
      expect(text(page.querySelector('.extensions > span'))).toBe(
        'Extended deadlines: Kazakhstan — 20 Dec 2026',
      );
    });

    it('lists every expected state with status, completeness, dates, deadline and lateness', async () => {
      const rows = await cells();

      expect(stateNames()).toEqual(['Armenia', 'Austria', 'Czechia', 'Kazakhstan', 'Uzbekistan']);
      expect(rows.map((row) => [row['state'], row['status'], row['completeness']])).toEqual([
        ['Armenia Eastern Partnership', 'Submitted', '100%'],
        ['Austria EU member states', 'Approved', '100%'],
        ['Czechia EU member states', 'Not started', '0%'],
        ['Kazakhstan Central Asia', 'Draft', '39%'],
        ['Uzbekistan Central Asia', 'Returned', '94%'],
      ]);
      expect(rows[0]['submittedAt']).toBe('20 Nov 2026');
      expect(rows[2]['submittedAt']).toBe('');
      expect(rows.map((row) => row['deadline'].replace(/\s+/g, ' '))).toEqual([
        '8 Dec 2026',
        '8 Dec 2026',
        '8 Dec 2026 Late',
        '20 Dec 2026 extended',
        '8 Dec 2026 Late',
      ]);
      const lateIcons = await loader.getAllHarnesses(
        MatIconHarness.with({ selector: '.late-icon' }),
      );
      expect(await Promise.all(lateIcons.map((icon) => icon.getName()))).toEqual([
        'schedule',
        'schedule',
      ]);
    });

    it('leads from a started report to its review page, and from a state that has not started to its reminders', () => {
      expect(stateLinks()).toEqual([
        ['Armenia', `/reports/${OPEN_CYCLE.id}/AM/review`],
        ['Austria', `/reports/${OPEN_CYCLE.id}/AT/review`],
        ['Czechia', `/cycles/${OPEN_CYCLE.id}/states/CZ`],
        ['Kazakhstan', `/reports/${OPEN_CYCLE.id}/KZ/review`],
        ['Uzbekistan', `/reports/${OPEN_CYCLE.id}/UZ/review`],
      ]);
    });

    it('shows six columns, with region under the state and lateness under the deadline', async () => {
      const table = await loader.getHarness(MatTableHarness);
      expect(await (await table.getHeaderRows())[0].getCellTextByIndex()).toEqual([
        'State',
        'Status',
        'Complete',
        'Last change',
        'Submitted',
        'Deadline',
      ]);
    });

    it('counts the reports per status and the late ones', () => {
      expect(text(page.querySelector('app-review-summary .counts'))).toBe(
        'Not started: 1 Draft: 1 Returned: 1 Submitted: 1 Approved: 1 Late: 2',
      );
      expect(text(page.querySelector('.shown-count'))).toBe('States shown: 5 of 5');
    });

    it("shows the store's sorting, and asks the store to sort by another column", async () => {
      const sort = await loader.getHarness(MatSortHarness);
      const active = await sort.getActiveHeader();

      expect(await active?.getLabel()).toBe('State');
      expect(await active?.getSortDirection()).toBe('asc');

      const [status] = await sort.getSortHeaders({ label: 'Status' });
      await status.click();

      expect(dispatch).toHaveBeenCalledWith(
        CycleDetailPageActions.sortChanged({ sort: { column: 'status', direction: 'asc' } }),
      );
    });

    it('filters by region, status, lateness and text', async () => {
      const region = await loader.getHarness(
        MatSelectHarness.with({ selector: '.filter-region mat-select' }),
      );
      await region.open();
      await region.clickOptions({ text: 'Central Asia' });
      const status = await loader.getHarness(
        MatSelectHarness.with({ selector: '.filter-status mat-select' }),
      );
      await status.open();
      await status.clickOptions({ text: 'Returned' });
      await (await loader.getHarness(MatCheckboxHarness.with({ label: 'Late only' }))).check();
      await (
        await loader.getHarness(MatInputHarness.with({ selector: '[type="search"]' }))
      ).setValue('uz');

      const filters = dispatch.calls
        .allArgs()
        .map(([action]) => action as { type: string; filter?: ReviewFilter })
        .filter((action) => action.type === CycleDetailPageActions.filterChanged.type)
        .map((action) => action.filter);
      expect(filters).toContain({ ...NO_REVIEW_FILTER, region: 'CA' });
      expect(filters).toContain({ ...NO_REVIEW_FILTER, status: 'returned' });
      expect(filters).toContain({ ...NO_REVIEW_FILTER, lateOnly: true });
      expect(filters.at(-1)).toEqual({ ...NO_REVIEW_FILTER, text: 'uz' });
    });

    it('shows only the late states when their count is picked', async () => {
      summaryButton(/Late: 2/).click();
      await fixture.whenStable();

      expect(dispatch).toHaveBeenCalledWith(
        CycleDetailPageActions.filterChanged({ filter: { ...NO_REVIEW_FILTER, lateOnly: true } }),
      );
    });

    it('closes the cycle after warning that states can no longer edit their reports', async () => {
      await (await loader.getHarness(MatButtonHarness.with({ text: /Close cycle/ }))).click();
      const dialog = await documentLoader.getHarness(MatDialogHarness);

      expect(await dialog.getTitleText()).toBe('Close “2026 annual report”?');
      expect(await dialog.getContentText()).toContain(
        'States can no longer edit or submit their reports',
      );

      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Close cycle' }))).click();
      await fixture.whenStable();

      expect(dispatch).toHaveBeenCalledWith(
        CycleDetailPageActions.statusChangeConfirmed({ cycleId: OPEN_CYCLE.id, status: 'closed' }),
      );
    });

    it('changes nothing when the question is cancelled', async () => {
      await (await loader.getHarness(MatButtonHarness.with({ text: /Close cycle/ }))).click();
      const dialog = await documentLoader.getHarness(MatDialogHarness);
      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Cancel' }))).click();
      await fixture.whenStable();

      expect(dispatch).not.toHaveBeenCalledWith(
        jasmine.objectContaining({ type: CycleDetailPageActions.statusChangeConfirmed.type }),
      );
    });

    it("extends a state's deadline from its row, with the state chosen", async () => {
      await (
        await loader.getHarness(
          MatButtonHarness.with({ selector: '[aria-label="Extend the deadline for Kazakhstan"]' }),
        )
      ).click();
      const dialog = await documentLoader.getHarness(MatDialogHarness);
      const state = await dialog.getHarness(MatSelectHarness);

      expect(await dialog.getTitleText()).toBe('Extend the deadline for a state');
      expect(await state.getValueText()).toBe('Kazakhstan');
    });
  });

  describe('reminding overdue states', () => {
    // The cycle's deadline, 8 December 2026, has passed; Kazakhstan's own (20 December) has not.
    beforeEach(() => jasmine.clock().install().mockDate(new Date('2026-12-10T12:00:00Z')));
    afterEach(() => jasmine.clock().uninstall());

    const remindButton = () =>
      loader.getHarnessOrNull(MatButtonHarness.with({ selector: '[data-test=remind-overdue]' }));

    it('offers it for the states still to come in after their deadline, and asks first, naming them', async () => {
      await render();
      const button = await remindButton();
      expect(await button?.getText()).toContain('Remind overdue states (2)');

      await button!.click();
      const dialog = await documentLoader.getHarness(MatDialogHarness);
      expect(await dialog.getTitleText()).toBe('Remind overdue states (2)?');
      expect(await dialog.getContentText()).toContain(': Czechia, Uzbekistan.');
      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Send reminders' }))).click();
      await fixture.whenStable();

      expect(dispatch).toHaveBeenCalledWith(
        CycleDetailPageActions.remindOverdueConfirmed({ cycleId: OPEN_CYCLE.id }),
      );
    });

    it('says whom it reminded and whom it skipped, and why', async () => {
      await render({
        overdueReminders: {
          status: 'saved',
          result: { reminded: ['CZ'], skipped: [{ stateCode: 'UZ', reason: 'recently_reminded' }] },
          error: null,
        },
      });
      const outcome = page.querySelector('[data-test=overdue-outcome]');
      expect(text(outcome)).toContain('Reminders sent (1): Czechia.');
      expect(text(outcome)).toContain(
        'Not reminded, as they were reminded less than an hour ago: Uzbekistan.',
      );
    });

    it('is not offered before the deadline, in a closed cycle, or to an evaluator', async () => {
      jasmine.clock().mockDate(new Date('2026-12-08T12:00:00Z'));
      await render();
      expect(await remindButton()).toBeNull();
      TestBed.resetTestingModule();
      jasmine.clock().mockDate(new Date('2026-12-10T12:00:00Z'));
      await render({ role: 'evaluator' });
      expect(await remindButton()).toBeNull();
      TestBed.resetTestingModule();
      await render({ cycle: CLOSED_CYCLE });
      expect(await remindButton()).toBeNull();
    });
  });

  describe('for the Secretariat, in a planned cycle', () => {
    beforeEach(() => render({ cycle: PLANNED_CYCLE }));

    it('opens the cycle after saying the states will be notified', async () => {
      expect(text(page.querySelector('.hint'))).toContain('states cannot report yet');

      await (await loader.getHarness(MatButtonHarness.with({ text: /Open cycle/ }))).click();
      const dialog = await documentLoader.getHarness(MatDialogHarness);

      expect(await dialog.getContentText()).toContain('of the 5 expected states will be notified');

      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Open cycle' }))).click();
      await fixture.whenStable();

      expect(dispatch).toHaveBeenCalledWith(
        CycleDetailPageActions.statusChangeConfirmed({ cycleId: PLANNED_CYCLE.id, status: 'open' }),
      );
    });
  });

  describe('for an evaluator', () => {
    beforeEach(() => render({ role: 'evaluator' }));

    it('offers no changes, and leads to the reports themselves', async () => {
      expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /cycle|Extend/ }))).toEqual(
        [],
      );
      expect(page.querySelector('button.extend')).toBeNull();
    });

    it('links only the approved report, the one an evaluator may read', () => {
      expect(stateLinks()).toEqual([
        ['Armenia', null],
        ['Austria', `/reports/${OPEN_CYCLE.id}/AT`],
        ['Czechia', null],
        ['Kazakhstan', null],
        ['Uzbekistan', null],
      ]);
    });
  });

  describe('on a phone', () => {
    beforeEach(() => render({ narrow: true }));

    it('shows state, status and a details toggle; the rest is one tap away', async () => {
      const table = await loader.getHarness(MatTableHarness);
      const headers = await (await table.getHeaderRows())[0].getCellTextByIndex();
      expect(headers).toEqual(['State', 'Status', 'Details']);
      expect(page.querySelector('.detail')).toBeNull();

      const toggle = await loader.getHarness(
        MatButtonHarness.with({ selector: '[aria-label="Details of Czechia"]' }),
      );
      expect(await (await toggle.host()).getAttribute('aria-expanded')).toBe('false');
      await toggle.click();

      expect(await (await toggle.host()).getAttribute('aria-expanded')).toBe('true');
      expect(facts(page.querySelector('#review-detail-CZ .detail'))).toEqual([
        'Region: EU member states',
        'Complete: 0%',
        'Last change: —',
        'Submitted: —',
        'Deadline: 8 Dec 2026 Late',
      ]);
      expect(page.querySelector('#review-detail-CZ button.extend')).not.toBeNull();

      await toggle.click();
      expect(page.querySelector('.detail')).toBeNull();
    });
  });

  describe('when nothing matches the filters', () => {
    beforeEach(() => render({ filter: { ...NO_REVIEW_FILTER, text: 'atlantis' } }));

    it('says so and offers to clear them', async () => {
      expect(text(page.querySelector('.empty p'))).toBe('No state matches the filters.');
      expect(text(page.querySelector('.shown-count'))).toBe('States shown: 0 of 5');

      const clear = await loader.getAllHarnesses(MatButtonHarness.with({ text: /Clear filters/ }));
      await clear[clear.length - 1].click();

      expect(dispatch).toHaveBeenCalledWith(
        CycleDetailPageActions.filterChanged({ filter: NO_REVIEW_FILTER }),
      );
    });
  });

  describe('for a cycle that does not exist', () => {
    it('says so, without offering to try again', async () => {
      await render();
      store.overrideSelector(selectCurrentCycleStatus, 'failed');
      store.overrideSelector(selectCurrentCycleError, {
        status: 404,
        code: 'not_found',
        message: 'There is no such reporting cycle.',
        details: [],
      });
      store.refreshState();
      await fixture.whenStable();

      expect(text(page.querySelector('app-alert'))).toContain('There is no such reporting cycle');
      expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Try again' }))).toEqual(
        [],
      );
    });
  });

  describe('in Russian', () => {
    beforeEach(() =>
      render({
        locale: 'ru',
        filter: { ...NO_REVIEW_FILTER, region: 'CA' },
        sort: { column: 'status', direction: 'desc' },
      }),
    );

    it('shows the filtered list with Russian headings, names, statuses and dates', async () => {
      const table = await loader.getHarness(MatTableHarness);
      const headers = await (await table.getHeaderRows())[0].getCellTextByIndex();
      const rows = await cells();

      expect(text(page.querySelector('h1'))).toBe('Ежегодный отчёт за 2026 год');
      expect(headers).toEqual([
        'Государство',
        'Статус',
        'Заполнено',
        'Последнее изменение',
        'Представлен',
        'Срок',
      ]);
      expect(stateNames()).toEqual(['Узбекистан', 'Казахстан']);
      expect(rows.map((row) => [row['state'], row['status']])).toEqual([
        ['Узбекистан Центральная Азия', 'Возвращён'],
        ['Казахстан Центральная Азия', 'Черновик'],
      ]);
      expect(rows[0]['deadline'].replace(/\s+/g, ' ')).toBe('8 дек. 2026 г. Просрочен');
      expect(rows[1]['deadline']).toContain('20 дек. 2026 г. продлён');
      expect(text(page.querySelector('.shown-count'))).toBe('Показано государств: 2 из 5');
      expect(
        await (
          await loader.getHarness(MatButtonHarness.with({ text: /Закрыть цикл/ }))
        ).isDisabled(),
      ).toBeFalse();
    });
  });
});
