import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { MatSidenav, MatSidenavContainer, MatSidenavContent } from '@angular/material/sidenav';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import type { NavItem } from '../nav-items';

/**
 * The side navigation and, projected beside (or under) it, the page. Wide screens keep the
 * navigation open beside the content; narrow ones slide it over the content and close it
 * after a link is followed. Without items (signed out, or a one-time password to replace)
 * there is no navigation, only the page.
 *
 * The shell `@defer`s it, which keeps Material's sidenav (with the CDK's focus trap and
 * scrolling) out of the initial bundle (ADR 0007).
 */
@Component({
  selector: 'app-nav-layout',
  imports: [
    MatIcon,
    MatSidenav,
    MatSidenavContainer,
    MatSidenavContent,
    RouterLink,
    RouterLinkActive,
    TranslocoPipe,
  ],
  templateUrl: './nav-layout.html',
  styleUrl: './nav-layout.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NavLayout {
  /** The entries the person may use; none, no navigation. */
  readonly items = input.required<readonly NavItem[]>();
  /** Narrow screen: the navigation slides over the content instead of sitting beside it. */
  readonly narrow = input(false);
  /**
   * Whether the navigation is open. The toolbar's menu button toggles it; the drawer itself
   * only ever closes (backdrop, Escape), so only that is taken back from it: its
   * `openedChange` comes a tick late and could reopen a drawer just closed by a link.
   */
  readonly opened = model(false);

  protected readonly mode = computed(() => (this.narrow() ? 'over' : 'side'));

  protected navigated(): void {
    if (this.narrow()) {
      this.opened.set(false);
    }
  }
}
