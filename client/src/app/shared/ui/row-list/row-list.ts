import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  contentChild,
  inject,
  input,
  output,
} from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

import { RowFields, type RowFieldsContext } from './row-fields';
import type { IconName } from '../../../core/icons/icon-names';

/** What kind of rows a row list holds. */
export interface RowListOptions<Row> {
  /** A new, empty row. */
  readonly newRow: () => Row;
  readonly isComplete: (row: Row) => boolean;
  /** The most rows there may be. */
  readonly max: number;
  /** The icon of the add button. */
  readonly addIcon: IconName;
  /** Translation keys; `row` and `remove` get the row's number as `n`. */
  readonly labels: Readonly<{ row: string; remove: string; incomplete: string; add: string }>;
}

/**
 * Rows of a few fields each that the person adds and removes, such as the links of a report
 * entry. A row that is not complete yet says so under its fields (its owner keeps it on the
 * device until it is). The fields come from an `<ng-template appRowFields>` inside; the list
 * adds the row's group, its remove button, the note and the add button, and emits every
 * change as a new array.
 *
 * Its owner lays the fields out with CSS variables: `--row-list-columns` (the row's grid
 * columns, the remove button included) and `--row-list-remove-column` and
 * `--row-list-remove-row` (where the remove button goes).
 */
@Component({
  selector: 'app-row-list',
  imports: [MatButton, MatIcon, MatIconButton, NgTemplateOutlet, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (context of contexts(); track $index) {
      <div
        class="row"
        role="group"
        [attr.aria-label]="options().labels.row | transloco: { n: context.index + 1 }"
      >
        <ng-container [ngTemplateOutlet]="fields().template" [ngTemplateOutletContext]="context" />
        <button
          mat-icon-button
          type="button"
          class="remove"
          [attr.aria-label]="options().labels.remove | transloco: { n: context.index + 1 }"
          (click)="remove(context.index)"
        >
          <mat-icon svgIcon="delete" />
        </button>
        @if (!options().isComplete(context.$implicit)) {
          <p class="incomplete">{{ options().labels.incomplete | transloco }}</p>
        }
      </div>
    }
    <button
      mat-button
      type="button"
      class="add"
      [disabled]="rows().length >= options().max"
      (click)="add()"
    >
      <mat-icon [svgIcon]="options().addIcon" />
      {{ options().labels.add | transloco }}
    </button>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 8px;
    }
    .row {
      display: grid;
      grid-template-columns: var(--row-list-columns, minmax(0, 1fr) auto);
      align-items: center;
      gap: 8px;
      width: 100%;
    }
    .remove {
      grid-column: var(--row-list-remove-column, auto);
      grid-row: var(--row-list-remove-row, auto);
    }
    .incomplete {
      grid-column: 1 / -1;
      margin: -4px 0 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class RowList<Row extends object> {
  readonly rows = input.required<readonly Row[]>();
  readonly options = input.required<RowListOptions<Row>>();
  readonly rowsChange = output<Row[]>();
  /** A row was removed: the owner may save now, as when a field is left. */
  readonly blurred = output();

  protected readonly fields = contentChild.required<RowFields<Row>>(RowFields);
  protected readonly contexts = computed(() =>
    this.rows().map((row, index): RowFieldsContext<Row> => ({
      $implicit: row,
      index,
      update: (change) => this.update(index, change),
    })),
  );

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected add(): void {
    this.rowsChange.emit([...this.rows(), this.options().newRow()]);
    afterNextRender(
      () => {
        const rows = this.host.nativeElement.querySelectorAll<HTMLElement>('.row');
        Array.from(rows).at(-1)?.querySelector<HTMLElement>('input')?.focus();
      },
      { injector: this.injector },
    );
  }

  protected remove(index: number): void {
    this.rowsChange.emit(this.rows().filter((_row, i) => i !== index));
    this.blurred.emit();
  }

  private update(index: number, change: Partial<Row>): void {
    this.rowsChange.emit(this.rows().map((row, i) => (i === index ? { ...row, ...change } : row)));
  }
}
