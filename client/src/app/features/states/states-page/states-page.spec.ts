import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatSlideToggleHarness } from '@angular/material/slide-toggle/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { TranslocoService } from '@jsverse/transloco';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { Locale, Role } from '@ppm/shared';

import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import { provideScreen } from '../../../../testing/screen-testing';
import { selectLocale } from '../../../core/i18n';
import { selectRole } from '../../../core/session';
import {
  NO_STATES_FILTER,
  type StatesFilter,
  StatesPageActions,
  selectAllStates,
  selectBusyCodes,
  selectIsFiltered,
  selectRegionViews,
  selectStateRows,
  selectStatesFilter,
  selectStatesStatus,
  toRegionViews,
  toStateRows,
} from '../data-access';
import { REGIONS, STATES } from '../data-access/testing/states-fixture';
import { StatesPage } from './states-page';

describe('StatesPage', () => {
  let fixture: ComponentFixture<StatesPage>;
  let loader: HarnessLoader;
  let documentLoader: HarnessLoader;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let page: HTMLElement;

  const text = (element: Element | null | undefined): string =>
    element?.textContent.replace(/\s+/g, ' ').trim() ?? '';

  async function render(
    options: {
      role?: Role;
      locale?: Locale;
      filter?: StatesFilter;
      busy?: string[];
      phone?: boolean;
    } = {},
  ): Promise<void> {
    const locale = options.locale ?? 'en';
    const filter = options.filter ?? NO_STATES_FILTER;
    TestBed.configureTestingModule({
      providers: [
        provideScreen(options.phone ?? false),
        provideMockStore(),
        provideTranslocoForTests(locale),
        provideIconsForTests(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectStatesStatus, 'loaded');
    store.overrideSelector(selectStateRows, toStateRows(STATES, REGIONS, filter, locale));
    store.overrideSelector(selectRegionViews, toRegionViews(REGIONS, STATES, locale));
    store.overrideSelector(selectAllStates, STATES);
    store.overrideSelector(selectStatesFilter, filter);
    store.overrideSelector(selectIsFiltered, selectIsFiltered.projector(filter));
    store.overrideSelector(selectBusyCodes, options.busy ?? []);
    store.overrideSelector(selectRole, options.role ?? 'evaluator');
    store.overrideSelector(selectLocale, locale);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(StatesPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    documentLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    page = fixture.nativeElement as HTMLElement;
    TestBed.inject(TranslocoService).setActiveLang(locale);
    await fixture.whenStable();
  }

  afterEach(() => store.resetSelectors());

  /** Each row's state name, and the name in the other language beneath it. */
  const names = (): string[][] =>
    Array.from(page.querySelectorAll('tr.mat-mdc-row')).map((row) => [
      text(row.querySelector('.state-name')),
      text(row.querySelector('.state-other')),
    ]);

  async function tableCells(): Promise<Record<string, string>[]> {
    const rows = await (await loader.getHarness(MatTableHarness)).getRows();
    return Promise.all(rows.map((row) => row.getCellTextByColumnName()));
  }

  describe('on a phone', () => {
    it('shows name and status, with code and region under the name', async () => {
      await render({ role: 'evaluator', phone: true });
      const cells = await tableCells();

      expect(Object.keys(cells[0] ?? {})).toEqual(['name', 'active']);
      expect(Array.from(page.querySelectorAll('.row-meta')).map(text).slice(0, 2)).toEqual([
        'AM · Eastern Partnership',
        'AT · EU member states',
      ]);
    });

    it('gives the Secretariat the region select under the name', async () => {
      await render({ role: 'secretariat', phone: true });

      const selects = await loader.getAllHarnesses(
        MatSelectHarness.with({ selector: '.region-select mat-select' }),
      );
      expect(selects.length).toBe(5);
      expect(await selects[0]?.getValueText()).toBe('Eastern Partnership');
    });
  });

  describe('for someone who may only look', () => {
    beforeEach(() => render({ role: 'evaluator' }));

    it('loads the states when it opens', () => {
      expect(dispatch).toHaveBeenCalledWith(StatesPageActions.opened());
    });

    it('lists the states by name, with code, region and whether they are active', async () => {
      const cells = await tableCells();

      expect(cells.map((row) => [row['code'], row['region'], row['active']])).toEqual([
        ['AM', 'Eastern Partnership', 'Active'],
        ['AT', 'EU member states', 'Active'],
        ['KZ', 'Central Asia', 'Inactive'],
        ['TR', 'Türkiye', 'Active'],
        ['UZ', 'Central Asia', 'Active'],
      ]);
      expect(names()).toEqual([
        ['Armenia', 'Армения'],
        ['Austria', 'Австрия'],
        ['Kazakhstan', 'Казахстан'],
        ['Türkiye', 'Турция'],
        ['Uzbekistan', 'Узбекистан'],
      ]);
      expect(text(page.querySelector('.count'))).toBe('States shown: 5 of 5');
    });

    it('names the table’s scrolling frame, which the keyboard reaches while it overflows', () => {
      const frame = page.querySelector('.table-scroll');
      // ScrollRegion makes it a tab stop while its content is wider (its own spec).
      expect(frame?.hasAttribute('appScrollRegion')).toBeTrue();
      expect(frame?.getAttribute('role')).toBe('region');
      expect(frame?.getAttribute('aria-label')).toBe(
        'States, with their code, region and whether they take part in new cycles',
      );
    });

    it('offers no changes', async () => {
      expect(await loader.getAllHarnesses(MatSlideToggleHarness)).toEqual([]);
      expect(
        await loader.getAllHarnesses(MatButtonHarness.with({ text: /Add region|Rename/ })),
      ).toEqual([]);
    });

    it('filters by region and by text', async () => {
      const regionFilter = await loader.getHarness(
        MatSelectHarness.with({ selector: '.filter-region mat-select' }),
      );
      await regionFilter.open();
      await regionFilter.clickOptions({ text: 'Central Asia' });
      const search = await loader.getHarness(MatInputHarness.with({ selector: '[type="search"]' }));
      await search.setValue('kaz');

      expect(dispatch).toHaveBeenCalledWith(
        StatesPageActions.filterChanged({ filter: { region: 'CA', text: '' } }),
      );
      expect(dispatch).toHaveBeenCalledWith(
        StatesPageActions.filterChanged({ filter: { region: null, text: 'kaz' } }),
      );
    });

    it('shows the regions with their state counts', () => {
      const centralAsia = page.querySelectorAll('.region')[2];
      const parts = ['.code', '.name', '.other', '.count'].map((part) =>
        text(centralAsia.querySelector(part)),
      );

      expect(parts).toEqual(['CA', 'Central Asia', 'Центральная Азия', 'States: 2 (1 active)']);
    });
  });

  describe('when nothing matches the filters', () => {
    beforeEach(() => render({ filter: { region: null, text: 'atlantis' } }));

    it('says so and offers to clear them', async () => {
      expect(text(page.querySelector('.empty'))).toBe('No state matches the filters.');

      await (await loader.getHarness(MatButtonHarness.with({ text: /Clear filters/ }))).click();

      expect(dispatch).toHaveBeenCalledWith(
        StatesPageActions.filterChanged({ filter: NO_STATES_FILTER }),
      );
    });
  });

  describe('for the Secretariat', () => {
    beforeEach(() => render({ role: 'secretariat' }));

    it('asks before deactivating a state, since inactive states leave new cycles', async () => {
      const austria = await loader.getHarness(
        MatSlideToggleHarness.with({
          selector: '.mat-mdc-slide-toggle:has([aria-label="Austria takes part in new cycles"])',
        }),
      );
      await austria.toggle();
      const dialog = await documentLoader.getHarness(MatDialogHarness);

      expect(await dialog.getTitleText()).toBe('Deactivate Austria?');
      expect(await dialog.getContentText()).toContain('Inactive states leave new cycles');
      // Unchanged until the server has saved it.
      expect(await austria.isChecked()).toBeTrue();

      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Deactivate' }))).click();
      await fixture.whenStable();

      expect(dispatch).toHaveBeenCalledWith(
        StatesPageActions.activeChangeConfirmed({ code: 'AT', active: false }),
      );
    });

    it('keeps the state active when the question is cancelled', async () => {
      const austria = await loader.getHarness(
        MatSlideToggleHarness.with({
          selector: '.mat-mdc-slide-toggle:has([aria-label="Austria takes part in new cycles"])',
        }),
      );
      await austria.toggle();
      const dialog = await documentLoader.getHarness(MatDialogHarness);
      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Cancel' }))).click();
      await fixture.whenStable();

      expect(await austria.isChecked()).toBeTrue();
      expect(dispatch).not.toHaveBeenCalledWith(
        jasmine.objectContaining({ type: StatesPageActions.activeChangeConfirmed.type }),
      );
    });

    it('activates a state without asking', async () => {
      const kazakhstan = await loader.getHarness(
        MatSlideToggleHarness.with({
          selector: '.mat-mdc-slide-toggle:has([aria-label="Kazakhstan takes part in new cycles"])',
        }),
      );
      await kazakhstan.toggle();

      expect(dispatch).toHaveBeenCalledWith(
        StatesPageActions.activeChangeConfirmed({ code: 'KZ', active: true }),
      );
      expect(await documentLoader.getAllHarnesses(MatDialogHarness)).toEqual([]);
    });

    it('moves a state to another region', async () => {
      const armenia = await loader.getHarness(
        MatSelectHarness.with({ selector: '[aria-label="Region of Armenia"]' }),
      );
      await armenia.open();
      await armenia.clickOptions({ text: 'Central Asia' });

      expect(dispatch).toHaveBeenCalledWith(
        StatesPageActions.regionChosen({ code: 'AM', region: 'CA' }),
      );
    });

    it('opens the region dialog to add or rename a region', async () => {
      await (await loader.getHarness(MatButtonHarness.with({ selector: '.add-region' }))).click();
      const dialog = await documentLoader.getHarness(MatDialogHarness);

      expect(await dialog.getTitleText()).toBe('New region');
      await dialog.close();

      const rename = await loader.getHarness(
        MatButtonHarness.with({ selector: '[aria-label="Rename region Eastern Partnership"]' }),
      );
      await rename.click();

      expect(await (await documentLoader.getHarness(MatDialogHarness)).getTitleText()).toBe(
        'Rename region EAP',
      );
    });
  });

  describe('while a state is being saved', () => {
    beforeEach(() => render({ role: 'secretariat', busy: ['AT'] }));

    it('locks that row only', async () => {
      const toggles = await loader.getAllHarnesses(MatSlideToggleHarness);
      const disabled = await Promise.all(toggles.map((toggle) => toggle.isDisabled()));

      expect(disabled).toEqual([false, true, false, false, false]);
    });
  });

  describe('in Russian', () => {
    beforeEach(() => render({ role: 'secretariat', locale: 'ru' }));

    it('names the columns, states and regions in Russian, sorted the Russian way', async () => {
      const table = await loader.getHarness(MatTableHarness);
      const headers = await (await table.getHeaderRows())[0].getCellTextByIndex();
      const cells = await tableCells();

      expect(text(page.querySelector('h1'))).toBe('Государства и регионы');
      expect(headers).toEqual(['Государство', 'Код', 'Регион', 'В новых циклах']);
      expect(names()).toEqual([
        ['Австрия', 'Austria'],
        ['Армения', 'Armenia'],
        ['Казахстан', 'Kazakhstan'],
        ['Турция', 'Türkiye'],
        ['Узбекистан', 'Uzbekistan'],
      ]);
      expect(cells[2]['active']).toBe('Неактивно');
      expect(text(page.querySelector('.count'))).toBe('Показано государств: 5 из 5');
    });
  });
});
