import { ChangeDetectionStrategy, Component, Injector, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';

import { selectLocale } from '../../../core/i18n';
import { isAppStateRole, selectRole } from '../../../core/session';
import { Alert } from '../../../shared/ui/alert/alert';
import { CycleCardView } from '../cycle-card/cycle-card';
import { CycleDialog } from '../cycle-dialog/cycle-dialog';
import { CyclesPageActions, selectCycleCards, selectCyclesStatus } from '../data-access';

/**
 * `/cycles`: every reporting cycle, newest period first. The Secretariat and evaluators see how
 * the expected states stand; a state's people see their own report; the Secretariat plans new
 * cycles.
 */
@Component({
  selector: 'app-cycles-page',
  imports: [MatButton, MatIcon, MatProgressSpinner, TranslocoPipe, Alert, CycleCardView],
  templateUrl: './cycles-page.html',
  styleUrl: './cycles-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CyclesPage {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);

  protected readonly cards = this.store.selectSignal(selectCycleCards);
  protected readonly status = this.store.selectSignal(selectCyclesStatus);
  protected readonly locale = this.store.selectSignal(selectLocale);
  private readonly role = this.store.selectSignal(selectRole);

  protected readonly canPlan = computed(() => this.role() === 'secretariat');
  protected readonly ofState = computed(() => {
    const role = this.role();
    return role !== null && isAppStateRole(role);
  });

  constructor() {
    this.store.dispatch(CyclesPageActions.opened());
  }

  protected retry(): void {
    this.store.dispatch(CyclesPageActions.opened());
  }

  protected newCycle(): void {
    this.dialog.open(CycleDialog, {
      // The page's injector carries the "cycles" translation scope and date fields into the dialog.
      injector: this.injector,
      width: '640px',
      maxWidth: 'calc(100vw - 32px)',
      autoFocus: 'first-tabbable',
    });
  }
}
