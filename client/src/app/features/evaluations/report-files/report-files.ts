import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Locale } from '@ppm/shared';

import { LocalDatePipe } from '../../../shared/ui/local-date.pipe';
import {
  type Download,
  type FinalVersion,
  REPORT_FORMATS,
  type ReportFile,
  downloadKey,
} from '../data-access';

interface FileButton {
  readonly file: ReportFile;
  readonly key: string;
  readonly download: Download | undefined;
}

interface VersionRow {
  readonly version: number | null;
  readonly finalizedAt: string | null;
  readonly buttons: readonly FileButton[];
  /** The file of this row on its way, if any: its progress shows under the buttons. */
  readonly busy: FileButton | undefined;
}

/**
 * The report as files: the current draft and every final version, each as Word and PDF in
 * English and Russian. While the server makes a file its button waits and a bar shows how far
 * it has come.
 */
@Component({
  selector: 'app-report-files',
  imports: [LocalDatePipe, MatButton, MatIcon, MatProgressBar, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="rows">
      @for (row of rows(); track row.version) {
        <li class="row" [class.final]="row.version !== null">
          <div class="what">
            <h3 class="name">
              @if (row.version === null) {
                {{ 'evaluations.files.draft' | transloco }}
              } @else {
                {{ 'evaluations.files.final' | transloco: { number: row.version } }}
              }
            </h3>
            <p class="when">
              @if (row.finalizedAt) {
                {{
                  'evaluations.files.finalisedOn'
                    | transloco: { date: (row.finalizedAt | localDate: locale()) }
                }}
              } @else {
                {{ 'evaluations.files.draftNote' | transloco }}
              }
            </p>
          </div>
          <div
            class="buttons"
            role="group"
            [attr.aria-label]="'evaluations.files.downloadsOf' | transloco"
          >
            @for (button of row.buttons; track button.key) {
              <button
                mat-stroked-button
                type="button"
                [class]="'file ' + button.key"
                [disabled]="button.download !== undefined && button.download.status !== 'failed'"
                (click)="requested.emit(button.file)"
              >
                <mat-icon
                  [svgIcon]="button.file.format === 'pdf' ? 'picture_as_pdf' : 'description'"
                />
                {{ 'evaluations.files.' + button.file.format | transloco }}
                · {{ button.file.lang.toUpperCase() }}
              </button>
            }
          </div>
          @if (row.busy; as busy) {
            <div class="progress" role="status">
              <span class="progress-text">
                {{
                  (busy.download?.status === 'receiving'
                    ? 'evaluations.files.receiving'
                    : 'evaluations.files.making'
                  )
                    | transloco
                      : {
                          format: ('evaluations.files.' + busy.file.format | transloco),
                          lang: ('evaluations.lang.' + busy.file.lang | transloco),
                          percent: busy.download?.percent,
                        }
                }}
              </span>
              <mat-progress-bar
                [mode]="
                  busy.download?.percent === null || busy.download?.percent === undefined
                    ? 'indeterminate'
                    : 'determinate'
                "
                [value]="busy.download?.percent ?? 0"
                [attr.aria-label]="'evaluations.files.progressLabel' | transloco"
              />
            </div>
          }
        </li>
      }
    </ul>
  `,
  styles: `
    .rows {
      display: flex;
      flex-direction: column;
      gap: 12px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px 24px;
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-medium);
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .row.final {
      background: var(--mat-sys-surface-container-low);
    }
    .name {
      margin: 0;
      font: var(--mat-sys-title-small);
    }
    .when {
      margin: 2px 0 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .progress {
      flex: 1 0 100%;
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .progress-text {
      font: var(--mat-sys-body-small);
    }
  `,
})
export class ReportFiles {
  readonly finalVersions = input.required<readonly FinalVersion[]>();
  readonly downloads = input.required<Readonly<Record<string, Download>>>();
  readonly locale = input.required<Locale>();
  /** Whether the current draft may be downloaded (not while unsaved text waits). */
  readonly withDraft = input(true);
  readonly requested = output<ReportFile>();

  protected readonly rows = computed((): VersionRow[] => {
    const versions: { version: number | null; finalizedAt: string | null }[] = [
      ...(this.withDraft() ? [{ version: null, finalizedAt: null }] : []),
      ...this.finalVersions().map((final) => ({
        version: final.number,
        finalizedAt: final.finalizedAt,
      })),
    ];
    return versions.map(({ version, finalizedAt }) => {
      const buttons = REPORT_FORMATS.flatMap((format) =>
        (['en', 'ru'] as const).map((lang): FileButton => {
          const file: ReportFile = { format, lang, version };
          const key = downloadKey(file);
          return { file, key, download: this.downloads()[key] };
        }),
      );
      return {
        version,
        finalizedAt,
        buttons,
        busy: buttons.find((button) => button.download && button.download.status !== 'failed'),
      };
    });
  });
}
