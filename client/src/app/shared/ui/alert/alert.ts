import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';

import type { IconName } from '../../../core/icons/icon-names';

export type AlertKind = 'error' | 'warning' | 'info' | 'success';

const ICONS: Readonly<Record<AlertKind, IconName>> = {
  error: 'error',
  warning: 'warning',
  info: 'info',
  success: 'check_circle',
};

/**
 * A message inside a page or form, with an icon and colour for its kind. Errors and
 * warnings are announced at once (`role="alert"`), the others politely (`role="status"`).
 */
@Component({
  selector: 'app-alert',
  imports: [MatIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '[class]': '"alert alert-" + kind()',
    '[attr.role]': 'role()',
  },
  template: `
    <mat-icon [svgIcon]="icon()" class="alert-icon" aria-hidden="true" />
    <div class="alert-text"><ng-content /></div>
  `,
  styles: `
    :host {
      display: flex;
      align-items: flex-start;
      gap: 12px;
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-medium);
      font: var(--mat-sys-body-medium);
    }
    .alert-icon {
      flex: none;
    }
    .alert-text {
      min-width: 0;
      padding-block-start: 2px;
      overflow-wrap: anywhere;
    }
    :host(.alert-error) {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    :host(.alert-warning) {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    :host(.alert-info) {
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
    }
    :host(.alert-success) {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
  `,
})
export class Alert {
  readonly kind = input<AlertKind>('info');
  protected readonly icon = computed(() => ICONS[this.kind()]);
  protected readonly role = computed(() =>
    this.kind() === 'error' || this.kind() === 'warning' ? 'alert' : 'status',
  );
}
