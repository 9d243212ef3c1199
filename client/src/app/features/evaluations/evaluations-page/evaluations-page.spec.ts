import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { provideRouter } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { Locale } from '@ppm/shared';

import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import { selectLocale } from '../../../core/i18n';
import {
  type EvaluationRow,
  EvaluationsPageActions,
  type LoadStatus,
  NewEvaluationDialogActions,
  selectAllEvaluations,
  selectCycles,
  selectEvaluationRows,
  selectEvaluationsStatus,
  selectNewEvaluationError,
  selectNewEvaluationStatus,
  selectPlan,
  selectRegions,
  selectStates,
  toEvaluationRows,
} from '../data-access';
import {
  CYCLES,
  EVALUATION,
  PLAN,
  REGIONS,
  STATES,
} from '../data-access/testing/evaluations-fixture';
import { EvaluationsPage } from './evaluations-page';

describe('EvaluationsPage', () => {
  let fixture: ComponentFixture<EvaluationsPage>;
  let loader: HarnessLoader;
  let documentLoader: HarnessLoader;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let page: HTMLElement;

  const text = (element: Element | null | undefined): string =>
    element?.textContent.replace(/\s+/g, ' ').trim() ?? '';

  async function render(
    options: { locale?: Locale; rows?: EvaluationRow[]; status?: LoadStatus } = {},
  ): Promise<void> {
    const locale = options.locale ?? 'en';
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore(),
        provideTranslocoForTests(locale),
        provideIconsForTests(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectEvaluationsStatus, options.status ?? 'loaded');
    store.overrideSelector(
      selectEvaluationRows,
      options.rows ??
        toEvaluationRows(
          [
            EVALUATION,
            {
              ...EVALUATION,
              id: 'e0',
              finalVersions: [{ number: 1, finalizedAt: 'x', finalizedBy: EVALUATION.createdBy }],
            },
          ],
          CYCLES,
          locale,
        ),
    );
    store.overrideSelector(selectLocale, locale);
    store.overrideSelector(selectNewEvaluationStatus, 'idle');
    store.overrideSelector(selectNewEvaluationError, null);
    store.overrideSelector(selectCycles, CYCLES);
    store.overrideSelector(selectPlan, PLAN);
    store.overrideSelector(selectStates, STATES);
    store.overrideSelector(selectRegions, REGIONS);
    store.overrideSelector(selectAllEvaluations, [EVALUATION]);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(EvaluationsPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    documentLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    page = fixture.nativeElement as HTMLElement;
    TestBed.inject(TranslocoService).setActiveLang(locale);
    await fixture.whenStable();
  }

  afterEach(() => store.resetSelectors());

  describe('with evaluations', () => {
    beforeEach(() => render());

    it('loads the evaluations when it opens', () => {
      expect(dispatch).toHaveBeenCalledWith(EvaluationsPageActions.opened());
    });

    it('lists each with a link, its cycles, version and whether it was finalised', () => {
      const items = Array.from(page.querySelectorAll('.item'));

      expect(items.map((item) => text(item.querySelector('h2')))).toEqual([
        'Mid-term evaluation 2026',
        'Mid-term evaluation 2026',
      ]);
      expect(items[0].querySelector('a')?.getAttribute('href')).toBe('/evaluations/e1');
      expect(text(items[0].querySelector('.status'))).toBe('Draft');
      expect(text(items[1].querySelector('.status'))).toBe('Final version 1');
      expect(Array.from(items[0].querySelectorAll('.meta span')).map((span) => text(span))).toEqual(
        ['Cycles: 2025 annual report, 2026 annual report', 'Version 4', 'Changed 30 Nov 2026'],
      );
    });

    it('starts a new evaluation in a dialog', async () => {
      await (await loader.getHarness(MatButtonHarness.with({ text: /New evaluation/ }))).click();
      const dialog = await documentLoader.getHarness(MatDialogHarness);

      expect(await dialog.getTitleText()).toBe('New evaluation');
    });

    it('holds back a dialog without a title or cycle', async () => {
      await (await loader.getHarness(MatButtonHarness.with({ text: /New evaluation/ }))).click();
      const dialog = await documentLoader.getHarness(MatDialogHarness);
      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Create' }))).click();

      expect(dispatch).not.toHaveBeenCalledWith(
        jasmine.objectContaining({ type: NewEvaluationDialogActions.createSubmitted.type }),
      );
      expect(text(document.querySelector('mat-dialog-container'))).toContain(
        'Choose at least one cycle.',
      );
    });
  });

  describe('without evaluations, in Russian', () => {
    beforeEach(() => render({ rows: [], locale: 'ru' }));

    it('says what to do next', async () => {
      expect(text(page.querySelector('.empty-title'))).toBe('Оценок пока нет');
      expect(
        await loader.getAllHarnesses(MatButtonHarness.with({ text: /Начать оценку/ })),
      ).toHaveSize(1);
    });
  });

  it('offers to try again when the list could not be loaded', async () => {
    await render({ status: 'failed' });
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Try again' }))).click();

    expect(dispatch.calls.allArgs()).toEqual([
      [EvaluationsPageActions.opened()],
      [EvaluationsPageActions.opened()],
    ]);
  });
});
