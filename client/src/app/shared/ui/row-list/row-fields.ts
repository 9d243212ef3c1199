import { Directive, TemplateRef, inject, input } from '@angular/core';

/** What the fields of one row of a `<app-row-list>` get to work with. */
export interface RowFieldsContext<Row> {
  /** The row itself (`let-row`). */
  readonly $implicit: Row;
  /** Its position, from 0. */
  readonly index: number;
  /** Replaces some of the row's values; the list emits the new rows. */
  readonly update: (change: Partial<Row>) => void;
}

/**
 * Marks the `<ng-template>` that draws one row's fields inside `<app-row-list>`:
 * `<ng-template [appRowFields]="links()" let-link let-update="update">`. The rows are bound
 * here again only so that the template's variables are typed.
 */
@Directive({ selector: 'ng-template[appRowFields]' })
export class RowFields<Row extends object> {
  readonly appRowFields = input.required<readonly Row[]>();
  readonly template = inject<TemplateRef<RowFieldsContext<Row>>>(TemplateRef);

  static ngTemplateContextGuard<Row extends object>(
    _directive: RowFields<Row>,
    _context: unknown,
  ): _context is RowFieldsContext<Row> {
    return true;
  }
}
