import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialogActions, MatDialogClose } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';

import { ButtonSpinner } from '../button-spinner/button-spinner';

/**
 * The button row of a form dialog: Cancel, which closes it with `cancelResult`, and the
 * form's submit button, labelled by the content, that spins while `busy`. Put it last inside
 * the dialog's `<form>`.
 */
@Component({
  selector: 'app-dialog-actions',
  imports: [ButtonSpinner, MatButton, MatDialogActions, MatDialogClose, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="cancelResult()">
        {{ 'ui.cancel' | transloco }}
      </button>
      <button mat-flat-button type="submit" class="submit" [disabled]="busy() || disabled()">
        @if (busy()) {
          <app-button-spinner />
        }
        <ng-content />
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class DialogActions {
  /** The request is on its way: the submit button spins and waits. */
  readonly busy = input(false);
  /** Submitting makes no sense now (for another reason than `busy`). */
  readonly disabled = input(false);
  /** What the dialog closes with on Cancel. */
  readonly cancelResult = input<unknown>(undefined);
}
