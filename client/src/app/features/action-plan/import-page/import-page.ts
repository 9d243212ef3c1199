import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { filter } from 'rxjs';

import { selectLocale } from '../../../core/i18n';
import { Alert } from '../../../shared/ui/alert/alert';
import { ButtonSpinner } from '../../../shared/ui/button-spinner/button-spinner';
import { confirm } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { formatTime } from '../../../shared/ui/dates';
import {
  ImportFiles,
  ImportPageActions,
  type TemplateFormat,
  describeImportFailure,
  selectCanApply,
  selectImportError,
  selectImportFileName,
  selectImportPreview,
  selectImportProgress,
  selectImportStatus,
  selectImportSummary,
  selectPlanView,
  templateUrl,
} from '../data-access';
import { FileDrop, type RejectedFile } from '../file-drop/file-drop';
import { ImportMessageText } from '../import-message/import-message';
import { ImportPreviewView } from '../import-preview/import-preview';

/**
 * `/action-plan/import` (Secretariat): download the template, upload a filled-in
 * spreadsheet, see what it would change and every problem in it, and apply it (only when it
 * has no errors, after a confirmation). Then back to the plan.
 */
@Component({
  selector: 'app-import-page',
  imports: [
    MatButton,
    MatIcon,
    MatProgressBar,
    RouterLink,
    TranslocoPipe,
    Alert,
    ButtonSpinner,
    FileDrop,
    ImportMessageText,
    ImportPreviewView,
  ],
  templateUrl: './import-page.html',
  styleUrl: './import-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportPage {
  private readonly store = inject(Store);
  private readonly files = inject(ImportFiles);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);

  protected readonly status = this.store.selectSignal(selectImportStatus);
  protected readonly progress = this.store.selectSignal(selectImportProgress);
  protected readonly fileName = this.store.selectSignal(selectImportFileName);
  protected readonly preview = this.store.selectSignal(selectImportPreview);
  protected readonly summary = this.store.selectSignal(selectImportSummary);
  protected readonly canApply = this.store.selectSignal(selectCanApply);
  protected readonly locale = this.store.selectSignal(selectLocale);
  private readonly error = this.store.selectSignal(selectImportError);
  private readonly plan = this.store.selectSignal(selectPlanView);

  protected readonly rejected = signal<RejectedFile | null>(null);
  protected readonly failure = computed(() => {
    const error = this.error();
    return this.status() === 'failed' && error ? describeImportFailure(error) : null;
  });
  /** The titles of the actions in the plan now, to name those an import would retire. */
  protected readonly currentTitles = computed(() =>
    Object.fromEntries(
      (this.plan()?.areas ?? []).flatMap((area) =>
        area.actions.map((action) => [action.code, action.title] as const),
      ),
    ),
  );
  protected readonly expiresAt = computed(() => {
    const preview = this.preview();
    return preview ? formatTime(preview.expiresAt, this.locale()) : '';
  });
  protected readonly templates: readonly { format: TemplateFormat; url: string }[] = [
    { format: 'xlsx', url: templateUrl('xlsx') },
    { format: 'csv', url: templateUrl('csv') },
  ];

  constructor() {
    this.store.dispatch(ImportPageActions.opened());
  }

  protected choose(file: File): void {
    this.rejected.set(null);
    this.store.dispatch(ImportPageActions.fileChosen({ file: this.files.keep(file) }));
  }

  protected discard(): void {
    this.rejected.set(null);
    this.store.dispatch(ImportPageActions.previewDiscarded());
  }

  protected apply(): void {
    const preview = this.preview();
    const summary = this.summary();
    if (!preview || !summary || !this.canApply()) {
      return;
    }
    const t = (key: string, params?: Record<string, unknown>) =>
      this.transloco.translate(`actionPlan.import.applyConfirm.${key}`, params);
    confirm(this.dialog, {
      title: t('title'),
      message: t('message', { ...summary }),
      confirm: t('confirm'),
      cancel: this.transloco.translate('ui.cancel'),
    })
      .pipe(filter(Boolean))
      .subscribe(() =>
        this.store.dispatch(
          ImportPageActions.applyConfirmed({
            previewId: preview.previewId,
            version: preview.basedOnVersion,
          }),
        ),
      );
  }
}
