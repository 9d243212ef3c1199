import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Locale } from '@ppm/shared';

/**
 * Asked once, after the header's switch changed the screen's language: "Use Русский for your
 * emails and notifications too?". The switch itself never changes the account.
 */
@Component({
  selector: 'app-account-language-offer',
  imports: [MatButton, MatIcon, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="offer" role="region" [attr.aria-label]="'languageOffer.label' | transloco">
      <mat-icon svgIcon="translate" class="offer-icon" aria-hidden="true" />
      <p class="offer-text">
        {{
          'languageOffer.question'
            | transloco: { language: 'language.names.' + locale() | transloco }
        }}
      </p>
      <span class="offer-actions">
        <button mat-button type="button" class="decline" (click)="declined.emit()">
          {{ 'languageOffer.no' | transloco }}
        </button>
        <button mat-flat-button type="button" class="accept" (click)="accepted.emit()">
          {{ 'languageOffer.yes' | transloco }}
        </button>
      </span>
    </div>
  `,
  styles: `
    .offer {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
      padding: 8px 16px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .offer-icon {
      flex: none;
    }
    .offer-text {
      flex: 1 1 240px;
      margin: 0;
    }
    .offer-actions {
      display: flex;
      gap: 8px;
      margin-inline-start: auto;
    }
  `,
})
export class AccountLanguageOffer {
  /** The language just chosen for the screen. */
  readonly locale = input.required<Locale>();
  readonly accepted = output();
  readonly declined = output();
}
