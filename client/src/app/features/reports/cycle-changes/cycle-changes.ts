import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CycleChanges, Locale } from '@ppm/shared';

import { type ReportKey, areaOf, evidenceFileUrl, inLocale } from '../data-access';
import { EntryAnswers } from '../entry-answers/entry-answers';

type ChangedEntry = CycleChanges['entries'][number];

/**
 * Per action, the state's answers in the previous cycle beside this report's, changed
 * fields marked, grouped by area. Shows only changed actions unless asked (or `showAll`).
 */
@Component({
  selector: 'app-cycle-changes',
  imports: [EntryAnswers, MatSlideToggle, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cycle-changes.html',
  styleUrl: './cycle-changes.scss',
})
export class CycleChangesView {
  readonly changes = input.required<CycleChanges>();
  readonly areas = input.required<readonly { code: string; title: string }[]>();
  readonly titles = input.required<Readonly<Record<string, string>>>();
  readonly locale = input.required<Locale>();
  readonly reportKey = input.required<ReportKey>();
  /** Every action, changed or not (the review page). */
  readonly showAll = input(false);

  protected readonly showUnchanged = signal(false);
  protected readonly previousName = computed(() => {
    const previous = this.changes().previous;
    return previous ? inLocale(previous.name, this.locale()) : null;
  });
  protected readonly changedCount = computed(
    () => this.changes().entries.filter((entry) => entry.changedFields.length > 0).length,
  );
  protected readonly groups = computed(() => {
    const all = this.showAll() || this.showUnchanged();
    const shown = this.changes().entries.filter((entry) => all || entry.changedFields.length > 0);
    return this.areas()
      .map((area) => ({
        ...area,
        entries: shown.filter((entry) => areaOf(entry.actionCode) === area.code),
      }))
      .filter((area) => area.entries.length > 0);
  });

  protected currentFiles(entry: ChangedEntry): (fileId: string) => string {
    return (fileId) => evidenceFileUrl(this.reportKey(), entry.actionCode, fileId);
  }

  protected previousFiles(entry: ChangedEntry): ((fileId: string) => string) | null {
    const previous = this.changes().previous;
    return previous
      ? (fileId) =>
          evidenceFileUrl(
            { cycleId: previous.cycleId, stateCode: this.reportKey().stateCode },
            entry.actionCode,
            fileId,
          )
      : null;
  }
}
