import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CycleStatus } from '@ppm/shared';

import type { ReviewStatus } from '../data-access';

/** A cycle's status (planned, open, closed) or a report's, as a small coloured label. */
@Component({
  selector: 'app-status-chip',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class]': '"status-chip " + kind() + "-" + status()' },
  template: `{{ key() | transloco }}`,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      padding: 2px 10px;
      border-radius: var(--mat-sys-corner-full);
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
    }
    :host(.report-submitted) {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    :host(.cycle-planned),
    :host(.report-draft) {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    /* Material 3 has no "success" role: a green of the same tone as its containers. */
    :host(.cycle-open),
    :host(.report-approved) {
      background: #c4eed0;
      color: #00391a;
    }
    :host(.report-returned) {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    :host(.report-not_started) {
      background: transparent;
      box-shadow: inset 0 0 0 1px var(--mat-sys-outline-variant);
    }
  `,
})
export class StatusChip {
  readonly kind = input.required<'cycle' | 'report'>();
  readonly status = input.required<CycleStatus | ReviewStatus>();

  protected readonly key = computed(() => `cycles.${this.kind()}Status.${this.status()}`);
}
