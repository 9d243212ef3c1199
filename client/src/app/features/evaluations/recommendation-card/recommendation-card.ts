import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatSelect } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';

import { BilingualField } from '../bilingual-field/bilingual-field';
import { ADDRESSEES, PRIORITIES, type Recommendation } from '../data-access';

/** One numbered recommendation: its text, the areas it concerns, its priority and addressee. */
@Component({
  selector: 'app-recommendation-card',
  imports: [
    BilingualField,
    MatButton,
    MatFormField,
    MatIcon,
    MatLabel,
    MatOption,
    MatSelect,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <article class="card" [attr.aria-labelledby]="'recommendation-' + number()">
      <div class="head">
        <h3 class="number" [id]="'recommendation-' + number()">
          {{ 'evaluations.recommendations.numbered' | transloco: { number: number() } }}
        </h3>
        @if (!readonly()) {
          <button mat-button type="button" class="remove" (click)="removed.emit()">
            <mat-icon svgIcon="delete" />
            {{ 'evaluations.recommendations.remove' | transloco }}
          </button>
        }
      </div>
      <app-bilingual-field
        [label]="'evaluations.recommendations.text' | transloco: { number: number() }"
        [text]="recommendation().text"
        [readonly]="readonly()"
        [hideLegend]="true"
        [minRows]="2"
        (changed)="changed.emit({ text: $event })"
      />
      <div class="meta">
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'evaluations.recommendations.areas' | transloco }}</mat-label>
          <mat-select
            multiple
            [value]="recommendation().areaCodes"
            [disabled]="readonly()"
            (selectionChange)="changed.emit({ areaCodes: $event.value })"
          >
            @for (area of areas(); track area.code) {
              <mat-option [value]="area.code">{{ area.code }}. {{ area.title }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'evaluations.recommendations.priority' | transloco }}</mat-label>
          <mat-select
            [value]="recommendation().priority"
            [disabled]="readonly()"
            (selectionChange)="changed.emit({ priority: $event.value })"
          >
            @for (priority of priorities; track priority) {
              <mat-option [value]="priority">{{
                'evaluations.priority.' + priority | transloco
              }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'evaluations.recommendations.addressee' | transloco }}</mat-label>
          <mat-select
            [value]="recommendation().addressee"
            [disabled]="readonly()"
            (selectionChange)="changed.emit({ addressee: $event.value })"
          >
            @for (addressee of addressees; track addressee) {
              <mat-option [value]="addressee">{{
                'evaluations.addressee.' + addressee | transloco
              }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </div>
    </article>
  `,
  styles: `
    .card {
      display: flex;
      flex-direction: column;
      gap: 8px;
      padding: 12px 20px 20px;
      border-radius: var(--mat-sys-corner-large);
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
    }
    .number {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .meta {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 200px), 1fr));
      gap: 8px 16px;
    }
  `,
})
export class RecommendationCard {
  readonly number = input.required<number>();
  readonly recommendation = input.required<Recommendation>();
  readonly areas = input.required<readonly { code: string; title: string }[]>();
  readonly readonly = input(false);
  readonly changed = output<Partial<Recommendation>>();
  readonly removed = output();

  protected readonly priorities = PRIORITIES;
  protected readonly addressees = ADDRESSEES;
}
