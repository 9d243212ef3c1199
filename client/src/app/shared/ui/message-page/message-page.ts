import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';

import type { IconName } from '../../../core/icons/icon-names';

/**
 * A page that only has something to say, such as "not found": a large icon, a heading, an
 * optional message and a link home. Texts come in the active language.
 */
@Component({
  selector: 'app-message-page',
  imports: [MatButton, MatIcon, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="message-page" aria-labelledby="message-page-heading">
      <mat-icon class="icon" aria-hidden="true" [svgIcon]="icon()" />
      <h1 id="message-page-heading" class="heading">{{ heading() }}</h1>
      @if (message(); as message) {
        <p class="message">{{ message }}</p>
      }
      <a mat-flat-button routerLink="/">
        <mat-icon svgIcon="home" />
        {{ homeLink() }}
      </a>
    </section>
  `,
  styles: `
    .message-page {
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
export class MessagePage {
  /** The name of the large icon on top. */
  readonly icon = input.required<IconName>();
  readonly heading = input.required<string>();
  /** What happened; the page has no message paragraph without it. */
  readonly message = input<string | null>(null);
  /** The text of the link to the home page. */
  readonly homeLink = input.required<string>();
}
