import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';

import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import { selectLocale } from '../../../core/i18n';
import {
  NewEvaluationDialogActions,
  selectAllEvaluations,
  selectCycles,
  selectNewEvaluationError,
  selectNewEvaluationStatus,
  selectPlan,
  selectRegions,
  selectStates,
} from '../data-access';
import { CYCLES, PLAN, REGIONS, STATES } from '../data-access/testing/evaluations-fixture';
import { NewEvaluationDialog } from './new-evaluation-dialog';

describe('NewEvaluationDialog', () => {
  let fixture: ComponentFixture<NewEvaluationDialog>;
  let loader: HarnessLoader;
  let dispatch: jasmine.Spy;
  let store: MockStore;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore(),
        provideTranslocoForTests('en'),
        provideIconsForTests(),
        { provide: MatDialogRef, useValue: { close: jasmine.createSpy('close') } },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectNewEvaluationStatus, 'idle');
    store.overrideSelector(selectNewEvaluationError, null);
    store.overrideSelector(selectLocale, 'en');
    store.overrideSelector(selectCycles, CYCLES);
    store.overrideSelector(selectPlan, PLAN);
    store.overrideSelector(selectStates, STATES);
    store.overrideSelector(selectRegions, REGIONS);
    store.overrideSelector(selectAllEvaluations, []);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(NewEvaluationDialog);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  });

  const input = async (label: RegExp): Promise<MatInputHarness> => {
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
    return (await field.getControl(MatInputHarness))!;
  };
  const select = async (label: RegExp): Promise<MatSelectHarness> => {
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
    return (await field.getControl(MatSelectHarness))!;
  };
  const text = (): string =>
    (fixture.nativeElement as HTMLElement).textContent.replace(/\s+/g, ' ');

  // Overridden selectors are global: left set, they leak into later specs (selectLocale).
  afterEach(() => store.resetSelectors());

  it('sends the title, the cycles, the criteria kept, the scope and the baseline', async () => {
    await (await input(/Title in English/)).setValue('  Final evaluation ');
    const cycles = await select(/Reporting cycles/);
    await cycles.open();
    // A planned cycle has no reports yet: only the two that opened are offered.
    expect((await cycles.getOptions()).length).toBe(2);
    await cycles.clickOptions({ text: '2025 annual report' });
    await cycles.close();
    const areas = await select(/^Areas/);
    await areas.open();
    await areas.clickOptions({ text: /Return/ });
    await areas.close();
    await (await loader.getHarness(MatCheckboxHarness.with({ label: /Efficiency/ }))).uncheck();
    const baseline = await select(/Compare with/);
    await baseline.open();
    await baseline.clickOptions({ text: '2026 annual report' });
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Create' }))).click();

    expect(dispatch).toHaveBeenCalledWith(
      NewEvaluationDialogActions.createSubmitted({
        evaluation: {
          title: { en: 'Final evaluation', ru: '' },
          cycleIds: ['c2025'],
          criteria: ['relevance', 'impact', 'effectiveness', 'external_coherence'],
          scope: { areaCodes: ['2'] },
          baseline: { cycleId: 'c2026' },
        },
      }),
    );
  });

  it('leaves the criteria to the server when all five are kept', async () => {
    await (await input(/Title in Russian/)).setValue('Итоговая оценка');
    const cycles = await select(/Reporting cycles/);
    await cycles.open();
    await cycles.clickOptions({ text: '2026 annual report' });
    await cycles.close();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Create' }))).click();

    expect(dispatch).toHaveBeenCalledWith(
      NewEvaluationDialogActions.createSubmitted({
        evaluation: { title: { en: '', ru: 'Итоговая оценка' }, cycleIds: ['c2026'] },
      }),
    );
  });

  it('holds back a form without a title, a cycle or a criterion, and says why', async () => {
    for (const criterion of await loader.getAllHarnesses(MatCheckboxHarness)) {
      await criterion.uncheck();
    }
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Create' }))).click();

    expect(dispatch).not.toHaveBeenCalledWith(
      jasmine.objectContaining({ type: NewEvaluationDialogActions.createSubmitted.type }),
    );
    expect(text()).toContain('Enter a title in English or Russian.');
    expect(text()).toContain('Choose at least one cycle.');
    expect(text()).toContain('Keep at least one criterion.');
  });
});
