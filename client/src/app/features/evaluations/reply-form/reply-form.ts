import { CdkTextareaAutosize } from '@angular/cdk/text-field';
import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';

/** A focal point's comment on one passage: a text, sent or cancelled. */
@Component({
  selector: 'app-reply-form',
  imports: [CdkTextareaAutosize, MatButton, MatFormField, MatInput, MatLabel, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="form" (submit)="$event.preventDefault(); send()">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ label() }}</mat-label>
        <textarea
          matInput
          cdkTextareaAutosize
          cdkAutosizeMinRows="3"
          [value]="text()"
          (input)="text.set($any($event.target).value)"
        ></textarea>
      </mat-form-field>
      <div class="buttons">
        <button mat-button type="button" (click)="cancelled.emit()">
          {{ 'evaluations.cancel' | transloco }}
        </button>
        <button mat-flat-button type="submit" [disabled]="busy() || text().trim() === ''">
          {{ 'evaluations.passages.send' | transloco }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .form {
      display: flex;
      flex-direction: column;
      gap: 8px;
      margin-top: 8px;
    }
    .buttons {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
    }
  `,
})
export class ReplyForm {
  readonly label = input.required<string>();
  readonly busy = input(false);
  readonly submitted = output<string>();
  readonly cancelled = output();

  protected readonly text = signal('');

  protected send(): void {
    const text = this.text().trim();
    if (text !== '' && !this.busy()) {
      this.submitted.emit(text);
    }
  }
}
