import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDatepickerInputHarness } from '@angular/material/datepicker/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { TranslocoService } from '@jsverse/transloco';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { Locale } from '@ppm/shared';

import { anApiError } from '../../../../testing/fixtures';
import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import { selectLocale } from '../../../core/i18n';
import { provideCycleDates } from '../cycle-dates';
import {
  CycleDialogActions,
  selectCycleDialogError,
  selectCycleDialogStatus,
  selectReferenceStatus,
  selectStateGroups,
  toStateGroups,
} from '../data-access';
import { REGIONS, STATES } from '../data-access/testing/cycles-fixture';
import { CycleDialog } from './cycle-dialog';

@Component({
  selector: 'app-cycle-dialog-host',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly dialog = inject(MatDialog);
}

describe('CycleDialog', () => {
  let fixture: ComponentFixture<Host>;
  let loader: HarnessLoader;
  let store: MockStore;
  let dispatch: jasmine.Spy;

  async function open(locale: Locale = 'en'): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore(),
        provideTranslocoForTests(locale),
        provideIconsForTests(),
        provideCycleDates(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectCycleDialogStatus, 'idle');
    store.overrideSelector(selectCycleDialogError, null);
    store.overrideSelector(selectStateGroups, toStateGroups(STATES, REGIONS, locale));
    store.overrideSelector(selectReferenceStatus, 'loaded');
    store.overrideSelector(selectLocale, locale);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(Host);
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    TestBed.inject(TranslocoService).setActiveLang(locale);
    fixture.componentInstance.dialog.open(CycleDialog);
    await fixture.whenStable();
  }

  afterEach(() => store.resetSelectors());

  const field = (label: string) =>
    loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const input = async (label: string) => (await (await field(label)).getControl(MatInputHarness))!;
  const date = async (label: string) =>
    (await (await field(label)).getControl(MatDatepickerInputHarness))!;
  const submit = async (text = 'Create cycle') =>
    (await loader.getHarness(MatButtonHarness.with({ text }))).click();
  const submitted = () =>
    dispatch.calls
      .allArgs()
      .map(([action]) => action as { type: string })
      .filter((action) => action.type === CycleDialogActions.createSubmitted.type);

  async function fillIn(dates: Record<string, string>): Promise<void> {
    await (await input('Name in English')).setValue('2027 annual report');
    await (await input('Name in Russian')).setValue('Ежегодный отчёт за 2027 год');
    for (const [label, value] of Object.entries(dates)) {
      await (await date(label)).setValue(value);
    }
  }

  const DATES = {
    'Period from': '01/01/2027',
    'Period to': '31/12/2027',
    'Opening date': '1.10.2027',
    Deadline: '2027-12-01',
  };

  describe('in English', () => {
    beforeEach(() => open());

    it('starts with every active state expected', async () => {
      const states = await loader.getHarness(MatSelectHarness);

      expect(await states.getValueText()).toBe('All active states (5)');
      expect(dispatch).toHaveBeenCalledWith(CycleDialogActions.opened());
    });

    it('sends both names, the dates as days and the expected states', async () => {
      await fillIn(DATES);
      await submit();

      expect(dispatch).toHaveBeenCalledWith(
        CycleDialogActions.createSubmitted({
          cycle: {
            name: { en: '2027 annual report', ru: 'Ежегодный отчёт за 2027 год' },
            periodFrom: '2027-01-01',
            periodTo: '2027-12-31',
            opensAt: '2027-10-01',
            deadline: '2027-12-01',
            expectedStates: ['AT', 'CZ', 'AM', 'KZ', 'UZ'],
          },
        }),
      );
    });

    it('leaves out a whole region through its "all" option', async () => {
      await fillIn(DATES);
      const states = await loader.getHarness(MatSelectHarness);
      await states.open();
      await states.clickOptions({ text: 'All of Central Asia' });
      await submit();

      expect(await states.getValueText()).toBe('3 of 5 active states');
      expect(submitted()).toEqual([
        jasmine.objectContaining({
          cycle: jasmine.objectContaining({ expectedStates: ['AT', 'CZ', 'AM'] }),
        }),
      ]);
    });

    it('lists the states by region, each region led by its "all" option', async () => {
      const states = await loader.getHarness(MatSelectHarness);
      await states.open();
      const groups = await states.getOptionGroups();

      expect(await Promise.all(groups.map((group) => group.getLabelText()))).toEqual([
        'EU member states',
        'Eastern Partnership',
        'Central Asia',
      ]);
      expect(
        await Promise.all((await groups[2].getOptions()).map((option) => option.getText())),
      ).toEqual(['All of Central Asia', 'Kazakhstan', 'Uzbekistan']);
    });

    it('explains missing fields and dates in the wrong order, and sends nothing', async () => {
      await fillIn({ 'Period from': '01/01/2027', 'Period to': '31/12/2026' });
      await submit();

      expect(await (await field('Period to')).getTextErrors()).toEqual([
        'The period must not end before it starts',
      ]);
      expect(await (await field('Deadline')).getTextErrors()).toEqual(['Enter a date']);
      expect(submitted()).toEqual([]);
    });

    it('takes a name of spaces for no name', async () => {
      await fillIn(DATES);
      await (await input('Name in Russian')).setValue('   ');
      await submit();

      expect(await (await field('Name in Russian')).getTextErrors()).toEqual(['Enter the name']);
      expect(submitted()).toEqual([]);
    });

    it('refuses text that is no date', async () => {
      await (await date('Opening date')).setValue('soon');
      await (await date('Opening date')).blur();

      expect(await (await field('Opening date')).getTextErrors()).toEqual([
        'Enter a date such as 31/03/2026',
      ]);
    });

    it("puts the server's field problems on the fields, in the reader's language", async () => {
      await fillIn(DATES);
      store.overrideSelector(selectCycleDialogStatus, 'failed');
      store.overrideSelector(
        selectCycleDialogError,
        anApiError({
          details: [
            { path: 'deadline', message: 'must not be before the opening date' },
            { path: 'expectedStates', message: 'XX is not a known state' },
          ],
        }),
      );
      store.refreshState();
      await fixture.whenStable();

      expect(await (await field('Deadline')).getTextErrors()).toEqual([
        'The deadline must not be before the opening date',
      ]);
      expect(await (await field('States expected to report')).getTextErrors()).toEqual([
        'Some of these states are not known',
      ]);
    });

    it('closes once the cycle is created', async () => {
      store.overrideSelector(selectCycleDialogStatus, 'saved');
      store.refreshState();
      await fixture.whenStable();

      expect(TestBed.inject(MatDialog).openDialogs).toEqual([]);
    });
  });

  describe('in Russian', () => {
    beforeEach(() => open('ru'));

    it('asks in Russian and reads dates written the Russian way', async () => {
      await (await input('Название на английском')).setValue('2027 annual report');
      await (await input('Название на русском')).setValue('Ежегодный отчёт за 2027 год');
      await (await date('Период с')).setValue('01.01.2027');
      await (await date('Период по')).setValue('31.12.2027');
      await (await date('Дата открытия')).setValue('01.10.2027');
      await (await date('Срок представления')).setValue('30.09.2027');
      await submit('Создать цикл');

      expect(await (await field('Срок представления')).getTextErrors()).toEqual([
        'Срок не может быть раньше даты открытия',
      ]);
      expect(await (await date('Период по')).getValue()).toBe('31.12.2027');
      expect(submitted()).toEqual([]);
    });
  });
});
