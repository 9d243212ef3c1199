import { CdkCopyToClipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';

import { Alert } from '../alert/alert';

/**
 * A secret the server shows only once (a personal access token, an invitation or reset
 * link): read-only, selected on focus, with a copy button and a warning that it will not be
 * shown again.
 */
@Component({
  selector: 'app-one-time-secret',
  imports: [
    CdkCopyToClipboard,
    MatButton,
    MatFormField,
    MatLabel,
    MatIcon,
    MatInput,
    TranslocoPipe,
    Alert,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-alert kind="warning">{{ warning() }}</app-alert>
    <div class="secret-row">
      <mat-form-field class="secret-field" subscriptSizing="dynamic">
        <mat-label>{{ label() }}</mat-label>
        <input
          matInput
          readonly
          class="secret-value"
          [value]="value()"
          (focus)="selectAll($event)"
        />
      </mat-form-field>
      <button
        mat-flat-button
        type="button"
        class="copy-button"
        [cdkCopyToClipboard]="value()"
        (cdkCopyToClipboardCopied)="copied.set($event)"
      >
        <mat-icon [svgIcon]="copied() ? 'check' : 'content_copy'" />
        {{ (copied() ? 'ui.copied' : 'ui.copy') | transloco }}
      </button>
    </div>
    <p class="copy-status visually-hidden" aria-live="polite">
      {{ copied() ? ('ui.copiedAnnouncement' | transloco) : '' }}
    </p>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .secret-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
    }
    .secret-field {
      flex: 1 1 280px;
      min-width: 0;
    }
    .secret-value {
      font-family: 'Roboto Mono', ui-monospace, monospace;
    }
    .copy-button {
      flex: none;
    }
  `,
})
export class OneTimeSecret {
  /** The secret itself. */
  readonly value = input.required<string>();
  /** What it is, e.g. "Invitation link". */
  readonly label = input.required<string>();
  /** E.g. "Copy it now: you will not see it again." */
  readonly warning = input.required<string>();

  protected readonly copied = signal(false);

  protected selectAll(event: FocusEvent): void {
    (event.target as HTMLInputElement).select();
  }
}
