import { CdkTextareaAutosize } from '@angular/cdk/text-field';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Locale, ThreadComment } from '@ppm/shared';

import { Alert } from '../../../shared/ui/alert/alert';
import { MAX_TEXT_LENGTH } from '../data-access';
import { formatDateTime } from '../formatting';

let nextId = 0;

/**
 * The discussion of one entry between the state and the Secretariat: messages oldest first,
 * and a box to write one. What is written stays in the box until the server has it.
 */
@Component({
  selector: 'app-entry-thread',
  imports: [
    Alert,
    CdkTextareaAutosize,
    MatButton,
    MatFormField,
    MatInput,
    MatLabel,
    MatProgressSpinner,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (comments().length) {
      <ol class="messages">
        @for (comment of comments(); track comment.id) {
          <li class="message" [class.secretariat]="comment.author.role === 'secretariat'">
            <div class="meta">
              <strong>{{ comment.author.name }}</strong>
              · {{ 'roles.' + comment.author.role | transloco }} · {{ when(comment.at) }}
            </div>
            <p class="text" [attr.lang]="comment.lang">{{ comment.text }}</p>
          </li>
        }
      </ol>
    } @else {
      <p class="empty">{{ 'reports.entry.thread.empty' | transloco }}</p>
    }
    @if (error()) {
      <app-alert kind="error">{{ 'reports.entry.thread.failed' | transloco }}</app-alert>
    }
    <form class="compose" (submit)="send($event)">
      <mat-form-field class="field" subscriptSizing="dynamic">
        <mat-label>{{ 'reports.entry.thread.label' | transloco }}</mat-label>
        <textarea
          matInput
          cdkTextareaAutosize
          cdkAutosizeMinRows="2"
          [id]="id"
          [attr.maxlength]="max"
          [attr.lang]="locale()"
          [value]="draft()"
          (input)="typed($event)"
        ></textarea>
      </mat-form-field>
      <button mat-stroked-button type="submit" class="send" [disabled]="!canSend()">
        @if (sending()) {
          <mat-progress-spinner mode="indeterminate" diameter="18" aria-hidden="true" />
        }
        {{ 'reports.entry.thread.send' | transloco }}
      </button>
    </form>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .messages {
      display: flex;
      flex-direction: column;
      gap: 8px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .message {
      padding: 8px 12px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container);
    }
    .message.secretariat {
      background: var(--mat-sys-secondary-container);
    }
    .meta {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .text {
      margin: 4px 0 0;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .empty {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .compose {
      display: flex;
      align-items: flex-start;
      gap: 8px;
    }
    .field {
      flex: 1 1 auto;
      min-width: 0;
    }
    .send {
      margin-block-start: 8px;
    }
  `,
})
export class EntryThread {
  readonly comments = input.required<readonly ThreadComment[]>();
  /** The interface language: a new message is in it. */
  readonly locale = input.required<Locale>();
  readonly sending = input(false);
  readonly error = input(false);
  readonly submitted = output<{ text: string; lang: Locale }>();

  protected readonly id = `entry-thread-${nextId++}`;
  protected readonly max = MAX_TEXT_LENGTH;
  protected readonly draft = signal('');
  protected readonly canSend = computed(() => !this.sending() && this.draft().trim() !== '');
  private waiting = false;

  constructor() {
    effect(() => {
      const sending = this.sending();
      const failed = this.error();
      untracked(() => {
        if (this.waiting && !sending) {
          this.waiting = false;
          if (!failed) {
            this.draft.set('');
          }
        }
      });
    });
  }

  protected when(iso: string): string {
    return formatDateTime(iso, this.locale());
  }

  protected typed(event: Event): void {
    this.draft.set((event.target as HTMLTextAreaElement).value);
  }

  protected send(event: Event): void {
    event.preventDefault();
    if (!this.canSend()) {
      return;
    }
    this.waiting = true;
    this.submitted.emit({ text: this.draft().trim(), lang: this.locale() });
  }
}
