import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';

import { selectRole } from '../../../core/session';

/** Where a link leads that the person's role may not use: says so kindly, and offers home. */
@Component({
  selector: 'app-not-allowed-page',
  imports: [MatButton, MatIcon, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="not-allowed" aria-labelledby="not-allowed-heading">
      <mat-icon svgIcon="block" class="icon" aria-hidden="true" />
      <h1 id="not-allowed-heading" class="heading">{{ 'auth.notAllowed.heading' | transloco }}</h1>
      @if (role(); as role) {
        <p class="message">
          {{ 'auth.notAllowed.message' | transloco: { role: 'roles.' + role | transloco } }}
        </p>
      }
      <a mat-flat-button routerLink="/">
        <mat-icon svgIcon="home" />
        {{ 'auth.notAllowed.homeLink' | transloco }}
      </a>
    </section>
  `,
  styles: `
    .not-allowed {
      display: flex;
      flex-direction: column;
      align-items: center;
      max-width: 560px;
      margin: 48px auto 0;
      text-align: center;
    }
    .icon {
      width: 64px;
      height: 64px;
      font-size: 64px;
      color: var(--mat-sys-primary);
    }
    .heading {
      margin: 16px 0 8px;
      font: var(--mat-sys-headline-medium);
    }
    .message {
      margin: 0 0 24px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-large);
    }
  `,
})
export default class NotAllowedPage {
  protected readonly role = inject(Store).selectSignal(selectRole);
}
