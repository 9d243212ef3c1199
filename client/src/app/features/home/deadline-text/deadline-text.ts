import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** "Days left: 5", "Due today" or "Days overdue: 2", for a whole-day count to a deadline. */
@Component({
  selector: 'app-deadline-text',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (daysLeft() > 0) {
      <span>{{ 'home.deadline.daysLeft' | transloco: { count: daysLeft() } }}</span>
    } @else if (daysLeft() === 0) {
      <span class="urgent">{{ 'home.deadline.dueToday' | transloco }}</span>
    } @else {
      <span class="urgent">{{ 'home.deadline.overdue' | transloco: { count: -daysLeft() } }}</span>
    }
  `,
  styles: `
    .urgent {
      color: var(--mat-sys-error);
      font-weight: 500;
    }
  `,
})
export class DeadlineText {
  readonly daysLeft = input.required<number>();
}
