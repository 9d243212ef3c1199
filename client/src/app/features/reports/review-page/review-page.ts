import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import type { ReturnBody } from '../data-access';
import { filter } from 'rxjs';

import { selectLocale } from '../../../core/i18n';
import { Alert } from '../../../shared/ui/alert/alert';
import { confirm } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { LocalDatePipe } from '../../../shared/ui/local-date.pipe';
import {
  ReviewPageActions,
  selectChanges,
  selectCompleteness,
  selectEditorView,
  selectNotice,
  selectReport,
  selectReportError,
  selectReportStatus,
  selectTransitionError,
  selectTransitionStatus,
  selectWorkingsStatus,
} from '../data-access';
import { CycleChangesView } from '../cycle-changes/cycle-changes';
import { ReopenDialog } from '../reopen-dialog/reopen-dialog';
import { ReturnDialog, type ReturnDialogData } from '../return-dialog/return-dialog';

/**
 * `/reports/:cycleId/:stateCode/review` (Secretariat): the submitted report beside the state's
 * previous one, action by action, with "Return for revision", "Approve", and "Reopen" for an
 * approved report.
 */
@Component({
  selector: 'app-review-page',
  imports: [
    Alert,
    CycleChangesView,
    LocalDatePipe,
    MatButton,
    MatIcon,
    MatProgressBar,
    MatProgressSpinner,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './review-page.html',
  styleUrl: './review-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewPage {
  readonly cycleId = input.required<string>();
  readonly stateCode = input.required<string>();

  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly transloco = inject(TranslocoService);

  protected readonly report = this.store.selectSignal(selectReport);
  protected readonly view = this.store.selectSignal(selectEditorView);
  protected readonly status = this.store.selectSignal(selectReportStatus);
  protected readonly error = this.store.selectSignal(selectReportError);
  protected readonly completeness = this.store.selectSignal(selectCompleteness);
  protected readonly changes = this.store.selectSignal(selectChanges);
  protected readonly workingsStatus = this.store.selectSignal(selectWorkingsStatus);
  protected readonly transitionStatus = this.store.selectSignal(selectTransitionStatus);
  protected readonly transitionError = this.store.selectSignal(selectTransitionError);
  protected readonly notice = this.store.selectSignal(selectNotice);
  protected readonly locale = this.store.selectSignal(selectLocale);

  protected readonly key = computed(() => ({
    cycleId: this.cycleId(),
    stateCode: this.stateCode(),
  }));
  protected readonly busy = computed(() => this.transitionStatus() === 'working');
  protected readonly titles = computed(() => {
    const titles: Record<string, string> = {};
    for (const area of this.view()?.areas ?? []) {
      for (const entry of area.entries) {
        titles[entry.code] = entry.title;
      }
    }
    return titles;
  });
  protected readonly areas = computed(() =>
    (this.view()?.areas ?? []).map((area) => ({ code: area.code, title: area.title })),
  );

  constructor() {
    effect(() => {
      const key = this.key();
      untracked(() => this.store.dispatch(ReviewPageActions.opened({ key })));
    });
  }

  protected returnForRevision(): void {
    const actions = (this.view()?.areas ?? []).flatMap((area) =>
      area.entries.map((entry) => ({ code: entry.code, title: entry.title })),
    );
    this.dialog
      .open<ReturnDialog, ReturnDialogData, ReturnBody>(ReturnDialog, {
        data: { actions },
        injector: this.injector,
        width: '720px',
        maxWidth: 'calc(100vw - 32px)',
      })
      .afterClosed()
      .pipe(filter((body): body is ReturnBody => body !== undefined))
      .subscribe((body) => this.store.dispatch(ReviewPageActions.returnSubmitted({ body })));
  }

  protected approve(): void {
    confirm(this.dialog, {
      title: this.transloco.translate('reports.review.approveConfirm.title'),
      message: this.transloco.translate('reports.review.approveConfirm.message', {
        state: this.view()?.stateName ?? '',
      }),
      confirm: this.transloco.translate('reports.review.approveConfirm.confirm'),
      cancel: this.transloco.translate('ui.cancel'),
    })
      .pipe(filter(Boolean))
      .subscribe(() => this.store.dispatch(ReviewPageActions.approveConfirmed()));
  }

  protected reopen(): void {
    this.dialog
      .open<ReopenDialog, unknown, string>(ReopenDialog, {
        injector: this.injector,
        width: '560px',
        maxWidth: 'calc(100vw - 32px)',
      })
      .afterClosed()
      .pipe(filter((comment): comment is string => typeof comment === 'string'))
      .subscribe((comment) => this.store.dispatch(ReviewPageActions.reopenSubmitted({ comment })));
  }

  protected dismissNotice(): void {
    this.store.dispatch(ReviewPageActions.noticeDismissed());
  }
}
