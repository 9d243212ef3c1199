import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';

import { RowFields } from '../../../shared/ui/row-list/row-fields';
import { RowList, type RowListOptions } from '../../../shared/ui/row-list/row-list';
import { MAX_LINKS_PER_ENTRY, isCompleteLink } from '../data-access';

type Link = Readonly<{ title: string; url: string }>;

const LINK_ROWS: RowListOptions<Link> = {
  newRow: () => ({ title: '', url: '' }),
  isComplete: isCompleteLink,
  max: MAX_LINKS_PER_ENTRY,
  addIcon: 'add_link',
  labels: {
    row: 'reports.entry.links.row',
    remove: 'reports.entry.links.remove',
    incomplete: 'reports.entry.links.incomplete',
    add: 'reports.entry.links.add',
  },
};

/** Evidence links of an entry: title and web address per row; add and remove rows. */
@Component({
  selector: 'app-links-editor',
  imports: [MatFormField, MatInput, MatLabel, RowFields, RowList, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-row-list
      [rows]="links()"
      [options]="rowOptions"
      (rowsChange)="linksChange.emit($event)"
      (blurred)="blurred.emit()"
    >
      <ng-template [appRowFields]="links()" let-link let-update="update">
        <mat-form-field class="title" subscriptSizing="dynamic">
          <mat-label>{{ 'reports.entry.links.title' | transloco }}</mat-label>
          <input
            matInput
            class="link-title"
            maxlength="300"
            [value]="link.title"
            (input)="update({ title: value($event) })"
            (blur)="blurred.emit()"
          />
        </mat-form-field>
        <mat-form-field class="url" subscriptSizing="dynamic">
          <mat-label>{{ 'reports.entry.links.url' | transloco }}</mat-label>
          <input
            matInput
            type="url"
            class="link-url"
            inputmode="url"
            placeholder="https://"
            maxlength="2000"
            [value]="link.url"
            (input)="update({ url: value($event) })"
            (blur)="blurred.emit()"
          />
        </mat-form-field>
      </ng-template>
    </app-row-list>
  `,
  styles: `
    :host {
      display: block;
      --row-list-columns: minmax(0, 1fr) minmax(0, 1.4fr) auto;
    }
    @media (max-width: 599.98px) {
      :host {
        --row-list-columns: minmax(0, 1fr) auto;
        --row-list-remove-column: 2;
        --row-list-remove-row: 1 / span 2;
      }
      .url {
        grid-column: 1;
      }
    }
  `,
})
export class LinksEditor {
  readonly links = input.required<readonly Link[]>();
  readonly linksChange = output<Link[]>();
  readonly blurred = output();

  protected readonly rowOptions = LINK_ROWS;

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }
}
