import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { TranslocoService } from '@jsverse/transloco';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { Locale } from '@ppm/shared';

import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import {
  ActionDialogActions,
  selectIsStale,
  selectSaveError,
  selectSaveStatus,
  toPlanView,
} from '../data-access';
import { planFixture } from '../data-access/testing/plan-fixture';
import { ActionDialog, type ActionDialogData } from './action-dialog';

@Component({
  selector: 'app-action-dialog-host',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly dialog = inject(MatDialog);
}

describe('ActionDialog', () => {
  let fixture: ComponentFixture<Host>;
  let loader: HarnessLoader;
  let store: MockStore;
  let dispatch: jasmine.Spy;

  async function open(data: ActionDialogData, lang: Locale = 'en'): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore(),
        provideTranslocoForTests(lang),
        provideIconsForTests(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectSaveStatus, 'idle');
    store.overrideSelector(selectSaveError, null);
    store.overrideSelector(selectIsStale, false);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(Host);
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    TestBed.inject(TranslocoService).setActiveLang(lang);
    fixture.componentInstance.dialog.open(ActionDialog, { data });
    await fixture.whenStable();
  }

  afterEach(() => store.resetSelectors());

  async function field(label: string): Promise<MatInputHarness> {
    const formField = await loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: label }),
    );
    return (await formField.getControl(MatInputHarness))!;
  }

  describe('adding an action', () => {
    beforeEach(() => open({ mode: 'add', areaCode: '4', version: 3 }));

    it('explains how the new action gets its code', async () => {
      const dialog = await loader.getHarness(MatDialogHarness);

      expect(await dialog.getTitleText()).toBe('New action in area 4');
      expect(await dialog.getContentText()).toContain(
        'codes of retired actions are never given out again',
      );
    });

    it('sends both titles with the version', async () => {
      await (await field('Title (English)')).setValue('Share integration data');
      await (await field('Title (Russian)')).setValue('Обмен данными об интеграции');
      await (await loader.getHarness(MatButtonHarness.with({ text: 'Add action' }))).click();

      expect(dispatch).toHaveBeenCalledWith(
        ActionDialogActions.addSubmitted({
          areaCode: '4',
          version: 3,
          title: { en: 'Share integration data', ru: 'Обмен данными об интеграции' },
        }),
      );
    });

    it('asks for both languages', async () => {
      await (await field('Title (English)')).setValue('Only English');
      await (await loader.getHarness(MatButtonHarness.with({ text: 'Add action' }))).click();

      const russian = await loader.getHarness(
        MatFormFieldHarness.with({ floatingLabelText: 'Title (Russian)' }),
      );
      expect(await russian.getTextErrors()).toEqual(['Enter this text']);
      expect(dispatch).not.toHaveBeenCalledWith(
        jasmine.objectContaining({ type: ActionDialogActions.addSubmitted.type }),
      );
    });
  });

  describe('renaming an action, in Russian', () => {
    const action = toPlanView(planFixture(), 'ru')!.areas[0].actions[1];

    beforeEach(() => open({ mode: 'rename', action, version: 3 }, 'ru'));

    it('starts from the current titles and sends the new ones', async () => {
      const dialog = await loader.getHarness(MatDialogHarness);
      expect(await dialog.getTitleText()).toBe('Переименовать действие 1.2');
      expect(await (await field('Название (русский)')).getValue()).toBe('Действие 1.2');

      await (await field('Название (русский)')).setValue('Новое название');
      await (await loader.getHarness(MatButtonHarness.with({ text: 'Сохранить' }))).click();

      expect(dispatch).toHaveBeenCalledWith(
        ActionDialogActions.renameSubmitted({
          actionCode: '1.2',
          version: 3,
          title: { en: 'Action 1.2', ru: 'Новое название' },
        }),
      );
    });
  });
});
