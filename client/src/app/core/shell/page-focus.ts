import { DestroyRef, DOCUMENT, Injectable, Injector, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { NavigationEnd, Router } from '@angular/router';
import { filter, map, pairwise, startWith } from 'rxjs';

/** How long a page may take to draw its heading (lazy code, first data) before we give up. */
export const HEADING_WAIT_MS = 3000;

/** The path of a URL without query and fragment: filters and sorting are not a new page. */
const pathOf = (url: string): string => url.split(/[?#]/)[0] ?? url;

/**
 * After each navigation to another page, focus moves to that page's main heading and the page
 * title is announced, as a page load does for a screen reader; without it focus stays on the
 * link just used (or on `<body>` after signing in). The first page of a visit is left alone:
 * the browser starts at the top by itself.
 */
@Injectable({ providedIn: 'root' })
export class PageFocus {
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly title = inject(Title);
  private readonly destroyRef = inject(DestroyRef);

  /** Starts following navigations; `main` is the page area the heading is looked for in. */
  follow(main: () => HTMLElement | undefined): void {
    const subscription = this.router.events
      .pipe(
        filter((event): event is NavigationEnd => event instanceof NavigationEnd),
        map((event) => pathOf(event.urlAfterRedirects)),
        startWith(null),
        pairwise(),
        filter(([before, after]) => before !== null && before !== after),
      )
      .subscribe(() => this.focusHeading(main));
    this.destroyRef.onDestroy(() => subscription.unsubscribe());
  }

  private focusHeading(main: () => HTMLElement | undefined): void {
    const started = Date.now();
    const view = this.document.defaultView;
    const attempt = (): void => {
      const heading = main()?.querySelector<HTMLElement>('h1');
      if (heading) {
        if (!heading.hasAttribute('tabindex')) {
          heading.setAttribute('tabindex', '-1');
        }
        heading.focus();
        void this.announce(this.title.getTitle());
      } else if (Date.now() - started < HEADING_WAIT_MS) {
        view?.setTimeout(attempt, 50);
      }
    };
    view?.setTimeout(attempt, 0);
  }

  /**
   * The CDK's a11y entry point is ~30 kB and nothing else in the first render needs it; the
   * first announcement comes after a second navigation, so it loads then (ADR 7).
   */
  private async announce(message: string): Promise<void> {
    const { LiveAnnouncer } = await import('@angular/cdk/a11y');
    await this.injector.get(LiveAnnouncer).announce(message, 'polite');
  }
}
