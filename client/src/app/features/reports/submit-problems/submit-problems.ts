import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';

import { Alert } from '../../../shared/ui/alert/alert';
import type { SubmissionProblem } from '../data-access';

/**
 * Why the report could not be submitted: per action, what is missing, each a link to its
 * card.
 */
@Component({
  selector: 'app-submit-problems',
  imports: [Alert, MatButton, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-alert kind="error">
      <h2 class="heading">{{ 'reports.problems.heading' | transloco }}</h2>
      <p class="intro">
        {{ 'reports.problems.intro' | transloco: { count: problems().length } }}
      </p>
      <ul class="items">
        @for (problem of problems(); track problem.actionCode) {
          <li>
            <a
              class="jump"
              [href]="'#entry-' + problem.actionCode"
              (click)="go($event, problem.actionCode)"
              >{{ problem.actionCode }} {{ titles()[problem.actionCode] }}</a
            >:
            @for (item of problem.missing; track item) {
              {{ 'reports.entry.missingItem.' + item | transloco }}{{ $last ? '' : ',' }}
            }
          </li>
        }
      </ul>
      <button mat-button type="button" class="dismiss" (click)="dismissed.emit()">
        {{ 'reports.problems.dismiss' | transloco }}
      </button>
    </app-alert>
  `,
  styles: `
    .heading {
      margin: 0 0 4px;
      font: var(--mat-sys-title-medium);
    }
    .intro {
      margin: 0 0 8px;
    }
    .items {
      margin: 0 0 8px;
      padding-inline-start: 20px;
      max-height: 240px;
      overflow: auto;
    }
    .jump {
      color: inherit;
      font-weight: 500;
    }
  `,
})
export class SubmitProblems {
  readonly problems = input.required<readonly SubmissionProblem[]>();
  readonly titles = input.required<Readonly<Record<string, string>>>();
  readonly jump = output<string>();
  readonly dismissed = output();

  protected go(event: Event, actionCode: string): void {
    event.preventDefault();
    this.jump.emit(actionCode);
  }
}
