import type { ComponentType } from '@angular/cdk/portal';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { type Action, Store } from '@ngrx/store';
import { filter } from 'rxjs';

import type { TranslationParams } from '../../../core/i18n';
import { selectRole } from '../../../core/session';
import { Alert } from '../../../shared/ui/alert/alert';
import { AreaNav, type AreaNavItem } from '../../../shared/ui/area-nav/area-nav';
import { confirm } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { ActionDialog, type ActionDialogData } from '../action-dialog/action-dialog';
import { type ActionOrder, AreaActions } from '../area-actions/area-actions';
import { AreaDialog, type AreaDialogData } from '../area-dialog/area-dialog';
import {
  ActionPlanPageActions,
  type ActionView,
  type AreaView,
  selectIsSaving,
  selectIsStale,
  selectNotice,
  selectPlanStatus,
  selectPlanView,
  selectSaveError,
  selectSaveStatus,
} from '../data-access';

/**
 * `/action-plan`, for everyone signed in: the cooperation areas, all listed beside the
 * selected one's actions. The Secretariat also edits titles, adds, renames, retires, restores and reorders
 * actions, and finds the import from here.
 */
@Component({
  selector: 'app-action-plan-page',
  imports: [
    MatButton,
    MatIcon,
    MatProgressBar,
    MatProgressSpinner,
    RouterLink,
    TranslocoPipe,
    Alert,
    AreaActions,
    AreaNav,
  ],
  templateUrl: './action-plan-page.html',
  styleUrl: './action-plan-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActionPlanPage {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly transloco = inject(TranslocoService);

  protected readonly plan = this.store.selectSignal(selectPlanView);
  protected readonly status = this.store.selectSignal(selectPlanStatus);
  protected readonly saving = this.store.selectSignal(selectIsSaving);
  protected readonly stale = this.store.selectSignal(selectIsStale);
  protected readonly notice = this.store.selectSignal(selectNotice);
  private readonly saveStatus = this.store.selectSignal(selectSaveStatus);
  private readonly saveError = this.store.selectSignal(selectSaveError);
  private readonly role = this.store.selectSignal(selectRole);

  protected readonly canEdit = computed(() => this.role() === 'secretariat');
  protected readonly selectedArea = signal(0);
  protected readonly shownArea = computed(() => {
    const areas = this.plan()?.areas ?? [];
    return areas[Math.min(this.selectedArea(), areas.length - 1)] ?? null;
  });
  protected readonly areaItems = computed((): AreaNavItem[] =>
    (this.plan()?.areas ?? []).map((area) => ({ code: area.code, title: area.shortTitle })),
  );
  /** Dialogs show their own failures; the page shows those of its own edits. */
  private readonly dialogOpen = signal(false);
  protected readonly saveFailed = computed(() => {
    const error = this.saveError();
    return (
      this.saveStatus() === 'failed' &&
      !this.stale() &&
      !this.dialogOpen() &&
      error !== null &&
      error.status >= 400 &&
      error.status < 500 &&
      error.status !== 403
    );
  });

  constructor() {
    this.store.dispatch(ActionPlanPageActions.opened());
  }

  protected reload(): void {
    this.store.dispatch(ActionPlanPageActions.reloadClicked());
  }

  protected dismissNotice(): void {
    this.store.dispatch(ActionPlanPageActions.noticeDismissed());
  }

  protected editArea(area: AreaView): void {
    const version = this.plan()?.version;
    if (version === undefined) {
      return;
    }
    this.openDialog(AreaDialog, { area, version } satisfies AreaDialogData);
  }

  protected addAction(area: AreaView): void {
    const version = this.plan()?.version;
    if (version === undefined) {
      return;
    }
    this.openDialog(ActionDialog, {
      mode: 'add',
      areaCode: area.code,
      version,
    } satisfies ActionDialogData);
  }

  protected rename(action: ActionView): void {
    const version = this.plan()?.version;
    if (version === undefined) {
      return;
    }
    this.openDialog(ActionDialog, {
      mode: 'rename',
      action,
      version,
    } satisfies ActionDialogData);
  }

  protected retire(action: ActionView): void {
    this.confirmChange(action, 'actionPlan.retireConfirm', true, (version) =>
      ActionPlanPageActions.retireConfirmed({ actionCode: action.code, version }),
    );
  }

  protected restore(action: ActionView): void {
    this.confirmChange(action, 'actionPlan.restoreConfirm', false, (version) =>
      ActionPlanPageActions.restoreConfirmed({ actionCode: action.code, version }),
    );
  }

  protected move(order: ActionOrder): void {
    const version = this.plan()?.version;
    if (version === undefined || this.saving()) {
      return;
    }
    this.store.dispatch(ActionPlanPageActions.actionMoved({ ...order, version }));
  }

  private confirmChange(
    action: ActionView,
    prefix: string,
    destructive: boolean,
    event: (version: number) => Action,
  ): void {
    // The version the person looked at when they decided, not whatever arrives meanwhile.
    const version = this.plan()?.version;
    if (version === undefined) {
      return;
    }
    const params = { code: action.code, title: action.title };
    confirm(this.dialog, {
      title: this.t(`${prefix}.title`, params),
      message: this.t(`${prefix}.message`, params),
      confirm: this.t(`${prefix}.confirm`),
      cancel: this.t('ui.cancel'),
      destructive,
    })
      .pipe(filter(Boolean))
      .subscribe(() => this.store.dispatch(event(version)));
  }

  private openDialog<C>(component: ComponentType<C>, data: unknown): void {
    this.dialogOpen.set(true);
    this.dialog
      .open<C, unknown, boolean>(component, {
        data,
        // The page's injector carries the "action-plan" translation scope into the dialog.
        injector: this.injector,
        width: '640px',
        maxWidth: 'calc(100vw - 32px)',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe(() => this.dialogOpen.set(false));
  }

  private t(key: string, params?: TranslationParams): string {
    return this.transloco.translate(key, params);
  }
}
