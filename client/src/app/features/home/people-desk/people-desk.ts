import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import { Alert } from '../../../shared/ui/alert/alert';
import type { Part, PeopleSummary } from '../data-access';

/** An admin's "what now": the accounts, and the way to invite or manage people. */
@Component({
  selector: 'app-people-desk',
  imports: [Alert, MatButton, RouterLink, TranslocoPipe],
  templateUrl: './people-desk.html',
  styleUrl: '../home-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeopleDesk {
  readonly people = input.required<Part<PeopleSummary>>();
  readonly retry = output();
}
