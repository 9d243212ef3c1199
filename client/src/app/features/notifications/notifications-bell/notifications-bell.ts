import { CdkTrapFocus } from '@angular/cdk/a11y';
import {
  CdkConnectedOverlay,
  CdkOverlayOrigin,
  type ConnectedPosition,
} from '@angular/cdk/overlay';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { MatBadge } from '@angular/material/badge';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoPipe, provideTranslocoScope } from '@jsverse/transloco';
import { Store } from '@ngrx/store';

import {
  NotificationsBellActions,
  NotificationsRegistration,
  type NotificationView,
  selectNotificationViews,
  selectNotificationsStatus,
  selectUnreadCount,
} from '../data-access';

/** Beyond this the badge says "99+". */
const MAX_BADGE = 99;

/** Below the bell, its end edge aligned with the bell's; above it when there is no room. */
const POSITIONS: ConnectedPosition[] = [
  { originX: 'end', originY: 'bottom', overlayX: 'end', overlayY: 'top', offsetY: 4 },
  { originX: 'end', originY: 'top', overlayX: 'end', overlayY: 'bottom', offsetY: -4 },
];

/**
 * The bell in the toolbar: the unread count as a badge, and a panel with the newest
 * notifications (text in the active language, how long ago, unread ones marked). Following one
 * marks it read and opens its report; "mark all as read" clears the count. The list is fetched
 * when the bell first appears, when the panel opens, every minute and when the window regains
 * focus (see the `poll` effect).
 * Loaded after the first render (the shell `@defer`s it), with its own translations.
 */
@Component({
  selector: 'app-notifications-bell',
  imports: [
    CdkConnectedOverlay,
    CdkOverlayOrigin,
    CdkTrapFocus,
    MatBadge,
    MatButton,
    MatIcon,
    MatIconButton,
    MatProgressSpinner,
    RouterLink,
    TranslocoDirective,
    TranslocoPipe,
  ],
  providers: [provideTranslocoScope('notifications')],
  templateUrl: './notifications-bell.html',
  styleUrl: './notifications-bell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationsBell {
  private readonly store = inject(Store);
  private readonly button = viewChild.required<unknown, ElementRef<HTMLElement>>('bellButton', {
    read: ElementRef,
  });

  protected readonly views: () => readonly NotificationView[];
  protected readonly unread: () => number;
  protected readonly status: () => string;
  protected readonly open = signal(false);
  protected readonly positions = POSITIONS;
  protected readonly badge = computed(() =>
    this.unread() > MAX_BADGE ? `${MAX_BADGE}+` : String(this.unread()),
  );

  constructor() {
    // First the slice and effects, then anything that reads them.
    inject(NotificationsRegistration).register();
    this.views = this.store.selectSignal(selectNotificationViews);
    this.unread = this.store.selectSignal(selectUnreadCount);
    this.status = this.store.selectSignal(selectNotificationsStatus);
  }

  protected toggle(): void {
    if (this.open()) {
      this.close();
    } else {
      this.open.set(true);
      this.store.dispatch(NotificationsBellActions.panelOpened());
    }
  }

  /** Closes the panel; keyboard users land back on the bell. */
  protected close(returnFocus = false): void {
    this.open.set(false);
    if (returnFocus) {
      this.button().nativeElement.focus();
    }
  }

  protected keydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.close(true);
    }
  }

  /** An outside click on the bell itself is the bell's own toggle, not a close. */
  protected outsideClick(event: MouseEvent): void {
    if (!(event.target instanceof Node && this.button().nativeElement.contains(event.target))) {
      this.close();
    }
  }

  /** The link navigates; an unread notification is marked read on the way. */
  protected opened(notification: NotificationView): void {
    if (notification.unread) {
      this.store.dispatch(
        NotificationsBellActions.notificationOpened({
          id: notification.id,
          at: new Date().toISOString(),
        }),
      );
    }
    this.close();
  }

  protected markAllRead(): void {
    this.store.dispatch(
      NotificationsBellActions.markAllReadClicked({ at: new Date().toISOString() }),
    );
  }
}
