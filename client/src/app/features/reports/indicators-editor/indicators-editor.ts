import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  output,
} from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Indicator } from '@ppm/shared';

import { MAX_INDICATORS_PER_ENTRY, isCompleteIndicator } from '../data-access';

/** Optional indicator values of an entry: name, value, unit and note per row. */
@Component({
  selector: 'app-indicators-editor',
  imports: [MatButton, MatFormField, MatIcon, MatIconButton, MatInput, MatLabel, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (indicator of indicators(); track $index; let i = $index) {
      <div
        class="indicator"
        role="group"
        [attr.aria-label]="'reports.entry.indicators.row' | transloco: { n: i + 1 }"
      >
        <mat-form-field class="name" subscriptSizing="dynamic">
          <mat-label>{{ 'reports.entry.indicators.name' | transloco }}</mat-label>
          <input
            matInput
            class="indicator-name"
            maxlength="200"
            [value]="indicator.name"
            (input)="changed(i, { name: text($event) })"
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
            (change)="changed(i, { value: number($event) })"
            (blur)="blurred.emit()"
          />
        </mat-form-field>
        <mat-form-field class="unit" subscriptSizing="dynamic">
          <mat-label>{{ 'reports.entry.indicators.unit' | transloco }}</mat-label>
          <input
            matInput
            maxlength="50"
            [value]="indicator.unit"
            (input)="changed(i, { unit: text($event) })"
            (blur)="blurred.emit()"
          />
        </mat-form-field>
        <mat-form-field class="note" subscriptSizing="dynamic">
          <mat-label>{{ 'reports.entry.indicators.note' | transloco }}</mat-label>
          <input
            matInput
            maxlength="500"
            [value]="indicator.note"
            (input)="changed(i, { note: text($event) })"
            (blur)="blurred.emit()"
          />
        </mat-form-field>
        <button
          mat-icon-button
          type="button"
          class="remove"
          [attr.aria-label]="'reports.entry.indicators.remove' | transloco: { n: i + 1 }"
          (click)="remove(i)"
        >
          <mat-icon svgIcon="delete" />
        </button>
        @if (!complete(indicator)) {
          <p class="incomplete">{{ 'reports.entry.indicators.incomplete' | transloco }}</p>
        }
      </div>
    }
    <button
      mat-button
      type="button"
      class="add"
      [disabled]="indicators().length >= max"
      (click)="add()"
    >
      <mat-icon svgIcon="add_chart" />
      {{ 'reports.entry.indicators.add' | transloco }}
    </button>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 8px;
    }
    .indicator {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(0, 1fr) minmax(0, 1fr) minmax(0, 2fr) auto;
      align-items: center;
      gap: 8px;
      width: 100%;
    }
    .incomplete {
      grid-column: 1 / -1;
      margin: -4px 0 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    @media (max-width: 839.98px) {
      .indicator {
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) auto;
      }
      .name,
      .note {
        grid-column: 1 / span 2;
      }
      .remove {
        grid-column: 3;
        grid-row: 1;
      }
    }
  `,
})
export class IndicatorsEditor {
  readonly indicators = input.required<readonly Indicator[]>();
  readonly indicatorsChange = output<Indicator[]>();
  readonly blurred = output();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly max = MAX_INDICATORS_PER_ENTRY;

  protected complete(indicator: Indicator): boolean {
    return isCompleteIndicator(indicator);
  }

  /**
   * A number not entered yet is kept as null (JSON has no NaN) and shown empty. The value is
   * taken when the field is left (`change`), so a half-typed "1." is never rewritten.
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

  protected changed(index: number, change: Partial<Indicator>): void {
    this.indicatorsChange.emit(
      this.indicators().map((indicator, i) =>
        i === index ? { ...indicator, ...change } : indicator,
      ),
    );
  }

  protected add(): void {
    this.indicatorsChange.emit([
      ...this.indicators(),
      { name: '', value: null as unknown as number, unit: '', note: '' },
    ]);
    afterNextRender(
      () => {
        const inputs =
          this.host.nativeElement.querySelectorAll<HTMLInputElement>('.indicator-name');
        Array.from(inputs).at(-1)?.focus();
      },
      { injector: this.injector },
    );
  }

  protected remove(index: number): void {
    this.indicatorsChange.emit(this.indicators().filter((_indicator, i) => i !== index));
    this.blurred.emit();
  }
}
