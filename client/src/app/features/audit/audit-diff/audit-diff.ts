import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { TranslocoPipe } from '@jsverse/transloco';

import type { DiffRow, DiffValue } from '../data-access';

/** Field names we can say in both languages (keys under `audit.fields`). */
const KNOWN_FIELDS = new Set([
  'id',
  'code',
  'title',
  'shortTitle',
  'name',
  'en',
  'ru',
  'retired',
  'active',
  'region',
  'note',
  'email',
  'role',
  'stateCode',
  'locale',
  'mustChangePassword',
  'periodFrom',
  'periodTo',
  'opensAt',
  'deadline',
  'expectedStates',
  'status',
  'deadlineExtensions',
]);

/** A part of a field's path: a translation key, or text to show as it is (codes, indexes). */
interface Label {
  readonly key: string | null;
  readonly text: string;
}

/** How a field's path reads: "1.2 › Title › English". A bare list is the order of actions. */
function labelsOf(row: DiffRow): Label[] {
  if (row.segments.length === 0) {
    return [{ key: 'audit.fields.order', text: '' }];
  }
  return row.segments.map((segment) =>
    KNOWN_FIELDS.has(segment)
      ? { key: `audit.fields.${segment}`, text: segment }
      : { key: null, text: segment },
  );
}

/**
 * The fields an audit entry changed, side by side: field, old value, new value. Yes/no and
 * "none" are said in the active language; everything else is shown as recorded.
 */
@Component({
  selector: 'app-audit-diff',
  imports: [NgTemplateOutlet, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (shown().length === 0) {
      <p class="none">{{ 'audit.diff.none' | transloco }}</p>
    } @else {
      <div class="table-scroll">
        <table class="diff">
          <caption class="visually-hidden">
            {{
              'audit.diff.caption' | transloco
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'audit.diff.field' | transloco }}</th>
              <th scope="col">{{ 'audit.diff.before' | transloco }}</th>
              <th scope="col">{{ 'audit.diff.after' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of shown(); track row.path) {
              <tr>
                <th scope="row" class="field">
                  @for (label of row.labels; track $index; let last = $last) {
                    @if (label.key) {
                      {{ label.key | transloco }}
                    } @else {
                      {{ label.text }}
                    }
                    @if (!last) {
                      <span class="separator" aria-hidden="true">›</span>
                    }
                  }
                </th>
                <td class="before">
                  <ng-container
                    *ngTemplateOutlet="value; context: { $implicit: row.before }"
                  ></ng-container>
                </td>
                <td class="after">
                  <ng-container
                    *ngTemplateOutlet="value; context: { $implicit: row.after }"
                  ></ng-container>
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
    <ng-template #value let-value>
      @switch (kindOf(value)) {
        @case ('empty') {
          <span class="empty">{{ 'audit.diff.empty' | transloco }}</span>
        }
        @case ('yes') {
          {{ 'audit.diff.yes' | transloco }}
        }
        @case ('no') {
          {{ 'audit.diff.no' | transloco }}
        }
        @default {
          {{ value }}
        }
      }
    </ng-template>
  `,
  styles: `
    .none {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .table-scroll {
      overflow-x: auto;
    }
    .diff {
      width: 100%;
      min-width: 520px;
      border-collapse: collapse;
      font: var(--mat-sys-body-medium);
    }
    th,
    td {
      padding: 8px 12px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: start;
      vertical-align: top;
      overflow-wrap: anywhere;
    }
    thead th {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-large);
    }
    .field {
      width: 24%;
      font-weight: 500;
    }
    .before {
      width: 38%;
      background: color-mix(in srgb, var(--mat-sys-error-container) 45%, transparent);
    }
    .after {
      width: 38%;
      background: color-mix(in srgb, var(--mat-sys-secondary-container) 60%, transparent);
    }
    .separator {
      margin-inline: 4px;
      color: var(--mat-sys-on-surface-variant);
    }
    .empty {
      color: var(--mat-sys-on-surface-variant);
      font-style: italic;
    }
  `,
})
export class AuditDiff {
  readonly rows = input.required<readonly DiffRow[]>();

  protected readonly shown = computed(() =>
    this.rows().map((row) => ({ ...row, labels: labelsOf(row) })),
  );

  protected kindOf(value: DiffValue): 'empty' | 'yes' | 'no' | 'text' {
    if (value === null || value === undefined || value === '') {
      return 'empty';
    }
    if (typeof value === 'boolean') {
      return value ? 'yes' : 'no';
    }
    return 'text';
  }
}
