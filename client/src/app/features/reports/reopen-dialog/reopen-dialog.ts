import { CdkTextareaAutosize } from '@angular/cdk/text-field';
import { ChangeDetectionStrategy, Component, ElementRef, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';

import { FieldError } from '../../../shared/ui/field-error/field-error';
import { notBlank } from '../form-rules';
import { MAX_TEXT_LENGTH } from '../data-access';

/** Reopens an approved report for changes, with the reason the state will read. */
@Component({
  selector: 'app-reopen-dialog',
  imports: [
    CdkTextareaAutosize,
    FieldError,
    MatButton,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
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
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="undefined">
          {{ 'ui.cancel' | transloco }}
        </button>
        <button mat-flat-button type="submit" class="submit">
          {{ 'reports.review.reopenDialog.submit' | transloco }}
        </button>
      </mat-dialog-actions>
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
  protected readonly messages = {
    required: 'reports.review.required',
    maxlength: 'reports.review.tooLong',
  };
  protected readonly form = inject(NonNullableFormBuilder).group({
    comment: ['', [notBlank, Validators.maxLength(MAX_TEXT_LENGTH)]],
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.host.nativeElement.querySelector<HTMLElement>('textarea')?.focus();
      return;
    }
    this.dialogRef.close(this.form.getRawValue().comment.trim());
  }
}
