import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { NonNullableFormBuilder, type ValidatorFn, Validators } from '@angular/forms';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatOptgroup, MatOption } from '@angular/material/core';
import { MatHint } from '@angular/material/form-field';
import { MatSelect } from '@angular/material/select';
import type { Locale } from '@ppm/shared';
import { Store } from '@ngrx/store';

import { selectLocale } from '../../../core/i18n';
import { Alert } from '../../../shared/ui/alert/alert';
import { FORM_DIALOG_IMPORTS } from '../../../shared/ui/form-dialog/form-dialog-imports';
import { serverFormDialog } from '../../../shared/ui/form-dialog/server-form-dialog';
import {
  type Baseline,
  CRITERIA_2015,
  NewEvaluationDialogActions,
  type NewEvaluation,
  TITLE_MAX_LENGTH,
  selectAllEvaluations,
  selectCycles,
  selectNewEvaluationError,
  selectNewEvaluationStatus,
  selectPlan,
  selectRegions,
  selectStates,
} from '../data-access';

const titleRules = [Validators.maxLength(TITLE_MAX_LENGTH)];
/** A title in at least one language (spaces only count as none: the server trims them). */
const someTitle: ValidatorFn = (group) => {
  const { en, ru } = group.value as { en: string; ru: string };
  return en.trim() === '' && ru.trim() === '' ? { titleRequired: true } : null;
};
const somePicked: ValidatorFn = (control) =>
  Array.isArray(control.value) && control.value.length > 0 ? null : { required: true };

const inLocale = (text: { en: string; ru: string }, locale: Locale): string =>
  text[locale] || text.en;

/** "cycle:<id>" or "evaluation:<id>" in the baseline picker. */
function toBaseline(value: string): Baseline | undefined {
  const [kind, id] = value.split(':');
  if (!id) {
    return undefined;
  }
  return kind === 'cycle'
    ? { cycleId: id }
    : kind === 'evaluation'
      ? { evaluationId: id }
      : undefined;
}

/**
 * Starts an evaluation: its title in both languages, the cycles it covers, optionally fewer
 * areas, regions or states, the criteria (the five of 2015 unless narrowed) and a baseline.
 */
@Component({
  selector: 'app-new-evaluation-dialog',
  imports: [FORM_DIALOG_IMPORTS, Alert, MatCheckbox, MatHint, MatOptgroup, MatOption, MatSelect],
  templateUrl: './new-evaluation-dialog.html',
  styleUrl: './new-evaluation-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewEvaluationDialog {
  private readonly store = inject(Store);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly status = this.store.selectSignal(selectNewEvaluationStatus);
  protected readonly error = this.store.selectSignal(selectNewEvaluationError);
  protected readonly locale = this.store.selectSignal(selectLocale);
  private readonly cycles = this.store.selectSignal(selectCycles);
  private readonly plan = this.store.selectSignal(selectPlan);
  private readonly states = this.store.selectSignal(selectStates);
  private readonly regions = this.store.selectSignal(selectRegions);
  private readonly evaluations = this.store.selectSignal(selectAllEvaluations);

  protected readonly failed = computed(
    () => this.status() === 'failed' && this.error()?.status !== 400,
  );
  protected readonly criteria = CRITERIA_2015;

  protected readonly form = this.fb.group({
    title: this.fb.group({ en: ['', titleRules], ru: ['', titleRules] }, { validators: someTitle }),
    cycleIds: this.fb.control<string[]>([], somePicked),
    areaCodes: this.fb.control<string[]>([]),
    regionCodes: this.fb.control<string[]>([]),
    stateCodes: this.fb.control<string[]>([]),
    criteria: this.fb.group(Object.fromEntries(CRITERIA_2015.map((code) => [code, true])), {
      validators: (group) =>
        Object.values(group.value as Record<string, boolean>).some(Boolean)
          ? null
          : { required: true },
    }),
    baseline: [''],
  });

  private readonly server = serverFormDialog({
    form: this.form,
    status: this.status,
    error: this.error,
  });
  protected readonly saving = this.server.saving;

  /** Cycles that have opened (a planned one has no reports yet), newest first. */
  protected readonly cycleOptions = computed(() =>
    this.cycles()
      .filter((cycle) => cycle.status !== 'planned')
      .map((cycle) => ({ id: cycle.id, name: inLocale(cycle.name, this.locale()) })),
  );
  protected readonly areaOptions = computed(() =>
    (this.plan()?.areas ?? []).map((area) => ({
      code: area.code,
      name: `${area.code}. ${inLocale(area.shortTitle, this.locale())}`,
    })),
  );
  protected readonly regionOptions = computed(() =>
    this.regions().map((region) => ({
      code: region.code,
      name: inLocale(region.name, this.locale()),
    })),
  );
  protected readonly stateOptions = computed(() =>
    this.states()
      .filter((state) => state.active)
      .map((state) => ({ code: state.code, name: inLocale(state.name, this.locale()) }))
      .sort((a, b) => a.name.localeCompare(b.name, this.locale())),
  );
  protected readonly evaluationOptions = computed(() =>
    this.evaluations()
      .filter((evaluation) => evaluation.finalVersions.length > 0)
      .map((evaluation) => ({
        id: evaluation.id,
        name: inLocale(evaluation.title, this.locale()),
      })),
  );

  protected readonly titleMessages = { maxlength: 'forms.tooLong' };
  protected readonly cyclesMessages = { required: 'evaluations.dialog.cyclesRequired' };

  constructor() {
    this.store.dispatch(NewEvaluationDialogActions.opened());
  }

  protected submit(): void {
    if (!this.server.canSubmit()) {
      return;
    }
    const value = this.form.getRawValue();
    const picked = CRITERIA_2015.filter((code) => value.criteria[code]);
    const scope = {
      ...(value.areaCodes.length ? { areaCodes: value.areaCodes } : {}),
      ...(value.regionCodes.length ? { regionCodes: value.regionCodes } : {}),
      ...(value.stateCodes.length ? { stateCodes: value.stateCodes } : {}),
    };
    const baseline = toBaseline(value.baseline);
    const evaluation: NewEvaluation = {
      title: { en: value.title.en.trim(), ru: value.title.ru.trim() },
      cycleIds: value.cycleIds,
      // All five: the server's default.
      ...(picked.length < CRITERIA_2015.length ? { criteria: picked } : {}),
      ...(Object.keys(scope).length ? { scope } : {}),
      ...(baseline ? { baseline } : {}),
    };
    this.store.dispatch(NewEvaluationDialogActions.createSubmitted({ evaluation }));
  }
}
