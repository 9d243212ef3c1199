import { ChangeDetectionStrategy, Component, Injector, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';

import { selectLocale } from '../../../core/i18n';
import { Alert } from '../../../shared/ui/alert/alert';
import { LocalDatePipe } from '../../../shared/ui/local-date.pipe';
import {
  EvaluationsPageActions,
  selectEvaluationRows,
  selectEvaluationsStatus,
} from '../data-access';
import { NewEvaluationDialog } from '../new-evaluation-dialog/new-evaluation-dialog';

/** `/evaluations`: the evaluations, most recently changed first, and a way to start one. */
@Component({
  selector: 'app-evaluations-page',
  imports: [
    Alert,
    LocalDatePipe,
    MatButton,
    MatIcon,
    MatProgressSpinner,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './evaluations-page.html',
  styleUrl: './evaluations-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EvaluationsPage {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);

  protected readonly rows = this.store.selectSignal(selectEvaluationRows);
  protected readonly status = this.store.selectSignal(selectEvaluationsStatus);
  protected readonly locale = this.store.selectSignal(selectLocale);

  constructor() {
    this.store.dispatch(EvaluationsPageActions.opened());
  }

  protected retry(): void {
    this.store.dispatch(EvaluationsPageActions.opened());
  }

  protected newEvaluation(): void {
    this.dialog.open(NewEvaluationDialog, {
      // The page's injector carries the "evaluations" translation scope into the dialog.
      injector: this.injector,
      width: '680px',
      maxWidth: 'calc(100vw - 32px)',
      autoFocus: 'first-tabbable',
    });
  }
}
