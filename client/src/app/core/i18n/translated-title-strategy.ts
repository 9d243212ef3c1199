import { DestroyRef, Injectable, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { BehaviorSubject, map, switchMap } from 'rxjs';

/** Between the page title and the product name in the browser tab. */
export const TITLE_SEPARATOR = ' · ';

/**
 * Route `title`s are translation keys ("home.title"). The tab reads
 * "Overview · Prague Process Monitor" and follows every language switch.
 */
@Injectable({ providedIn: 'root' })
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private readonly pageKey = new BehaviorSubject<string | undefined>(undefined);

  constructor() {
    super();
    const subscription = this.pageKey
      .pipe(
        switchMap((key) => this.transloco.selectTranslation().pipe(map(() => this.compose(key)))),
      )
      .subscribe((text) => this.title.setTitle(text));
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageKey.next(this.buildTitle(snapshot));
  }

  private compose(pageKey: string | undefined): string {
    const product = this.transloco.translate('app.name');
    return pageKey ? this.transloco.translate(pageKey) + TITLE_SEPARATOR + product : product;
  }
}
