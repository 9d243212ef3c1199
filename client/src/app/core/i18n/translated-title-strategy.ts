import { DestroyRef, Injectable, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { BehaviorSubject, type Observable, combineLatest, map, switchMap } from 'rxjs';

import { scopeOfKey } from './translation-scopes';

/** Between the page title and the product name in the browser tab. */
export const TITLE_SEPARATOR = ' · ';

/**
 * Route `title`s are translation keys ("home.title", or scoped ones such as
 * "people.title"). The tab reads "Overview · Prague Process Monitor" and follows every
 * language switch; a scoped key waits until its feature's texts have loaded.
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
        switchMap((key) =>
          this.transloco.langChanges$.pipe(
            switchMap((lang) => this.loaded(lang, key)),
            map(() => this.compose(key)),
          ),
        ),
      )
      .subscribe((text) => this.title.setTitle(text));
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageKey.next(this.buildTitle(snapshot));
  }

  /** Emits once the language, and the scope the key belongs to, have been loaded. */
  private loaded(lang: string, key: string | undefined): Observable<unknown> {
    const scope = key ? scopeOfKey(key) : undefined;
    const root = this.transloco.load(lang);
    return scope ? combineLatest([root, this.transloco.load(`${scope}/${lang}`)]) : root;
  }

  private compose(pageKey: string | undefined): string {
    const product = this.transloco.translate('app.name');
    return pageKey ? this.transloco.translate(pageKey) + TITLE_SEPARATOR + product : product;
  }
}
