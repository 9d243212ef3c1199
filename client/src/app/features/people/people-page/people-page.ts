import { ChangeDetectionStrategy, Component, Injector, computed, inject } from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatMenu, MatMenuContent, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatOption, MatSelect, MatSelectTrigger } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import type { Role } from '@ppm/shared';
import { filter } from 'rxjs';

import { selectLocale } from '../../../core/i18n';
import { APP_ROLES, selectUser } from '../../../core/session';
import { formatDaysAgo } from '../../../shared/ui/dates';
import { PHONE_TABLE_QUERY, mediaMatches } from '../../../shared/ui/media-query';
import { Alert } from '../../../shared/ui/alert/alert';
import { confirm } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { OneTimeSecret } from '../../../shared/ui/one-time-secret/one-time-secret';
import {
  type PeopleFilter,
  PeoplePageActions,
  selectAllPeople,
  selectBusyIds,
  selectFilter,
  selectPeopleStatus,
  selectRevealedReset,
  selectStateNames,
  selectStateOptions,
  type Account,
} from '../data-access';
import { PersonDialog, type PersonDialogData } from '../person-dialog/person-dialog';

/** The "active" filter's choices, as the select holds them. */
export type ActiveChoice = 'any' | 'active' | 'inactive';

const ANY = '';

const WIDE_COLUMNS = ['name', 'role', 'state', 'locale', 'active', 'actions'];
const COMPACT_COLUMNS = ['name', 'active', 'actions'];

/**
 * `/people` (admins): every account with role, state, language and status; filters; invite;
 * edit; deactivate or reactivate; start a password reset.
 */
@Component({
  selector: 'app-people-page',
  imports: [
    MatButton,
    MatIconButton,
    MatFormField,
    MatLabel,
    MatIcon,
    MatMenu,
    MatMenuContent,
    MatMenuItem,
    MatMenuTrigger,
    MatOption,
    MatProgressSpinner,
    MatSelect,
    MatSelectTrigger,
    MatTableModule,
    TranslocoPipe,
    Alert,
    OneTimeSecret,
  ],
  templateUrl: './people-page.html',
  styleUrl: './people-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class PeoplePage {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly transloco = inject(TranslocoService);

  protected readonly people = this.store.selectSignal(selectAllPeople);
  protected readonly status = this.store.selectSignal(selectPeopleStatus);
  protected readonly filter = this.store.selectSignal(selectFilter);
  protected readonly stateOptions = this.store.selectSignal(selectStateOptions);
  protected readonly stateNames = this.store.selectSignal(selectStateNames);
  protected readonly busyIds = this.store.selectSignal(selectBusyIds);
  protected readonly revealedReset = this.store.selectSignal(selectRevealedReset);
  protected readonly me = this.store.selectSignal(selectUser);
  protected readonly locale = this.store.selectSignal(selectLocale);

  protected readonly roles = APP_ROLES;
  protected readonly any = ANY;
  /** A phone: name (role, state and language under it), status and the menu. */
  protected readonly compact = mediaMatches(PHONE_TABLE_QUERY);
  protected readonly columns = computed(() => (this.compact() ? COMPACT_COLUMNS : WIDE_COLUMNS));

  constructor() {
    this.store.dispatch(PeoplePageActions.opened());
  }

  protected activeChoice(): ActiveChoice {
    const active = this.filter().active;
    return active === null ? 'any' : active ? 'active' : 'inactive';
  }

  protected activeLabel(): string {
    return {
      any: 'people.filters.anyStatus',
      active: 'people.status.active',
      inactive: 'people.status.inactive',
    }[this.activeChoice()];
  }

  protected filterRole(role: Role | typeof ANY): void {
    this.changeFilter({ role: role || null });
  }

  protected filterState(stateCode: string): void {
    this.changeFilter({ stateCode: stateCode || null });
  }

  protected filterActive(choice: ActiveChoice): void {
    this.changeFilter({ active: choice === 'any' ? null : choice === 'active' });
  }

  protected stateName(code: string | null): string {
    return code ? (this.stateNames()[code] ?? code) : '';
  }

  protected isBusy(person: Account): boolean {
    return this.busyIds().includes(person.id);
  }

  protected invite(): void {
    this.openDialog({ person: null });
  }

  protected edit(person: Account): void {
    this.openDialog({ person });
  }

  protected changeActive(person: Account, active: boolean): void {
    const prefix = active ? 'people.reactivate' : 'people.deactivate';
    confirm(this.dialog, {
      title: this.t(`${prefix}.title`, { name: person.name }),
      message: this.t(`${prefix}.message`, { name: person.name }),
      confirm: this.t(`${prefix}.confirm`),
      cancel: this.t('ui.cancel'),
      destructive: !active,
    })
      .pipe(filter(Boolean))
      .subscribe(() =>
        this.store.dispatch(PeoplePageActions.activeChangeConfirmed({ id: person.id, active })),
      );
  }

  protected resetPassword(person: Account): void {
    confirm(this.dialog, {
      title: this.t('people.reset.title', { name: person.name }),
      message: this.t('people.reset.message', { name: person.name }),
      confirm: this.t('people.reset.confirm'),
      cancel: this.t('ui.cancel'),
    })
      .pipe(filter(Boolean))
      .subscribe(() =>
        this.store.dispatch(PeoplePageActions.passwordResetConfirmed({ id: person.id })),
      );
  }

  protected resendInvitation(person: Account): void {
    this.store.dispatch(PeoplePageActions.invitationResendClicked({ id: person.id }));
  }

  /** "invited 3 days ago", in the language shown. */
  protected invitedAgo(person: Account): string {
    return person.invitedAt ? formatDaysAgo(person.invitedAt, new Date(), this.locale()) : '';
  }

  protected dismissResetLink(): void {
    this.store.dispatch(PeoplePageActions.resetLinkDismissed());
  }

  private changeFilter(change: Partial<PeopleFilter>): void {
    this.store.dispatch(
      PeoplePageActions.filterChanged({ filter: { ...this.filter(), ...change } }),
    );
  }

  private openDialog(data: PersonDialogData): void {
    this.dialog.open<PersonDialog, PersonDialogData, boolean>(PersonDialog, {
      data,
      // The page's injector carries the "people" translation scope into the dialog.
      injector: this.injector,
      width: '560px',
      maxWidth: 'calc(100vw - 32px)',
      autoFocus: 'first-tabbable',
    });
  }

  private t(key: string, params?: Record<string, unknown>): string {
    return this.transloco.translate(key, params);
  }
}
