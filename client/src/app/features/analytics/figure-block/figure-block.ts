import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslocoDirective } from '@jsverse/transloco';

import type { ApiError } from '../../../core/http';
import { Alert } from '../../../shared/ui/alert/alert';
import { Skeleton } from '../../../shared/ui/skeleton/skeleton';
import type { LoadStatus } from '../data-access';

/**
 * Shows its content once the figures it needs have loaded; until then skeletons in their
 * shape, and on failure what went wrong with a retry.
 */
@Component({
  selector: 'app-figure-block',
  imports: [Alert, MatButton, Skeleton, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @switch (status()) {
      @case ('loaded') {
        <ng-content />
      }
      @case ('failed') {
        <app-alert kind="error" *transloco="let t; prefix: 'analytics'">
          <div class="alert-row">
            <span>{{ t(messageKey()) }}</span>
            @if (error()?.status !== 403 && error()?.status !== 404) {
              <button mat-flat-button type="button" (click)="retry.emit()">{{ t('retry') }}</button>
            }
          </div>
        </app-alert>
      }
      @default {
        <app-skeleton [count]="blocks()" [height]="height()" />
      }
    }
  `,
  styles: `
    .alert-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px 16px;
    }
  `,
})
export class FigureBlock {
  readonly status = input.required<LoadStatus>();
  readonly error = input<ApiError | null>(null);
  readonly blocks = input(1);
  readonly height = input(240);
  readonly retry = output();

  protected messageKey(): string {
    const status = this.error()?.status;
    return status === 403
      ? 'errors.forbidden'
      : status === 404
        ? 'errors.notFound'
        : 'errors.loadFailed';
  }
}
