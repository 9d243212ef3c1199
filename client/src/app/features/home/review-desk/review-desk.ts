import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Locale } from '@ppm/shared';

import { Alert } from '../../../shared/ui/alert/alert';
import { LocalDatePipe } from '../../../shared/ui/local-date.pipe';
import type { AreaProgress, Part, SecretariatHome, SubmissionFigures } from '../data-access';
import { DeadlineText } from '../deadline-text/deadline-text';

/** How many names a list shows before "and N more" sends the reader to the cycle's page. */
const SHOWN = 6;

/**
 * The Secretariat's "what now": the open cycle's reports waiting for review, the late states
 * to chase, and how far the reporting has come (figures and progress by area).
 */
@Component({
  selector: 'app-review-desk',
  imports: [Alert, DeadlineText, LocalDatePipe, MatButton, MatIcon, RouterLink, TranslocoPipe],
  templateUrl: './review-desk.html',
  styleUrls: ['../home-card.scss', './review-desk.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewDesk {
  readonly home = input.required<Part<SecretariatHome>>();
  readonly figures = input.required<Part<SubmissionFigures>>();
  readonly progress = input.required<Part<readonly AreaProgress[]>>();
  readonly locale = input.required<Locale>();
  readonly retry = output();

  protected readonly shown = SHOWN;
  protected readonly desk = computed(() => {
    const home = this.home();
    return home.kind === 'ready' && home.value.kind === 'desk' ? home.value.desk : null;
  });
}
