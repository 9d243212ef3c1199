import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Locale, RevisionComparison, RevisionSummary } from '@ppm/shared';

import type { LoadStatus } from '../data-access';
import { FieldValue } from '../field-value/field-value';
import { formatDateTime } from '../formatting';

/**
 * The report's revisions, newest first: who changed what, when. Pick two to see them side by
 * side, field by field.
 */
@Component({
  selector: 'app-report-history',
  imports: [FieldValue, MatButton, MatCheckbox, MatProgressSpinner, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './report-history.html',
  styleUrl: './report-history.scss',
})
export class ReportHistory {
  readonly revisions = input.required<readonly RevisionSummary[]>();
  readonly comparison = input<RevisionComparison | null>(null);
  readonly comparisonStatus = input<LoadStatus>('idle');
  readonly locale = input.required<Locale>();
  readonly titles = input<Readonly<Record<string, string>>>({});
  readonly compared = output<{ from: number; to: number }>();
  readonly comparisonClosed = output();

  /** The revisions picked, at most two, in the order picked. */
  protected readonly picked = signal<readonly number[]>([]);
  protected readonly canCompare = computed(() => this.picked().length === 2);

  protected when(iso: string): string {
    return formatDateTime(iso, this.locale());
  }

  protected isPicked(version: number): boolean {
    return this.picked().includes(version);
  }

  protected toggle(version: number, checked: boolean): void {
    this.picked.update((picked) => {
      const rest = picked.filter((candidate) => candidate !== version);
      // Picking a third drops the first picked.
      return checked ? [...rest, version].slice(-2) : rest;
    });
  }

  protected compare(): void {
    const picked = this.picked();
    if (picked.length === 2) {
      const [a, b] = picked;
      this.compared.emit({ from: Math.min(a, b), to: Math.max(a, b) });
    }
  }

  protected compareWithPrevious(version: number): void {
    const revisions = this.revisions();
    const index = revisions.findIndex((revision) => revision.version === version);
    if (index >= 0 && index + 1 < revisions.length) {
      const previous = revisions[index + 1];
      this.picked.set([previous.version, version]);
      this.compared.emit({ from: previous.version, to: version });
    }
  }
}
