import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';

/**
 * Grey placeholder blocks in the shape of what is loading, announced once as "Loading".
 * Motion stops for people who ask for reduced motion.
 */
@Component({
  selector: 'app-skeleton',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'status', 'aria-busy': 'true' },
  template: `
    <span class="visually-hidden" *transloco="let t">{{ t('charts.loading') }}</span>
    @for (block of blocks(); track $index) {
      <span class="block" [style.height.px]="height()" aria-hidden="true"></span>
    }
  `,
  styles: `
    :host {
      display: grid;
      grid-template-columns: repeat(var(--skeleton-columns, 1), minmax(0, 1fr));
      gap: 12px;
    }
    .block {
      border-radius: var(--mat-sys-corner-medium);
      background: linear-gradient(
        90deg,
        var(--mat-sys-surface-container) 0%,
        var(--mat-sys-surface-container-highest) 50%,
        var(--mat-sys-surface-container) 100%
      );
      background-size: 200% 100%;
      animation: shimmer 1.4s ease-in-out infinite;
    }
    @keyframes shimmer {
      from {
        background-position: 100% 0;
      }
      to {
        background-position: -100% 0;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .block {
        animation: none;
      }
    }
  `,
})
export class Skeleton {
  /** How many blocks. */
  readonly count = input(1);
  /** Height of each block in pixels. */
  readonly height = input(24);
  protected readonly blocks = computed(() => Array.from({ length: this.count() }));
}
