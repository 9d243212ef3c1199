import { CdkTextareaAutosize } from '@angular/cdk/text-field';
import { ChangeDetectionStrategy, Component, ElementRef, inject } from '@angular/core';
import { NonNullableFormBuilder } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';

import { readyToSubmit } from '../../../core/forms';
import { FORM_DIALOG_IMPORTS } from '../../../shared/ui/form-dialog/form-dialog-imports';
import { COMMENT_MESSAGES, commentRules } from '../form-rules';
import { MAX_TEXT_LENGTH } from '../data-access';

/** Reopens an approved report for changes, with the reason the state will read. */
@Component({
  selector: 'app-reopen-dialog',
  imports: [FORM_DIALOG_IMPORTS, CdkTextareaAutosize],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'reports.review.reopenDialog.title' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="intro">{{ 'reports.review.reopenDialog.intro' | transloco }}</p>
        <mat-form-field class="reason">
          <mat-label>{{ 'reports.review.reopenDialog.reason' | transloco }}</mat-label>
          <textarea
            matInput
            cdkTextareaAutosize
            cdkAutosizeMinRows="3"
            formControlName="comment"
            required
            [attr.maxlength]="max"
            cdkFocusInitial
          ></textarea>
          <mat-error
            ><app-field-error [control]="form.controls.comment" [messages]="messages"
          /></mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <app-dialog-actions>
        {{ 'reports.review.reopenDialog.submit' | transloco }}
      </app-dialog-actions>
    </form>
  `,
  styles: `
    .intro {
      margin-block-start: 0;
    }
    .reason {
      width: 100%;
    }
  `,
})
export class ReopenDialog {
  private readonly dialogRef = inject<MatDialogRef<ReopenDialog, string>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly max = MAX_TEXT_LENGTH;
  protected readonly messages = COMMENT_MESSAGES;
  protected readonly form = inject(NonNullableFormBuilder).group({
    comment: ['', commentRules],
  });

  protected submit(): void {
    if (!readyToSubmit(this.form, this.host.nativeElement)) {
      return;
    }
    this.dialogRef.close(this.form.getRawValue().comment.trim());
  }
}
