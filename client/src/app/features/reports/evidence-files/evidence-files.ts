import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import type { EvidenceFile, Locale } from '@ppm/shared';

import { Alert } from '../../../shared/ui/alert/alert';
import { EVIDENCE_ACCEPT, type UploadView } from '../data-access';
import { formatFileSize } from '../../../shared/ui/file-size';
import { formatDateTime } from '../formatting';

/**
 * Evidence files of an entry: download, delete, upload with progress; a refused file says
 * why (type, size, the report's total) in words.
 */
@Component({
  selector: 'app-evidence-files',
  imports: [Alert, MatButton, MatIcon, MatIconButton, MatProgressBar, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (files().length) {
      <ul class="files">
        @for (file of files(); track file.id) {
          <li class="file">
            <mat-icon svgIcon="description" class="file-icon" aria-hidden="true" />
            <span class="file-text">
              <a
                class="file-name"
                [href]="fileUrl()(file.id)"
                download
                [attr.aria-label]="
                  'reports.entry.files.download' | transloco: { name: file.fileName }
                "
                >{{ file.fileName }}</a
              >
              <span class="meta">{{ size(file.size) }} · {{ when(file.uploadedAt) }}</span>
            </span>
            @if (editable()) {
              <button
                mat-icon-button
                type="button"
                class="remove"
                [attr.aria-label]="
                  'reports.entry.files.remove' | transloco: { name: file.fileName }
                "
                (click)="removeClicked.emit(file)"
              >
                <mat-icon svgIcon="delete" />
              </button>
            }
          </li>
        }
      </ul>
    } @else if (!editable()) {
      <p class="none">{{ 'reports.entry.files.none' | transloco }}</p>
    }

    @for (upload of uploads(); track upload.id) {
      @if (upload.problem) {
        <app-alert kind="error" class="upload-problem">
          <div class="problem-row">
            <span>{{
              'reports.entry.files.problems.' + upload.problem
                | transloco: { name: upload.fileName, size: size(upload.size) }
            }}</span>
            <button mat-button type="button" (click)="uploadDismissed.emit(upload.id)">
              {{ 'reports.entry.files.dismiss' | transloco }}
            </button>
          </div>
        </app-alert>
      } @else {
        <div class="uploading" role="status">
          <span>{{
            'reports.entry.files.uploading'
              | transloco: { name: upload.fileName, percent: upload.percent }
          }}</span>
          <mat-progress-bar
            mode="determinate"
            [value]="upload.percent"
            [attr.aria-label]="upload.fileName"
          />
        </div>
      }
    }

    @if (editable()) {
      <input
        #picker
        type="file"
        class="picker"
        multiple
        tabindex="-1"
        aria-hidden="true"
        [accept]="accept"
        (change)="chosen(picker)"
      />
      <div class="upload-row">
        <button mat-stroked-button type="button" class="upload" (click)="picker.click()">
          <mat-icon svgIcon="upload_file" />
          {{ 'reports.entry.files.upload' | transloco }}
        </button>
        <span class="hint">{{ 'reports.entry.files.hint' | transloco }}</span>
      </div>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .files {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .file {
      display: flex;
      align-items: center;
      gap: 8px;
      min-height: 48px;
    }
    .file-icon {
      flex: none;
      color: var(--mat-sys-on-surface-variant);
    }
    .file-text {
      display: flex;
      flex-direction: column;
      flex: 1 1 auto;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .meta,
    .hint,
    .none {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .none {
      margin: 0;
    }
    .problem-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 4px 12px;
    }
    .uploading {
      display: flex;
      flex-direction: column;
      gap: 4px;
      font: var(--mat-sys-body-small);
    }
    .picker {
      display: none;
    }
    .upload-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
    }
  `,
})
export class EvidenceFiles {
  readonly files = input.required<readonly EvidenceFile[]>();
  readonly uploads = input<readonly UploadView[]>([]);
  readonly editable = input(false);
  readonly locale = input.required<Locale>();
  readonly fileUrl = input.required<(fileId: string) => string>();
  readonly filesChosen = output<File[]>();
  readonly removeClicked = output<EvidenceFile>();
  readonly uploadDismissed = output<string>();

  protected readonly accept = EVIDENCE_ACCEPT;

  protected size(bytes: number): string {
    return formatFileSize(bytes, this.locale());
  }

  protected when(iso: string): string {
    return formatDateTime(iso, this.locale());
  }

  protected chosen(picker: HTMLInputElement): void {
    const files = Array.from(picker.files ?? []);
    // Choosing the same file again must fire `change` again.
    picker.value = '';
    if (files.length > 0) {
      this.filesChosen.emit(files);
    }
  }
}
