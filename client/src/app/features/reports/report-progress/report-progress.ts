import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Completeness, Locale } from '@ppm/shared';

import type { SaveIndicator } from '../data-access';
import { formatAgo } from '../formatting';
import type { IconName } from '../../../core/icons/icon-names';

const ICONS: Readonly<Record<SaveIndicator['state'], IconName>> = {
  idle: 'cloud_done',
  saved: 'cloud_done',
  saving: 'cloud_sync',
  unsaved: 'edit_note',
  offline: 'cloud_off',
  unavailable: 'cloud_off',
  conflict: 'call_split',
  failed: 'error',
  locked: 'lock',
};

/**
 * The bar that stays on top of the editor: how complete the report is, whether everything is
 * saved ("Saved 10 seconds ago", "Offline — kept on this device"), Save and Submit.
 */
@Component({
  selector: 'app-report-progress',
  imports: [MatButton, MatIcon, MatIconButton, MatProgressBar, MatProgressSpinner, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="progress">
      <span class="summary">
        {{
          'reports.progress.summary'
            | transloco: { complete: completeness().complete, total: completeness().total }
        }}
        <span class="percent">{{ completeness().percent }} %</span>
      </span>
      <mat-progress-bar
        mode="determinate"
        [value]="completeness().percent"
        [attr.aria-label]="'reports.progress.label' | transloco"
      />
    </div>
    @if (canEdit() || indicator().state !== 'idle') {
      <div class="save-state" [class]="'save-state state-' + indicator().state">
        @if (indicator().state === 'saving') {
          <mat-progress-spinner mode="indeterminate" diameter="18" aria-hidden="true" />
        } @else {
          <mat-icon [svgIcon]="icon()" aria-hidden="true" />
        }
        <!-- Announced when the state changes, not every time the minutes tick. -->
        <span class="visually-hidden" role="status">{{
          'reports.saveState.' + indicator().state | transloco
        }}</span>
        <span class="save-text" aria-hidden="true">
          @if (indicator().state === 'saved' && ago(); as ago) {
            {{ 'reports.saveState.savedAgo' | transloco: { ago: ago } }}
          } @else {
            {{ 'reports.saveState.' + indicator().state | transloco }}
          }
        </span>
      </div>
    }
    @if (canEdit()) {
      <div class="actions">
        @if (compact()) {
          <button
            mat-icon-button
            type="button"
            class="save"
            [disabled]="indicator().state === 'saving'"
            [attr.aria-label]="'reports.progress.save' | transloco"
            (click)="saveClicked.emit()"
          >
            <mat-icon svgIcon="save" />
          </button>
        } @else {
          <button
            mat-stroked-button
            type="button"
            class="save"
            [disabled]="indicator().state === 'saving'"
            [attr.aria-keyshortcuts]="'Control+S'"
            (click)="saveClicked.emit()"
          >
            {{ 'reports.progress.save' | transloco }}
          </button>
        }
        @if (canSubmit()) {
          <button
            mat-flat-button
            type="button"
            class="submit"
            [disabled]="busy()"
            (click)="submitClicked.emit()"
          >
            @if (busy()) {
              <mat-progress-spinner mode="indeterminate" diameter="18" aria-hidden="true" />
            }
            {{ 'reports.progress.submit' | transloco }}
          </button>
        }
      </div>
    }
    @if (heldBack() > 0) {
      <p class="note held-back">
        {{ 'reports.progress.heldBack' | transloco: { count: heldBack() } }}
      </p>
    }
    @if (canEdit() && !canSubmit()) {
      <p class="note contributor">{{ 'reports.progress.contributorNote' | transloco }}</p>
    }
  `,
  styleUrl: './report-progress.scss',
})
export class ReportProgress {
  readonly completeness = input.required<Completeness>();
  readonly indicator = input.required<SaveIndicator>();
  /** The clock, ticking, for "Saved 10 seconds ago". */
  readonly now = input.required<Date>();
  readonly locale = input.required<Locale>();
  readonly canEdit = input(false);
  readonly canSubmit = input(false);
  /** A workflow move is under way. */
  readonly busy = input(false);
  /** Edits waiting on this device until complete. */
  readonly heldBack = input(0);
  /** Narrow screens: Save as an icon, so the save state keeps its room. */
  readonly compact = input(false);
  readonly saveClicked = output();
  readonly submitClicked = output();

  protected readonly icon = computed(() => ICONS[this.indicator().state]);
  protected readonly ago = computed(() => {
    const at = this.indicator().lastSavedAt;
    return at ? formatAgo(at, this.now(), this.locale()) : null;
  });
}
