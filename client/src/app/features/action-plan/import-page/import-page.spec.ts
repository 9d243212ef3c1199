import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatChipSetHarness } from '@angular/material/chips/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatIconHarness } from '@angular/material/icon/testing';
import { MatProgressBarHarness } from '@angular/material/progress-bar/testing';
import { MatSlideToggleHarness } from '@angular/material/slide-toggle/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideRouter } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { ImportPreview, Locale } from '@ppm/shared';

import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import type { ApiError } from '../../../core/http';
import { selectLocale } from '../../../core/i18n';
import {
  ImportPageActions,
  type ImportStatus,
  selectCanApply,
  selectImportError,
  selectImportFileName,
  selectImportPreview,
  selectImportProgress,
  selectImportStatus,
  selectImportSummary,
  selectPlanView,
  toPlanView,
} from '../data-access';
import { badPreview, goodPreview, planFixture } from '../data-access/testing/plan-fixture';
import { ImportPage } from './import-page';

interface Scenario {
  status?: ImportStatus;
  progress?: number | null;
  preview?: ImportPreview | null;
  error?: ApiError | null;
  locale?: Locale;
}

describe('ImportPage', () => {
  let fixture: ComponentFixture<ImportPage>;
  let loader: HarnessLoader;
  let documentLoader: HarnessLoader;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let page: HTMLElement;

  const text = (element: Element | null | undefined): string =>
    element?.textContent.replace(/\s+/g, ' ').trim() ?? '';

  async function render(scenario: Scenario = {}): Promise<void> {
    const locale = scenario.locale ?? 'en';
    const preview = scenario.preview ?? null;
    TestBed.configureTestingModule({
      providers: [
        provideMockStore(),
        provideTranslocoForTests(locale),
        provideIconsForTests(),
        provideRouter([]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectImportStatus, scenario.status ?? (preview ? 'previewed' : 'idle'));
    store.overrideSelector(selectImportProgress, scenario.progress ?? null);
    store.overrideSelector(selectImportFileName, preview || scenario.status ? 'actions.csv' : null);
    store.overrideSelector(selectImportPreview, preview);
    store.overrideSelector(
      selectImportSummary,
      preview ? selectImportSummary.projector(preview) : null,
    );
    store.overrideSelector(
      selectCanApply,
      selectCanApply.projector(preview, scenario.status ?? 'previewed'),
    );
    store.overrideSelector(selectImportError, scenario.error ?? null);
    store.overrideSelector(selectLocale, locale);
    store.overrideSelector(selectPlanView, toPlanView(planFixture(), locale));
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(ImportPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    documentLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  afterEach(() => store.resetSelectors());

  /** Picks a file through the (hidden) file input, as the "Choose a file" button does. */
  async function pick(file: File): Promise<void> {
    const input = page.querySelector<HTMLInputElement>('input[type="file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  describe('before a file is chosen', () => {
    beforeEach(() => render());

    it('explains what to do first, step by step', () => {
      expect(Array.from(page.querySelectorAll('.step-list li')).map(text)).toEqual([
        'Download the template. It lists the actions in force with their codes and both titles.',
        jasmine.stringMatching(/^Edit it in Excel/),
        jasmine.stringMatching(/^Upload the file\./),
      ]);
      expect(dispatch).toHaveBeenCalledWith(ImportPageActions.opened());
    });

    it('offers the template as Excel and CSV downloads', async () => {
      const links = Array.from(page.querySelectorAll<HTMLAnchorElement>('.template-links a'));
      const icons = await loader.getAllHarnesses(
        MatIconHarness.with({ ancestor: '.template-links a' }),
      );

      expect(links.map((link) => [text(link), link.getAttribute('href')])).toEqual([
        ['Download template (Excel)', '/api/v1/action-plan/import/template?format=xlsx'],
        ['Download template (CSV)', '/api/v1/action-plan/import/template?format=csv'],
      ]);
      expect(links.every((link) => link.hasAttribute('download'))).toBeTrue();
      expect(await Promise.all(icons.map((icon) => icon.getName()))).toEqual([
        'download',
        'download',
      ]);
    });

    it('offers a button to choose the file, and a zone to drop it', async () => {
      expect(
        await loader.getHarness(MatButtonHarness.with({ text: 'Choose a file' })),
      ).toBeTruthy();
      expect(text(page.querySelector('.zone'))).toContain('or drop an .xlsx or .csv file here');
    });

    it('uploads a chosen spreadsheet', async () => {
      await pick(new File(['area,action code'], 'actions.csv', { type: 'text/csv' }));

      expect(dispatch).toHaveBeenCalledWith(
        ImportPageActions.fileChosen({ file: { id: 'file-1', name: 'actions.csv', size: 16 } }),
      );
    });

    it('turns away a file that is not a spreadsheet, saying why', async () => {
      await pick(new File(['hello'], 'notes.txt', { type: 'text/plain' }));

      expect(text(page.querySelector('.rejected .alert-text'))).toBe(
        '“notes.txt” is not an .xlsx or .csv file.',
      );
      expect(dispatch).not.toHaveBeenCalledWith(
        jasmine.objectContaining({ type: ImportPageActions.fileChosen.type }),
      );
    });

    it('takes a file dropped on the zone', async () => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['x'], 'plan.xlsx'));
      page.querySelector('.zone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer }));
      await fixture.whenStable();

      expect(dispatch).toHaveBeenCalledWith(
        ImportPageActions.fileChosen({ file: { id: 'file-1', name: 'plan.xlsx', size: 1 } }),
      );
    });
  });

  describe('while the file uploads', () => {
    it('shows how far it is', async () => {
      await render({ status: 'uploading', progress: 40 });
      const bar = await loader.getHarness(MatProgressBarHarness);

      expect(text(page.querySelector('.progress-text'))).toBe('Uploading actions.csv: 40%');
      expect(await bar.getValue()).toBe(40);
      expect(await bar.getMode()).toBe('determinate');
    });

    it('says the file is being checked once it is all sent', async () => {
      await render({ status: 'uploading', progress: 100 });

      expect(text(page.querySelector('.progress-text'))).toBe('Checking actions.csv…');
      expect(await (await loader.getHarness(MatProgressBarHarness)).getMode()).toBe(
        'indeterminate',
      );
    });
  });

  describe('with a file that has errors', () => {
    beforeEach(() => render({ preview: badPreview() }));

    it('sums up what it would change', async () => {
      const chips = await (await loader.getHarness(MatChipSetHarness)).getChips();

      expect(await Promise.all(chips.map((chip) => chip.getText()))).toEqual([
        'Added: 0',
        'Retired: 1',
        'Retitled: 1',
        'Restored: 0',
        'Unchanged: 0',
      ]);
    });

    it('lists the problems of the file as a whole', () => {
      expect(text(page.querySelector('.file-errors'))).toContain(
        'Area 3 has no actions in the file; every area needs at least one.',
      );
    });

    it('shows the rows with errors first, each problem explained', async () => {
      const table = await loader.getHarness(MatTableHarness);
      const cells = await Promise.all(
        (await table.getRows()).map((row) => row.getCellTextByColumnName()),
      );

      expect(cells.map((row) => [row['row'], row['code']])).toEqual([
        ['3', '2.1'],
        ['4', '7.1'],
      ]);
      expect(cells[0]['problems']).toContain(
        'Action 2.1 does not belong to area 1: its code must start with “1.”.',
      );
      expect(cells[1]['problems']).toContain('There is no area 7 in the action plan.');
      expect(cells[1]['problems']).toContain('The English title is missing.');
    });

    it('shows every row on request, the ones with errors marked', async () => {
      await (
        await loader.getHarness(MatSlideToggleHarness.with({ label: 'Only rows with errors' }))
      ).uncheck();
      const table = await loader.getHarness(MatTableHarness);
      const cells = await Promise.all(
        (await table.getRows()).map((row) => row.getCellTextByColumnName()),
      );

      expect(cells.map((row) => row['row'])).toEqual(['2', '3', '4']);
      expect(cells[0]['problems']).toContain('OK');
      expect(Array.from(page.querySelectorAll('tr.row-error .row-number')).map(text)).toEqual([
        '3',
        '4',
      ]);
    });

    it('folds the lists of changes, which matter less than the errors', () => {
      const lists = Array.from(page.querySelectorAll('details.changes'));

      expect(lists.length).toBe(2);
      expect(lists.every((list) => !list.hasAttribute('open'))).toBeTrue();
    });

    it('names the actions it would retire and retitle', () => {
      const retired = page.querySelector('[aria-labelledby="removed-heading"] li');
      const retitled = page.querySelector('.retitled');

      expect(Array.from(retired?.children ?? []).map(text)).toEqual(['1.2', 'Action 1.2']);
      expect(text(retitled?.querySelector('.code'))).toBe('1.1');
      expect(text(retitled?.querySelector('.before'))).toBe('Now: Action 1.1');
      expect(text(retitled?.querySelector('.after'))).toBe('From the file: Title one');
    });

    it('cannot be applied', async () => {
      expect(text(page.querySelector('.verdict'))).toContain('The file cannot be applied');
      expect(
        await (await loader.getHarness(MatButtonHarness.with({ selector: '.apply' }))).isDisabled(),
      ).toBeTrue();
    });

    it('lets another file be chosen', async () => {
      await (
        await loader.getHarness(MatButtonHarness.with({ text: /Choose another file/ }))
      ).click();

      expect(dispatch).toHaveBeenCalledWith(ImportPageActions.previewDiscarded());
    });
  });

  describe('with a valid file', () => {
    beforeEach(() => render({ preview: goodPreview() }));

    it('shows the changes first, and folds the rows, which are all fine', () => {
      const changes = Array.from(page.querySelectorAll('details.changes'));

      expect(changes.map((list) => list.hasAttribute('open'))).toEqual([true, true]);
      expect(text(changes[0]?.querySelector('summary'))).toBe('Will be retired (2)');
      expect(page.querySelector('details.rows')?.hasAttribute('open')).toBeFalse();
      expect(text(page.querySelector('details.rows summary'))).toBe('Rows of the file (2)');
    });

    it('applies it after a confirmation that sums up the change', async () => {
      await (await loader.getHarness(MatButtonHarness.with({ selector: '.apply' }))).click();
      const dialog = await documentLoader.getHarness(MatDialogHarness);

      expect(await dialog.getTitleText()).toBe('Apply the imported list?');
      expect(await dialog.getContentText()).toContain(
        'New actions: 1. New titles: 1. Restored actions: 0. Retired actions: 2.',
      );
      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Apply' }))).click();
      await fixture.whenStable();

      expect(dispatch).toHaveBeenCalledWith(
        ImportPageActions.applyConfirmed({ previewId: goodPreview().previewId, version: 3 }),
      );
    });

    it('applies nothing when the confirmation is cancelled', async () => {
      await (await loader.getHarness(MatButtonHarness.with({ selector: '.apply' }))).click();
      const dialog = await documentLoader.getHarness(MatDialogHarness);
      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Cancel' }))).click();
      await fixture.whenStable();

      expect(dispatch).not.toHaveBeenCalledWith(
        jasmine.objectContaining({ type: ImportPageActions.applyConfirmed.type }),
      );
    });
  });

  describe('when the plan changed after the preview', () => {
    it('says the file must be uploaded again', async () => {
      await render({
        status: 'failed',
        preview: goodPreview(),
        error: { status: 409, code: 'stale_version', message: 'changed', details: [] },
      });

      expect(text(page.querySelector('.failure .alert-text'))).toBe(
        'The import was not applied. Someone changed the plan after this preview. Upload the file again to see what it would change now.',
      );
    });
  });

  describe('when the server cannot read the file', () => {
    it('says why, in words a person can act on', async () => {
      await render({
        status: 'failed',
        error: {
          status: 400,
          code: 'unreadable_file',
          message:
            'Old Excel files (.xls) cannot be read. Save the file as Excel Workbook (.xlsx) or CSV UTF-8.',
          details: [],
        },
      });

      expect(text(page.querySelector('.failure'))).toContain(
        'Old Excel files (.xls) cannot be read.',
      );
      expect(
        await loader.getHarness(MatButtonHarness.with({ text: 'Choose a file' })),
      ).toBeTruthy();
    });
  });

  describe('in Russian', () => {
    beforeEach(async () => {
      await render({ preview: badPreview(), locale: 'ru' });
      TestBed.inject(TranslocoService).setActiveLang('ru');
      await fixture.whenStable();
    });

    it('shows the summary and every problem in Russian', async () => {
      const chips = await (await loader.getHarness(MatChipSetHarness)).getChips();
      const rows = await (await loader.getHarness(MatTableHarness)).getRows();
      const row4 = await rows[1].getCellTextByColumnName();

      expect(text(page.querySelector('h1'))).toBe('Импорт действий');
      expect(await chips[1].getText()).toBe('Будет выведено: 1');
      expect(text(page.querySelector('.file-errors'))).toContain(
        'Для области 3 в файле нет действий; в каждой области должно быть хотя бы одно.',
      );
      expect(row4['problems']).toContain('В плане действий нет области 7.');
      expect(row4['problems']).toContain('Нет названия на английском.');
      expect(text(page.querySelector('.verdict'))).toContain('Файл нельзя применить');
    });
  });
});
