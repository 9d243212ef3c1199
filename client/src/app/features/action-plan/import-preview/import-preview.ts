import { ChangeDetectionStrategy, Component, computed, input, linkedSignal } from '@angular/core';
import { MatChip, MatChipAvatar, MatChipSet } from '@angular/material/chips';
import { MatIcon } from '@angular/material/icon';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ImportPreview, Locale } from '@ppm/shared';

import { Alert } from '../../../shared/ui/alert/alert';
import {
  type ImportMessage,
  type ImportSummary,
  describeImportMessage,
  inLocale,
} from '../data-access';
import { ImportMessageText } from '../import-message/import-message';

/** A row of the file with its problems said in words. */
interface RowView {
  readonly row: number;
  readonly areaCode: string;
  readonly actionCode: string;
  readonly en: string;
  readonly ru: string;
  readonly messages: readonly ImportMessage[];
}

/**
 * What applying an imported file would do: counts as chips, whether it can be applied,
 * problems of the file as a whole, every row with its problems, and the actions that would
 * be retired or retitled.
 */
@Component({
  selector: 'app-import-preview',
  imports: [
    MatChip,
    MatChipAvatar,
    MatChipSet,
    MatIcon,
    MatSlideToggle,
    MatTableModule,
    TranslocoPipe,
    Alert,
    ImportMessageText,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-preview.html',
  styleUrl: './import-preview.scss',
})
export class ImportPreviewView {
  readonly preview = input.required<ImportPreview>();
  readonly summary = input.required<ImportSummary>();
  readonly fileName = input.required<string>();
  readonly locale = input.required<Locale>();
  /** Titles of the actions now in the plan, by code, to name those that would be retired. */
  readonly currentTitles = input<Readonly<Record<string, string>>>({});

  protected readonly columns = ['row', 'area', 'code', 'title', 'problems'];

  protected readonly fileErrors = computed(() =>
    this.preview().errors.map((text) => describeImportMessage(text)),
  );

  protected readonly rows = computed<RowView[]>(() =>
    this.preview().rows.map((row) => ({
      row: row.row,
      areaCode: row.areaCode,
      actionCode: row.actionCode,
      en: row.title.en,
      ru: row.title.ru,
      messages: row.errors.map((text) => describeImportMessage(text)),
    })),
  );

  protected readonly invalidRows = computed(
    () => this.rows().filter((row) => row.messages.length > 0).length,
  );

  /** A file with errors shows its bad rows first; the person may show every row. */
  protected readonly onlyErrors = linkedSignal(() => this.invalidRows() > 0);
  protected readonly shownRows = computed(() =>
    this.onlyErrors() ? this.rows().filter((row) => row.messages.length > 0) : this.rows(),
  );
  /** Long lists of changes start folded; a valid file shows its changes first. */
  protected readonly changesOpen = computed(() => {
    const { removed, retitled } = this.preview().changes;
    return this.preview().valid && removed.length + retitled.length <= 20;
  });

  protected readonly retitled = computed(() => {
    const locale = this.locale();
    return this.preview().changes.retitled.map((change) => ({
      code: change.code,
      before: inLocale(change.before, locale),
      after: inLocale(change.after, locale),
    }));
  });

  protected titleOf(code: string): string {
    return this.currentTitles()[code] ?? '';
  }
}
