import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Locale } from '@ppm/shared';

import { Alert } from '../../../shared/ui/alert/alert';
import { LocalDatePipe } from '../../../shared/ui/local-date.pipe';
import type { ApprovedData, EvaluationItem, Part } from '../data-access';

/**
 * An evaluator's "what now": their evaluations, and the latest approved data to work from.
 * When the evaluations cannot be listed (the service is not there, or failed), the approved
 * data still shows, with its link.
 */
@Component({
  selector: 'app-evaluator-desk',
  imports: [Alert, LocalDatePipe, MatButton, RouterLink, TranslocoPipe],
  templateUrl: './evaluator-desk.html',
  styleUrl: '../home-card.scss',
  styles: ':host { display: grid; gap: 16px; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EvaluatorDesk {
  readonly evaluations = input.required<Part<readonly EvaluationItem[]>>();
  readonly approved = input.required<Part<ApprovedData | null>>();
  readonly locale = input.required<Locale>();
  readonly retry = output();
}
