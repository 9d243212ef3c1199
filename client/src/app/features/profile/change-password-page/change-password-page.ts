import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';

import { selectMustChangePassword, selectUser } from '../../../core/session';
import { Alert } from '../../../shared/ui/alert/alert';
import {
  ChangePasswordPageActions,
  type PasswordChange,
  selectPasswordError,
  selectPasswordStatus,
} from '../data-access';
import { PasswordChangeForm } from '../password-change-form/password-change-form';

/**
 * `/change-password`: a person who signed in with a one-time password replaces it before
 * anything else (every other page sends them here until they do), then goes on to the page
 * they wanted.
 */
@Component({
  selector: 'app-change-password-page',
  imports: [TranslocoPipe, Alert, PasswordChangeForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="panel" aria-labelledby="change-password-heading">
      <h1 id="change-password-heading" class="heading">
        {{ 'profile.forced.heading' | transloco }}
      </h1>
      @if (mustChange()) {
        <app-alert kind="info">
          {{ 'profile.forced.intro' | transloco: { name: user()?.name ?? '' } }}
        </app-alert>
      }
      <app-password-change-form
        [saving]="status() === 'saving'"
        [error]="error()"
        [saved]="status() === 'saved'"
        submitLabel="profile.forced.submit"
        (submitted)="submit($event)"
      />
    </section>
  `,
  styles: `
    .panel {
      display: flex;
      flex-direction: column;
      gap: 16px;
      max-width: 520px;
      margin: 32px auto 0;
    }
    .heading {
      margin: 0;
      font: var(--mat-sys-headline-small);
    }
  `,
})
export default class ChangePasswordPage {
  private readonly store = inject(Store);

  /** The page to go on to afterwards (query parameter). */
  readonly returnUrl = input<string>();

  protected readonly user = this.store.selectSignal(selectUser);
  protected readonly mustChange = this.store.selectSignal(selectMustChangePassword);
  protected readonly status = this.store.selectSignal(selectPasswordStatus);
  protected readonly error = this.store.selectSignal(selectPasswordError);

  constructor() {
    this.store.dispatch(ChangePasswordPageActions.opened());
  }

  protected submit(change: PasswordChange): void {
    this.store.dispatch(
      ChangePasswordPageActions.submitted({ change, returnUrl: this.returnUrl() ?? null }),
    );
  }
}
