import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';

import type { AnalyticsQuery, Basis } from '../data-access';

const ANY = '';

/** The filters every dashboard page shares: cycle, basis (Secretariat only) and region. */
@Component({
  selector: 'app-analytics-filters',
  imports: [MatFormField, MatLabel, MatOption, MatSelect, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'analytics.filters'">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ t('cycle') }}</mat-label>
        <mat-select [value]="cycleId()" (valueChange)="changed.emit({ cycleId: $event })">
          @for (cycle of cycles(); track cycle.id) {
            <mat-option [value]="cycle.id">{{ cycle.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      @if (canChooseBasis()) {
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ t('basis') }}</mat-label>
          <mat-select [value]="basis()" (valueChange)="changed.emit({ basis: $event })">
            <mat-option value="approved">{{ t('basisApproved') }}</mat-option>
            <mat-option value="submitted">{{ t('basisSubmitted') }}</mat-option>
          </mat-select>
        </mat-form-field>
      }
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ t('region') }}</mat-label>
        <mat-select
          [value]="regionCode() ?? any"
          (valueChange)="changed.emit({ regionCode: $event || null })"
        >
          <mat-option [value]="any">{{ t('allRegions') }}</mat-option>
          @for (region of regions(); track region.code) {
            <mat-option [value]="region.code">{{ region.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </ng-container>
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
    }
    mat-form-field {
      flex: 1 1 200px;
      max-width: 320px;
    }
    @media print {
      :host {
        display: none;
      }
    }
  `,
})
export class AnalyticsFilters {
  readonly cycles = input.required<readonly { id: string; name: string }[]>();
  readonly cycleId = input<string | null>(null);
  readonly basis = input<Basis>('approved');
  readonly canChooseBasis = input(false);
  readonly regions = input.required<readonly { code: string; name: string }[]>();
  readonly regionCode = input<string | null>(null);
  readonly changed = output<Partial<AnalyticsQuery>>();
  protected readonly any = ANY;
}
