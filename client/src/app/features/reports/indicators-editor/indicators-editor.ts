import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Indicator } from '@ppm/shared';

import { RowFields } from '../../../shared/ui/row-list/row-fields';
import { RowList, type RowListOptions } from '../../../shared/ui/row-list/row-list';
import { MAX_INDICATORS_PER_ENTRY, isCompleteIndicator } from '../data-access';

const INDICATOR_ROWS: RowListOptions<Indicator> = {
  // A number not entered yet is kept as null (JSON has no NaN).
  newRow: () => ({ name: '', value: null as unknown as number, unit: '', note: '' }),
  isComplete: isCompleteIndicator,
  max: MAX_INDICATORS_PER_ENTRY,
  addIcon: 'add_chart',
  labels: {
    row: 'reports.entry.indicators.row',
    remove: 'reports.entry.indicators.remove',
    incomplete: 'reports.entry.indicators.incomplete',
    add: 'reports.entry.indicators.add',
  },
};

/** Optional indicator values of an entry: name, value, unit and note per row. */
@Component({
  selector: 'app-indicators-editor',
  imports: [MatFormField, MatInput, MatLabel, RowFields, RowList, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-row-list
      [rows]="indicators()"
      [options]="rowOptions"
      (rowsChange)="indicatorsChange.emit($event)"
      (blurred)="blurred.emit()"
    >
      <ng-template [appRowFields]="indicators()" let-indicator let-update="update">
        <mat-form-field class="name" subscriptSizing="dynamic">
          <mat-label>{{ 'reports.entry.indicators.name' | transloco }}</mat-label>
          <input
            matInput
            class="indicator-name"
            maxlength="200"
            [value]="indicator.name"
            (input)="update({ name: text($event) })"
            (blur)="blurred.emit()"
          />
        </mat-form-field>
        <mat-form-field class="value" subscriptSizing="dynamic">
          <mat-label>{{ 'reports.entry.indicators.value' | transloco }}</mat-label>
          <input
            matInput
            type="number"
            inputmode="decimal"
            class="indicator-value"
            [value]="shownNumber(indicator.value)"
            (change)="update({ value: number($event) })"
            (blur)="blurred.emit()"
          />
        </mat-form-field>
        <mat-form-field class="unit" subscriptSizing="dynamic">
          <mat-label>{{ 'reports.entry.indicators.unit' | transloco }}</mat-label>
          <input
            matInput
            maxlength="50"
            [value]="indicator.unit"
            (input)="update({ unit: text($event) })"
            (blur)="blurred.emit()"
          />
        </mat-form-field>
        <mat-form-field class="note" subscriptSizing="dynamic">
          <mat-label>{{ 'reports.entry.indicators.note' | transloco }}</mat-label>
          <input
            matInput
            maxlength="500"
            [value]="indicator.note"
            (input)="update({ note: text($event) })"
            (blur)="blurred.emit()"
          />
        </mat-form-field>
      </ng-template>
    </app-row-list>
  `,
  styles: `
    :host {
      display: block;
      --row-list-columns: minmax(0, 2fr) minmax(0, 1fr) minmax(0, 1fr) minmax(0, 2fr) auto;
    }
    @media (max-width: 839.98px) {
      :host {
        --row-list-columns: minmax(0, 1fr) minmax(0, 1fr) auto;
        --row-list-remove-column: 3;
        --row-list-remove-row: 1;
      }
      .name,
      .note {
        grid-column: 1 / span 2;
      }
    }
  `,
})
export class IndicatorsEditor {
  readonly indicators = input.required<readonly Indicator[]>();
  readonly indicatorsChange = output<Indicator[]>();
  readonly blurred = output();

  protected readonly rowOptions = INDICATOR_ROWS;

  /**
   * A number not entered yet is shown empty. The value is taken when the field is left
   * (`change`), so a half-typed "1." is never rewritten.
   */
  protected shownNumber(value: number | null): string {
    return value === null || !Number.isFinite(value) ? '' : String(value);
  }

  protected text(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected number(event: Event): number {
    const raw = (event.target as HTMLInputElement).value.trim();
    return raw === '' ? (null as unknown as number) : Number(raw);
  }
}
