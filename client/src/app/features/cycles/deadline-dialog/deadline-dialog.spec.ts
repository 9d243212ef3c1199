import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDatepickerInputHarness } from '@angular/material/datepicker/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { TranslocoService } from '@jsverse/transloco';
import { MockStore, provideMockStore } from '@ngrx/store/testing';

import { anApiError } from '../../../../testing/fixtures';
import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import { selectLocale } from '../../../core/i18n';
import { provideCycleDates } from '../cycle-dates';
import {
  DeadlineDialogActions,
  selectCycleDialogError,
  selectCycleDialogStatus,
  toReviewRowViews,
} from '../data-access';
import { OPEN_CYCLE, REGIONS, REVIEW_ROWS, STATES } from '../data-access/testing/cycles-fixture';
import { DeadlineDialog, type DeadlineDialogData } from './deadline-dialog';

@Component({
  selector: 'app-deadline-dialog-host',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly dialog = inject(MatDialog);
}

describe('DeadlineDialog', () => {
  let fixture: ComponentFixture<Host>;
  let loader: HarnessLoader;
  let store: MockStore;
  let dispatch: jasmine.Spy;

  async function open(stateCode: string | null): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore(),
        provideTranslocoForTests('en'),
        provideIconsForTests(),
        provideCycleDates(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectCycleDialogStatus, 'idle');
    store.overrideSelector(selectCycleDialogError, null);
    store.overrideSelector(selectLocale, 'en');
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(Host);
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    TestBed.inject(TranslocoService).setActiveLang('en');
    fixture.componentInstance.dialog.open<DeadlineDialog, DeadlineDialogData>(DeadlineDialog, {
      data: {
        cycleId: OPEN_CYCLE.id,
        cycleDeadline: OPEN_CYCLE.deadline,
        states: toReviewRowViews(REVIEW_ROWS, OPEN_CYCLE, STATES, REGIONS, 'en'),
        stateCode,
      },
    });
    await fixture.whenStable();
  }

  afterEach(() => store.resetSelectors());

  const field = (label: string) =>
    loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const deadline = () => loader.getHarness(MatDatepickerInputHarness);
  const extend = async () =>
    (await loader.getHarness(MatButtonHarness.with({ text: 'Extend deadline' }))).click();

  describe('from a row', () => {
    beforeEach(() => open('KZ'));

    it('names the state and its current deadline', async () => {
      expect(await (await loader.getHarness(MatSelectHarness)).getValueText()).toBe('Kazakhstan');
      expect(await (await field('State')).getTextHints()).toEqual([
        'Current deadline: 20 Dec 2026 (already extended)',
      ]);
    });

    it('sends the new deadline as a day', async () => {
      await (await deadline()).setValue('24/12/2026');
      await extend();

      expect(dispatch).toHaveBeenCalledWith(
        DeadlineDialogActions.submitted({
          cycleId: OPEN_CYCLE.id,
          extension: { stateCode: 'KZ', deadline: '2026-12-24' },
        }),
      );
    });

    it("refuses a day before the cycle's deadline", async () => {
      await (await deadline()).setValue('01/12/2026');
      await extend();

      expect(await (await field('New deadline')).getTextErrors()).toEqual([
        "Choose a day after the cycle's deadline",
      ]);
      expect(dispatch).not.toHaveBeenCalledWith(
        jasmine.objectContaining({ type: DeadlineDialogActions.submitted.type }),
      );
    });

    it("shows the server's refusal on the field it names", async () => {
      store.overrideSelector(selectCycleDialogStatus, 'failed');
      store.overrideSelector(
        selectCycleDialogError,
        anApiError({
          details: [{ path: 'stateCode', message: 'KZ is not expected to report in this cycle' }],
        }),
      );
      store.refreshState();
      await fixture.whenStable();

      expect(await (await field('State')).getTextErrors()).toEqual([
        'This state is not expected to report in this cycle',
      ]);
    });
  });

  describe('from the header', () => {
    beforeEach(() => open(null));

    it('asks for the state first', async () => {
      await (await deadline()).setValue('24/12/2026');
      await extend();

      expect(await (await field('State')).getTextErrors()).toEqual(['Choose a state']);
    });
  });
});
