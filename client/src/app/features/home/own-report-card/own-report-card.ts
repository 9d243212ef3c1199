import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Locale } from '@ppm/shared';

import { Alert } from '../../../shared/ui/alert/alert';
import { LocalDatePipe } from '../../../shared/ui/local-date.pipe';
import type { OwnReportHome, Part } from '../data-access';
import { DeadlineText } from '../deadline-text/deadline-text';

/** A focal point's or contributor's "what now": their state's report in the open cycle. */
@Component({
  selector: 'app-own-report-card',
  imports: [
    Alert,
    DeadlineText,
    LocalDatePipe,
    MatButton,
    MatIcon,
    MatProgressBar,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './own-report-card.html',
  styleUrl: '../home-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OwnReportCard {
  readonly home = input.required<Part<OwnReportHome>>();
  readonly locale = input.required<Locale>();
  readonly retry = output();

  protected readonly task = computed(() => {
    const home = this.home();
    return home.kind === 'ready' && home.value.kind === 'report' ? home.value.task : null;
  });
}
