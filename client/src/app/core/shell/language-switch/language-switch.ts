import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import {
  MatButtonToggle,
  type MatButtonToggleChange,
  MatButtonToggleGroup,
} from '@angular/material/button-toggle';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Locale } from '@ppm/shared';

import { APP_LOCALES, isAppLocale } from '../../i18n';

/**
 * English / Русский toggle. Each language is named in itself (and marked with its own
 * `lang`), so a reader of either language finds theirs whatever the interface shows.
 */
@Component({
  selector: 'app-language-switch',
  imports: [MatButtonToggleGroup, MatButtonToggle, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-button-toggle-group
      hideSingleSelectionIndicator
      [value]="locale()"
      (change)="select($event)"
      [attr.aria-label]="'language.switchLabel' | transloco"
    >
      @for (option of locales; track option) {
        <mat-button-toggle
          [value]="option"
          [attr.lang]="option"
          [aria-label]="'language.names.' + option | transloco"
        >
          {{ (compact() ? 'language.short.' : 'language.names.') + option | transloco }}
        </mat-button-toggle>
      }
    </mat-button-toggle-group>
  `,
  styles: `
    :host {
      display: inline-flex;
    }
    mat-button-toggle-group {
      --mat-button-toggle-height: 40px;
    }
  `,
})
export class LanguageSwitch {
  /** The language now shown. */
  readonly locale = input.required<Locale>();
  /** Short labels ("EN", "RU") for narrow screens; the full names stay as accessible names. */
  readonly compact = input(false);
  readonly localeSelected = output<Locale>();

  protected readonly locales = APP_LOCALES;

  protected select(change: MatButtonToggleChange): void {
    if (isAppLocale(change.value) && change.value !== this.locale()) {
      this.localeSelected.emit(change.value);
    }
  }
}
