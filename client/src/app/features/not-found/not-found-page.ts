import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import { MessagePage } from '../../shared/ui/message-page/message-page';

/** Shown for any address the app does not know, with a way back to the overview. */
@Component({
  selector: 'app-not-found-page',
  imports: [MessagePage, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-message-page
      icon="explore_off"
      [heading]="'notFound.heading' | transloco"
      [message]="'notFound.message' | transloco: { path: path }"
      [homeLink]="'notFound.homeLink' | transloco"
    />
  `,
})
export default class NotFoundPage {
  /** The address that led nowhere, as the user typed or followed it. */
  protected readonly path = inject(Router).url;
}
