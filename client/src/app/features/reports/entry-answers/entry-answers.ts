import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { EntryField, EntryValues } from '@ppm/shared';

import { FieldValue } from '../field-value/field-value';

const ALL_FIELDS: readonly EntryField[] = [
  'participation',
  'status',
  'narrative',
  'obstacles',
  'supportNeeded',
  'links',
  'files',
  'indicators',
];

/**
 * An entry's answers, read-only, as a list of labelled values. "Not participating" shows
 * alone: the rest does not apply. Fields in `highlight` are marked as changed.
 */
@Component({
  selector: 'app-entry-answers',
  imports: [FieldValue, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dl class="answers">
      @for (field of fields(); track field) {
        <div class="answer" [class.changed]="highlight().includes(field)">
          <dt>
            {{ 'reports.fields.' + field | transloco }}
            @if (highlight().includes(field)) {
              <span class="changed-mark">{{ 'reports.changes.changedMark' | transloco }}</span>
            }
          </dt>
          <dd>
            <app-field-value [field]="field" [value]="values()[field]" [fileUrl]="fileUrl()" />
          </dd>
        </div>
      }
    </dl>
  `,
  styles: `
    .answers {
      display: flex;
      flex-direction: column;
      gap: 12px;
      margin: 0;
    }
    .answer {
      padding-inline-start: 10px;
      border-inline-start: 3px solid transparent;
    }
    .answer.changed {
      border-inline-start-color: var(--mat-sys-tertiary);
    }
    dt {
      margin-block-end: 2px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-large);
    }
    dd {
      margin: 0;
    }
    .changed-mark {
      margin-inline-start: 6px;
      color: var(--mat-sys-tertiary);
      font: var(--mat-sys-label-small);
      text-transform: uppercase;
    }
  `,
})
export class EntryAnswers {
  readonly values = input.required<EntryValues>();
  readonly highlight = input<readonly EntryField[]>([]);
  readonly fileUrl = input<((fileId: string) => string) | null>(null);

  protected readonly fields = computed(() =>
    this.values().participation === 'not_participating' ? ['participation' as const] : ALL_FIELDS,
  );
}

/** An entry's answers, flat, as `EntryAnswers` shows them. */
export function valuesOf(entry: {
  participation: EntryValues['participation'];
  status: EntryValues['status'];
  narrative: EntryValues['narrative'];
  obstacles: EntryValues['obstacles'];
  supportNeeded: EntryValues['supportNeeded'];
  indicators: EntryValues['indicators'];
  evidence: { links: EntryValues['links']; files: EntryValues['files'] };
}): EntryValues {
  return {
    participation: entry.participation,
    status: entry.status,
    narrative: entry.narrative,
    obstacles: entry.obstacles,
    supportNeeded: entry.supportNeeded,
    links: entry.evidence.links,
    files: entry.evidence.files,
    indicators: entry.indicators,
  };
}
