import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';

import { selectRole } from '../../../core/session';
import { MessagePage } from '../../../shared/ui/message-page/message-page';

/** Where a link leads that the person's role may not use: says so kindly, and offers home. */
@Component({
  selector: 'app-not-allowed-page',
  imports: [MessagePage, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-message-page
      icon="block"
      [heading]="'auth.notAllowed.heading' | transloco"
      [message]="
        role()
          ? ('auth.notAllowed.message' | transloco: { role: 'roles.' + role() | transloco })
          : null
      "
      [homeLink]="'auth.notAllowed.homeLink' | transloco"
    />
  `,
})
export default class NotAllowedPage {
  protected readonly role = inject(Store).selectSignal(selectRole);
}
