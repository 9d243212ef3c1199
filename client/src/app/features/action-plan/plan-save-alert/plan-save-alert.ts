import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';

import { Alert } from '../../../shared/ui/alert/alert';

/**
 * Above the fields of a plan dialog: that someone else changed the plan meanwhile, with a
 * reload, or else that saving failed for a reason no field shows. Nothing when neither.
 */
@Component({
  selector: 'app-plan-save-alert',
  imports: [Alert, MatButton, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (stale()) {
      <app-alert kind="warning" class="stale">
        <span>{{ 'actionPlan.stale.message' | transloco }}</span>
        <button mat-button type="button" class="reload" (click)="reloadClicked.emit()">
          {{ 'actionPlan.stale.reload' | transloco }}
        </button>
      </app-alert>
    } @else if (failed()) {
      <app-alert kind="error">{{ 'actionPlan.saveFailed' | transloco }}</app-alert>
    }
  `,
  styles: `
    :host {
      display: contents;
    }
    app-alert {
      margin-block-end: 12px;
    }
    .reload {
      display: block;
      margin-block-start: 8px;
    }
  `,
})
export class PlanSaveAlert {
  /** Someone else saved the plan since the dialog opened: saving here would be refused. */
  readonly stale = input.required<boolean>();
  readonly failed = input.required<boolean>();
  readonly reloadClicked = output();
}
