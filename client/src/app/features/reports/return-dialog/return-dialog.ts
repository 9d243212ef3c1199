import { CdkTextareaAutosize } from '@angular/cdk/text-field';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
} from '@angular/core';
import { NonNullableFormBuilder } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatOption, MatSelect } from '@angular/material/select';

import { readyToSubmit } from '../../../core/forms';
import { FORM_DIALOG_IMPORTS } from '../../../shared/ui/form-dialog/form-dialog-imports';
import { COMMENT_MESSAGES, commentRules, notBlank } from '../form-rules';
import { MAX_TEXT_LENGTH, type ReturnBody } from '../data-access';

export interface ReturnDialogData {
  /** The report's actions, to comment on. */
  readonly actions: readonly { code: string; title: string }[];
}

/**
 * Sends a report back for revision: a comment on the report (required) and, optionally,
 * comments on single actions, which the state sees on their cards.
 */
@Component({
  selector: 'app-return-dialog',
  imports: [
    FORM_DIALOG_IMPORTS,
    CdkTextareaAutosize,
    MatButton,
    MatIcon,
    MatIconButton,
    MatOption,
    MatSelect,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'reports.review.returnDialog.title' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="fields">
        <mat-form-field>
          <mat-label>{{ 'reports.review.returnDialog.comment' | transloco }}</mat-label>
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

        <h3 class="entries-title">{{ 'reports.review.returnDialog.entries' | transloco }}</h3>
        @for (row of form.controls.entryComments.controls; track row; let i = $index) {
          <div class="entry-row" [formGroup]="row">
            <mat-form-field class="action">
              <mat-label>{{ 'reports.review.returnDialog.action' | transloco }}</mat-label>
              <mat-select formControlName="actionCode" required>
                @for (action of data.actions; track action.code) {
                  <mat-option [value]="action.code"
                    >{{ action.code }} {{ action.title }}</mat-option
                  >
                }
              </mat-select>
              <mat-error>
                <app-field-error [control]="row.controls.actionCode" [messages]="messages" />
              </mat-error>
            </mat-form-field>
            <mat-form-field class="entry-comment">
              <mat-label>{{ 'reports.review.returnDialog.entryComment' | transloco }}</mat-label>
              <textarea
                matInput
                cdkTextareaAutosize
                cdkAutosizeMinRows="2"
                formControlName="comment"
                required
                [attr.maxlength]="max"
              ></textarea>
              <mat-error>
                <app-field-error [control]="row.controls.comment" [messages]="messages" />
              </mat-error>
            </mat-form-field>
            <button
              mat-icon-button
              type="button"
              class="remove"
              [attr.aria-label]="
                'reports.review.returnDialog.removeEntry' | transloco: { n: i + 1 }
              "
              (click)="removeRow(i)"
            >
              <mat-icon svgIcon="delete" />
            </button>
          </div>
        }
        <button mat-button type="button" class="add-entry" (click)="addRow()">
          <mat-icon svgIcon="add_comment" />
          {{ 'reports.review.returnDialog.addEntry' | transloco }}
        </button>
      </mat-dialog-content>
      <app-dialog-actions>
        {{ 'reports.review.returnDialog.submit' | transloco }}
      </app-dialog-actions>
    </form>
  `,
  styles: `
    .fields {
      display: flex;
      flex-direction: column;
    }
    .entries-title {
      margin: 8px 0;
      font: var(--mat-sys-title-small);
    }
    .entry-row {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.5fr) auto;
      gap: 8px;
      align-items: start;
    }
    .remove {
      margin-block-start: 8px;
    }
    .add-entry {
      align-self: flex-start;
    }
    @media (max-width: 599.98px) {
      .entry-row {
        grid-template-columns: minmax(0, 1fr) auto;
      }
      .entry-comment {
        grid-column: 1;
      }
    }
  `,
})
export class ReturnDialog {
  protected readonly data = inject<ReturnDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<ReturnDialog, ReturnBody>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly max = MAX_TEXT_LENGTH;
  protected readonly messages = COMMENT_MESSAGES;
  protected readonly form = this.fb.group({
    comment: ['', commentRules],
    entryComments: this.fb.array<ReturnType<ReturnDialog['row']>>([]),
  });

  protected addRow(): void {
    this.form.controls.entryComments.push(this.row());
    afterNextRender(
      () => {
        const selects = this.host.nativeElement.querySelectorAll<HTMLElement>('mat-select');
        Array.from(selects).at(-1)?.focus();
      },
      { injector: this.injector },
    );
  }

  protected removeRow(index: number): void {
    this.form.controls.entryComments.removeAt(index);
  }

  protected submit(): void {
    if (!readyToSubmit(this.form, this.host.nativeElement)) {
      return;
    }
    const { comment, entryComments } = this.form.getRawValue();
    // One comment per action: later rows for the same action join the first.
    const byAction = new Map<string, string>();
    for (const row of entryComments) {
      const text = row.comment.trim();
      byAction.set(
        row.actionCode,
        byAction.has(row.actionCode) ? `${byAction.get(row.actionCode)}\n\n${text}` : text,
      );
    }
    this.dialogRef.close({
      comment: comment.trim(),
      ...(byAction.size
        ? {
            entryComments: [...byAction].map(([actionCode, text]) => ({
              actionCode,
              comment: text,
            })),
          }
        : {}),
    });
  }

  private row() {
    return this.fb.group({
      actionCode: ['', notBlank],
      comment: ['', commentRules],
    });
  }
}
