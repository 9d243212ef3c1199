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
import { MockStore, provideMockStore } from '@ngrx/store/testing';

import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import type { ApiError } from '../../../core/http';
import {
  ActionPlanPageActions,
  AreaDialogActions,
  type SaveStatus,
  selectIsStale,
  selectSaveError,
  selectSaveStatus,
  toPlanView,
} from '../data-access';
import { planFixture } from '../data-access/testing/plan-fixture';
import { AreaDialog, type AreaDialogData } from './area-dialog';

@Component({
  selector: 'app-area-dialog-host',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly dialog = inject(MatDialog);
}

describe('AreaDialog', () => {
  let fixture: ComponentFixture<Host>;
  let loader: HarnessLoader;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let closed: boolean | undefined | null;

  const area = toPlanView(planFixture(), 'en')!.areas[1];

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore(),
        provideTranslocoForTests('en'),
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
    closed = null;
    fixture.componentInstance.dialog
      .open<AreaDialog, AreaDialogData, boolean>(AreaDialog, { data: { area, version: 3 } })
      .afterClosed()
      .subscribe((result) => (closed = result));
    await fixture.whenStable();
  });

  afterEach(() => store.resetSelectors());

  async function field(label: string): Promise<MatInputHarness> {
    const formField = await loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: label }),
    );
    return (await formField.getControl(MatInputHarness))!;
  }

  async function answer(status: SaveStatus, error: ApiError | null, stale = false): Promise<void> {
    store.overrideSelector(selectSaveStatus, status);
    store.overrideSelector(selectSaveError, error);
    store.overrideSelector(selectIsStale, stale);
    store.refreshState();
    await fixture.whenStable();
  }

  it('starts from the titles in both languages', async () => {
    expect(await (await field('Title (English)')).getValue()).toBe(
      'Readmission, voluntary return and sustainable reintegration',
    );
    expect(await (await field('Short title (Russian)')).getValue()).toBe(
      'Возвращение и реинтеграция',
    );
    expect(dispatch).toHaveBeenCalledWith(AreaDialogActions.opened());
  });

  it('sends the trimmed titles with the version the page showed', async () => {
    await (await field('Short title (English)')).setValue('  Return  ');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Save' }))).click();

    expect(dispatch).toHaveBeenCalledWith(
      AreaDialogActions.submitted({
        areaCode: '2',
        version: 3,
        changes: {
          title: area.titles.title,
          shortTitle: { en: 'Return', ru: 'Возвращение и реинтеграция' },
        },
      }),
    );
  });

  it('refuses an empty title before asking the server', async () => {
    await (await field('Title (Russian)')).setValue('');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Save' }))).click();

    const formField = await loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: 'Title (Russian)' }),
    );
    expect(await formField.getTextErrors()).toEqual(['Enter this text']);
    expect(dispatch).not.toHaveBeenCalledWith(
      jasmine.objectContaining({ type: AreaDialogActions.submitted.type }),
    );
  });

  it('puts the server’s complaint on the field it is about', async () => {
    await (await field('Short title (English)')).setValue('Return');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Save' }))).click();
    await answer('failed', {
      status: 400,
      code: 'validation_failed',
      message: 'The request is not valid.',
      details: [{ path: 'shortTitle.en', message: 'must be at most 500 characters long' }],
    });

    const formField = await loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: 'Short title (English)' }),
    );
    expect(await formField.getTextErrors()).toEqual(['Use at most 500 characters']);
  });

  it('closes once the server saved the titles', async () => {
    await answer('saved', null);

    expect(closed).toBeTrue();
  });

  describe('when someone else changed the plan first', () => {
    beforeEach(() =>
      answer(
        'failed',
        { status: 409, code: 'stale_version', message: 'changed', details: [] },
        true,
      ),
    );

    it('says so, saves nothing more, and offers to reload', async () => {
      const dialog = await loader.getHarness(MatDialogHarness);

      expect(await dialog.getContentText()).toContain(
        'Someone else changed the plan since you opened it.',
      );
      expect(
        await (await loader.getHarness(MatButtonHarness.with({ text: 'Save' }))).isDisabled(),
      ).toBeTrue();

      await (await loader.getHarness(MatButtonHarness.with({ text: 'Reload the plan' }))).click();
      await fixture.whenStable();

      expect(dispatch).toHaveBeenCalledWith(ActionPlanPageActions.reloadClicked());
      expect(closed).toBeFalse();
    });
  });
});
