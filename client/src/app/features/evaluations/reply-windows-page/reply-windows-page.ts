import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';

import { selectLocale } from '../../../core/i18n';
import { Alert } from '../../../shared/ui/alert/alert';
import { LocalDatePipe } from '../../../shared/ui/local-date.pipe';
import {
  RightOfReplyPageActions,
  selectReplyWindows,
  selectReplyWindowsStatus,
} from '../data-access';

/** `/right-of-reply`: the evaluations a focal point may now comment on, for its own state. */
@Component({
  selector: 'app-reply-windows-page',
  imports: [Alert, LocalDatePipe, MatIcon, MatProgressSpinner, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header>
      <h1 class="page-title">{{ 'evaluations.passages.title' | transloco }}</h1>
      <p class="intro">{{ 'evaluations.passages.windowsIntro' | transloco }}</p>
    </header>
    @switch (status()) {
      @case ('failed') {
        <app-alert kind="error">{{ 'evaluations.passages.windowsFailed' | transloco }}</app-alert>
      }
      @case ('loaded') {
        @if (windows().length === 0) {
          <section class="empty">
            <mat-icon svgIcon="forum" class="empty-icon" aria-hidden="true" />
            <h2 class="empty-title">{{ 'evaluations.passages.noneOpen' | transloco }}</h2>
            <p>{{ 'evaluations.passages.noneOpenText' | transloco }}</p>
          </section>
        } @else {
          <ul class="list">
            @for (window of windows(); track window.evaluationId) {
              <li class="item">
                <a [routerLink]="['/right-of-reply', window.evaluationId]">{{
                  window.title[locale()] || window.title.en || window.title.ru
                }}</a>
                <span class="until">{{
                  'evaluations.passages.until'
                    | transloco: { date: (window.closesOn | localDate: locale()) }
                }}</span>
              </li>
            }
          </ul>
        }
      }
      @default {
        <p class="loading" role="status">
          <mat-progress-spinner mode="indeterminate" diameter="24" aria-hidden="true" />
          {{ 'evaluations.loading' | transloco }}
        </p>
      }
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 16px;
      max-width: 900px;
    }
    .page-title {
      margin: 0;
      font: var(--mat-sys-headline-medium);
    }
    .intro {
      margin: 4px 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .list {
      display: flex;
      flex-direction: column;
      gap: 8px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .item {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 4px 16px;
      padding: 16px 20px;
      border-radius: var(--mat-sys-corner-large);
      border: 1px solid var(--mat-sys-outline-variant);
      font: var(--mat-sys-title-medium);
    }
    .until {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .empty {
      padding: 40px 24px;
      border: 1px dashed var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-large);
      text-align: center;
    }
    .empty-icon {
      width: 48px;
      height: 48px;
      color: var(--mat-sys-on-surface-variant);
    }
    .empty-title {
      margin: 8px 0;
      font: var(--mat-sys-title-large);
    }
    .loading {
      display: flex;
      align-items: center;
      gap: 12px;
    }
  `,
})
export class ReplyWindowsPage {
  private readonly store = inject(Store);
  protected readonly windows = this.store.selectSignal(selectReplyWindows);
  protected readonly status = this.store.selectSignal(selectReplyWindowsStatus);
  protected readonly locale = this.store.selectSignal(selectLocale);

  constructor() {
    this.store.dispatch(RightOfReplyPageActions.windowsOpened());
  }
}
