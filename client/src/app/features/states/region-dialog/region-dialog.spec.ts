import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';

import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import {
  RegionDialogActions,
  type RegionView,
  selectRegionDialogError,
  selectRegionDialogStatus,
  toRegionViews,
} from '../data-access';
import { REGIONS, STATES } from '../data-access/testing/states-fixture';
import { RegionDialog, type RegionDialogData } from './region-dialog';

@Component({
  selector: 'app-region-dialog-host',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly dialog = inject(MatDialog);
}

describe('RegionDialog', () => {
  let fixture: ComponentFixture<Host>;
  let loader: HarnessLoader;
  let store: MockStore;
  let dispatch: jasmine.Spy;

  async function open(region: RegionView | null): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore(),
        provideTranslocoForTests('en'),
        provideIconsForTests(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectRegionDialogStatus, 'idle');
    store.overrideSelector(selectRegionDialogError, null);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(Host);
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    fixture.componentInstance.dialog.open<RegionDialog, RegionDialogData>(RegionDialog, {
      data: { region },
    });
    await fixture.whenStable();
  }

  afterEach(() => store.resetSelectors());

  const fieldNamed = (label: string) =>
    loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const input = async (label: string) =>
    (await (await fieldNamed(label)).getControl(MatInputHarness))!;

  describe('adding a region', () => {
    beforeEach(() => open(null));

    it('sends the code in capitals and both names', async () => {
      await (await input('Code')).setValue('mena');
      await (await input('Name (English)')).setValue('Middle East and North Africa');
      await (await input('Name (Russian)')).setValue('Ближний Восток и Северная Африка');
      await (await loader.getHarness(MatButtonHarness.with({ text: 'Add region' }))).click();

      expect(dispatch).toHaveBeenCalledWith(
        RegionDialogActions.createSubmitted({
          region: {
            code: 'MENA',
            name: { en: 'Middle East and North Africa', ru: 'Ближний Восток и Северная Африка' },
          },
        }),
      );
    });

    it('explains a code that is not 2 to 5 letters', async () => {
      await (await input('Code')).setValue('M1');
      await (await loader.getHarness(MatButtonHarness.with({ text: 'Add region' }))).click();

      expect(await (await fieldNamed('Code')).getTextErrors()).toEqual([
        'Use 2 to 5 capital Latin letters',
      ]);
    });

    it('says when the code is taken', async () => {
      store.overrideSelector(selectRegionDialogStatus, 'failed');
      store.overrideSelector(selectRegionDialogError, {
        status: 409,
        code: 'duplicate',
        message: 'There is already a region EU.',
        details: [],
      });
      store.refreshState();
      await fixture.whenStable();

      expect(await (await fieldNamed('Code')).getTextErrors()).toEqual([
        'There is already a region with this code',
      ]);
    });
  });

  describe('renaming a region', () => {
    beforeEach(() => open(toRegionViews(REGIONS, STATES, 'en')[1]));

    it('keeps the code and sends the new names', async () => {
      expect(
        await loader.getAllHarnesses(MatFormFieldHarness.with({ floatingLabelText: 'Code' })),
      ).toEqual([]);
      await (await input('Name (English)')).setValue('Eastern Partnership states');
      await (await loader.getHarness(MatButtonHarness.with({ text: 'Save' }))).click();

      expect(dispatch).toHaveBeenCalledWith(
        RegionDialogActions.renameSubmitted({
          code: 'EAP',
          name: { en: 'Eastern Partnership states', ru: 'Восточное партнёрство' },
        }),
      );
    });
  });
});
