import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';

import type { IconName } from '../../../core/icons/icon-names';

/**
 * One key figure: a label, the value, a line under it, and its change against a previous
 * figure shown with an arrow and a sign (so colour is never the only cue).
 */
@Component({
  selector: 'app-kpi-card',
  imports: [MatIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="kpi-label">{{ label() }}</p>
    <p class="kpi-value" [class.kpi-hidden]="value() === null">{{ value() ?? hiddenText() }}</p>
    @if (detail()) {
      <p class="kpi-detail">{{ detail() }}</p>
    }
    @if (change() !== null) {
      <p class="kpi-change">
        <mat-icon [svgIcon]="changeIcon()" aria-hidden="true" />
        <span>{{ signedChange() }}{{ changeUnit() }} {{ changeText() }}</span>
      </p>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 4px;
      padding: 16px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container);
      break-inside: avoid;
    }
    p {
      margin: 0;
    }
    .kpi-label {
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .kpi-value {
      font: var(--mat-sys-display-small);
      color: var(--mat-sys-on-surface);
    }
    .kpi-hidden {
      font: var(--mat-sys-body-large);
    }
    .kpi-detail,
    .kpi-change {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .kpi-change {
      display: flex;
      align-items: center;
      gap: 4px;
    }
    mat-icon {
      width: 18px;
      height: 18px;
      flex: none;
    }
  `,
})
export class KpiCard {
  readonly label = input.required<string>();
  /** The figure as shown ("72%", "12"); `null` when it is withheld. */
  readonly value = input.required<string | null>();
  /** What a withheld value says instead. */
  readonly hiddenText = input('–');
  readonly detail = input('');
  /** Difference to the previous figure; `null` when there is nothing to compare with. */
  readonly change = input<number | null>(null);
  readonly changeUnit = input('');
  /** E.g. "since the previous cycle". */
  readonly changeText = input('');

  protected readonly signedChange = computed(() => {
    const change = this.change() ?? 0;
    return change > 0 ? `+${change}` : change < 0 ? `−${Math.abs(change)}` : '±0';
  });
  protected readonly changeIcon = computed<IconName>(() => {
    const change = this.change() ?? 0;
    return change > 0 ? 'trending_up' : change < 0 ? 'trending_down' : 'trending_flat';
  });
}
