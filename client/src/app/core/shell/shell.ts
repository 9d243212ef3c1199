import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  computed,
  inject,
  linkedSignal,
  signal,
  viewChild,
} from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { RouterLink, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import type { Locale } from '@ppm/shared';

import { LOCALE_STORAGE, LanguageSwitcherActions, selectLocale } from '../i18n';
import { ShellActions } from '../session/session.actions';
import { selectUser } from '../session/session.feature';
import { IconSet } from '../icons/provide-icon-set';
import { mediaMatches } from '../../shared/ui/media-query';
import { NotificationsBell } from '../../features/notifications/notifications-bell/notifications-bell';
import { AccountLanguageOffer } from './account-language-offer/account-language-offer';
import { LanguageSwitch } from './language-switch/language-switch';
import { NavLayout } from './nav-layout/nav-layout';
import { PageFocus } from './page-focus';
import { navItemsFor } from './nav-items';
import { UserMenu } from './user-menu/user-menu';

/** Where this browser remembers that a person was asked about their account's language. */
export const LANGUAGE_OFFERED_KEY = 'ppm.accountLanguageOffered.';

/** Below this width the navigation slides over the content instead of sitting beside it. */
export const NARROW_SCREEN = '(max-width: 839.98px)';

/**
 * The frame around every page: toolbar, side navigation, language switch, main area. Signed
 * out, it shows only the brand and the language switch around the page (sign-in, links);
 * signed in, it adds the navigation the person's role may use and their user menu.
 *
 * The first render draws the toolbar with the brand; its Material controls (menu button,
 * language switch, bell, user menu) and the navigation with the page area are `@defer`red to
 * load right after it, beside the page's own lazy route (ADR 0007).
 */
@Component({
  selector: 'app-shell',
  imports: [
    RouterOutlet,
    RouterLink,
    MatIcon,
    MatIconButton,
    TranslocoPipe,
    AccountLanguageOffer,
    LanguageSwitch,
    NavLayout,
    NotificationsBell,
    UserMenu,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly store = inject(Store);
  private readonly storage = inject(LOCALE_STORAGE);
  /** The page area; it arrives with the deferred navigation, right after the first render. */
  private readonly main = viewChild<ElementRef<HTMLElement>>('main');

  protected readonly user = this.store.selectSignal(selectUser);
  /** The navigation, once the person may use it (not while a one-time password must go). */
  protected readonly showNav = computed(() => {
    const user = this.user();
    return user !== null && !user.mustChangePassword;
  });
  protected readonly navItems = computed(() => {
    const user = this.user();
    return user && this.showNav() ? navItemsFor(user.role) : [];
  });
  protected readonly locale = this.store.selectSignal(selectLocale);
  protected readonly iconsReady = inject(IconSet).ready;
  protected readonly narrow = mediaMatches(NARROW_SCREEN);
  /** Open beside the content on wide screens, closed (sliding over) on narrow ones. */
  protected readonly navOpen = linkedSignal(() => !this.narrow());

  constructor() {
    inject(PageFocus).follow(() => this.main()?.nativeElement);
  }

  /** The screen's new language, offered once for the account's emails too. */
  protected readonly languageOffer = signal<Locale | null>(null);

  /** The header's switch changes the screen only; the account's language is the profile's. */
  protected selectLanguage(locale: Locale): void {
    this.store.dispatch(LanguageSwitcherActions.languageSelected({ locale }));
    const user = this.user();
    const differs = user !== null && this.showNav() && user.locale !== locale;
    this.languageOffer.set(differs && !this.offeredBefore(user.id) ? locale : null);
  }

  protected acceptLanguageOffer(locale: Locale): void {
    this.store.dispatch(ShellActions.accountLanguageAccepted({ locale }));
    this.closeLanguageOffer();
  }

  protected closeLanguageOffer(): void {
    const user = this.user();
    if (user) {
      try {
        this.storage?.setItem(LANGUAGE_OFFERED_KEY + user.id, '1');
      } catch {
        // Storage refused: the offer may come again on a later visit, which is harmless.
      }
    }
    this.languageOffer.set(null);
  }

  private offeredBefore(userId: string): boolean {
    try {
      return this.storage !== null && this.storage.getItem(LANGUAGE_OFFERED_KEY + userId) !== null;
    } catch {
      return false;
    }
  }

  protected signOut(): void {
    this.store.dispatch(ShellActions.signOutClicked());
  }

  protected toggleNav(): void {
    this.navOpen.update((open) => !open);
  }

  /** Moves focus past the toolbar and navigation without touching the URL. */
  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.main()?.nativeElement.focus();
  }
}
