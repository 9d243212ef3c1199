import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatDivider } from '@angular/material/divider';
import { MatIcon } from '@angular/material/icon';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { User } from '@ppm/shared';
import { filter } from 'rxjs';

import { confirm } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { browserStorage, keptDraftKeys } from '../../storage/kept-drafts';

/**
 * The signed-in person's name and role in the toolbar, opening a menu with the profile and
 * signing out (the API documentation is offered where tokens are made: the profile). Loaded after the first render (it is `@defer`red in the
 * shell), which keeps Material's menu out of the initial bundle.
 */
@Component({
  selector: 'app-user-menu',
  imports: [
    MatButton,
    MatDivider,
    MatIcon,
    MatMenu,
    MatMenuItem,
    MatMenuTrigger,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-button
      type="button"
      class="user-button"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="
        compact()
          ? ('userMenu.open'
            | transloco: { name: user().name, role: 'roles.' + user().role | transloco })
          : null
      "
    >
      <mat-icon svgIcon="account_circle" />
      @if (!compact()) {
        <span class="who">
          <span class="name">{{ user().name }}</span>
          <span class="role">{{ 'roles.' + user().role | transloco }}</span>
        </span>
      }
    </button>
    <mat-menu #menu="matMenu" xPosition="before">
      <div class="menu-header" role="presentation">
        <span class="name">{{ user().name }}</span>
        <span class="email">{{ user().email }}</span>
      </div>
      <mat-divider />
      <a mat-menu-item routerLink="/profile">
        <mat-icon svgIcon="person" />
        <span>{{ 'userMenu.profile' | transloco }}</span>
      </a>
      <mat-divider />
      <button mat-menu-item type="button" (click)="signOutClicked()">
        <mat-icon svgIcon="logout" />
        <span>{{ 'userMenu.signOut' | transloco }}</span>
      </button>
    </mat-menu>
  `,
  styles: `
    :host {
      display: inline-flex;
    }
    .user-button {
      height: 48px;
      max-width: 260px;
      text-align: start;
    }
    .who {
      display: flex;
      flex-direction: column;
      min-width: 0;
      line-height: 1.2;
    }
    .name,
    .role {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .role {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-small);
    }
    .menu-header {
      display: flex;
      flex-direction: column;
      max-width: 280px;
      padding: 8px 16px 12px;
    }
    .menu-header .name {
      font: var(--mat-sys-title-small);
    }
    .menu-header .email {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
      overflow-wrap: anywhere;
    }
  `,
})
export class UserMenu {
  readonly user = input.required<User>();
  /** Icon only, for narrow screens; the name and role stay in the accessible name. */
  readonly compact = input(false);
  readonly signOut = output();

  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);

  /**
   * Report edits the server does not have yet stay on this device, also after signing out; on
   * a shared computer the next person could read them. So the person decides: stay (and save
   * them), or sign out and delete them from this device.
   */
  protected signOutClicked(): void {
    const storage = browserStorage();
    const kept = keptDraftKeys(storage, this.user().id);
    if (kept.length === 0) {
      this.signOut.emit();
      return;
    }
    confirm(this.dialog, {
      title: this.transloco.translate('userMenu.keptDrafts.title'),
      message: this.transloco.translate('userMenu.keptDrafts.message'),
      confirm: this.transloco.translate('userMenu.keptDrafts.confirm'),
      cancel: this.transloco.translate('userMenu.keptDrafts.stay'),
      destructive: true,
    })
      .pipe(filter(Boolean))
      .subscribe(() => {
        kept.forEach((key) => storage?.removeItem(key));
        this.signOut.emit();
      });
  }
}
