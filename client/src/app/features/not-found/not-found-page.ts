import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/** Shown for any address the app does not know, with a way back to the overview. */
@Component({
  selector: 'app-not-found-page',
  imports: [MatButton, MatIcon, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="not-found" aria-labelledby="not-found-heading">
      <mat-icon svgIcon="explore_off" class="icon" />
      <h1 id="not-found-heading" class="heading">{{ 'notFound.heading' | transloco }}</h1>
      <p class="message">{{ 'notFound.message' | transloco: { path: path } }}</p>
      <a mat-flat-button routerLink="/">
        <mat-icon svgIcon="home" />
        {{ 'notFound.homeLink' | transloco }}
      </a>
    </section>
  `,
  styles: `
    .not-found {
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
      overflow-wrap: anywhere;
    }
  `,
})
export default class NotFoundPage {
  /** The address that led nowhere, as the user typed or followed it. */
  protected readonly path = inject(Router).url;
}
