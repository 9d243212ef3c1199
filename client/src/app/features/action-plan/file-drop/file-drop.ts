import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

/** The largest spreadsheet the server reads. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const EXTENSIONS = ['.xlsx', '.csv'];

/** Why a file was turned away before upload. */
export interface RejectedFile {
  readonly name: string;
  readonly reason: 'type' | 'size';
}

/**
 * Picks one spreadsheet: a button that opens the file chooser (the keyboard way), and a zone
 * that takes a dropped file. Files that are not .xlsx or .csv, or larger than 5 MB, are
 * turned away at once.
 */
@Component({
  selector: 'app-file-drop',
  imports: [MatButton, MatIcon, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="zone"
      role="group"
      [class.active]="dragging()"
      [class.disabled]="disabled()"
      [attr.aria-label]="'actionPlan.import.file.zoneLabel' | transloco"
      (dragenter)="dragOver($event)"
      (dragover)="dragOver($event)"
      (dragleave)="dragging.set(false)"
      (drop)="drop($event)"
    >
      <mat-icon svgIcon="upload_file" class="zone-icon" aria-hidden="true" />
      @if (dragging()) {
        <p class="zone-text">{{ 'actionPlan.import.file.dropActive' | transloco }}</p>
      } @else {
        <button
          mat-flat-button
          type="button"
          class="choose"
          [disabled]="disabled()"
          (click)="fileInput.click()"
        >
          {{ 'actionPlan.import.file.choose' | transloco }}
        </button>
        <p class="zone-text">{{ 'actionPlan.import.file.drop' | transloco }}</p>
      }
      <p class="zone-hint">{{ 'actionPlan.import.file.limits' | transloco }}</p>
      <input
        #fileInput
        type="file"
        class="file-input"
        tabindex="-1"
        aria-hidden="true"
        [accept]="accept"
        (change)="picked($event)"
      />
    </div>
  `,
  styles: `
    .zone {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 8px;
      padding: 32px 16px;
      border: 2px dashed var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface-container-lowest);
      text-align: center;
      transition: background-color 120ms;
    }
    .zone.active {
      border-color: var(--mat-sys-primary);
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .zone.disabled {
      opacity: 0.6;
    }
    .zone-icon {
      width: 40px;
      height: 40px;
      color: var(--mat-sys-primary);
    }
    .zone-text {
      margin: 0;
      font: var(--mat-sys-body-large);
    }
    .zone-hint {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .file-input {
      display: none;
    }
  `,
})
export class FileDrop {
  readonly disabled = input(false);
  readonly fileChosen = output<File>();
  readonly fileRejected = output<RejectedFile>();

  protected readonly accept = EXTENSIONS.join(',');
  protected readonly dragging = signal(false);

  protected dragOver(event: DragEvent): void {
    if (this.disabled()) {
      return;
    }
    event.preventDefault();
    if (event.dataTransfer) {
      event.dataTransfer.dropEffect = 'copy';
    }
    this.dragging.set(true);
  }

  protected drop(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    const file = event.dataTransfer?.files.item(0);
    if (file && !this.disabled()) {
      this.take(file);
    }
  }

  protected picked(event: Event): void {
    const field = event.target as HTMLInputElement;
    const file = field.files?.item(0);
    // Let the same file be chosen again after it was corrected.
    field.value = '';
    if (file) {
      this.take(file);
    }
  }

  private take(file: File): void {
    const name = file.name.toLowerCase();
    if (!EXTENSIONS.some((extension) => name.endsWith(extension))) {
      this.fileRejected.emit({ name: file.name, reason: 'type' });
    } else if (file.size > MAX_IMPORT_BYTES) {
      this.fileRejected.emit({ name: file.name, reason: 'size' });
    } else {
      this.fileChosen.emit(file);
    }
  }
}
