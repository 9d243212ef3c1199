import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';

import { selectLocale } from '../../../core/i18n';
import { selectUser } from '../../../core/session';
import { Alert } from '../../../shared/ui/alert/alert';
import { LocalDatePipe } from '../../../shared/ui/local-date.pipe';
import {
  MyReportPageActions,
  inLocale,
  selectMyReportStatus,
  selectOpenCycles,
  selectPastCycles,
} from '../data-access';

/**
 * `/my-report` (focal points and contributors): goes to the open cycle's report of the
 * person's state; lists the cycles when several are open, or none.
 */
@Component({
  selector: 'app-my-report-page',
  imports: [
    Alert,
    LocalDatePipe,
    MatButton,
    MatIcon,
    MatProgressSpinner,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="page-title">{{ 'reports.myReport.title' | transloco }}</h1>
    @switch (status()) {
      @case ('failed') {
        <app-alert kind="error">
          <div class="alert-row">
            <span>{{ 'reports.myReport.loadFailed' | transloco }}</span>
            <button mat-flat-button type="button" (click)="retry()">
              {{ 'reports.page.retry' | transloco }}
            </button>
          </div>
        </app-alert>
      }
      @case ('loaded') {
        @let stateCode = user()?.stateCode;
        @if (!stateCode) {
          <app-alert kind="info">{{ 'reports.myReport.noState' | transloco }}</app-alert>
        } @else {
          @if (open().length === 0) {
            <app-alert kind="info" class="none-open">{{
              'reports.myReport.noOpenCycle' | transloco
            }}</app-alert>
          } @else {
            <p>{{ 'reports.myReport.chooseCycle' | transloco }}</p>
            <ul class="cycles">
              @for (cycle of open(); track cycle.id) {
                <li>
                  <a mat-stroked-button [routerLink]="['/reports', cycle.id, stateCode]">
                    <mat-icon svgIcon="edit_document" />
                    <span class="cycle-name">{{ name(cycle.name) }}</span>
                  </a>
                  <span class="meta">{{
                    'reports.page.deadline'
                      | transloco: { date: (cycle.deadline | localDate: locale()) }
                  }}</span>
                </li>
              }
            </ul>
          }
          @if (past().length) {
            <h2 class="past-title">{{ 'reports.myReport.pastCycles' | transloco }}</h2>
            <ul class="cycles">
              @for (cycle of past(); track cycle.id) {
                <li>
                  <a [routerLink]="['/reports', cycle.id, stateCode]">{{ name(cycle.name) }}</a>
                </li>
              }
            </ul>
          }
        }
      }
      @default {
        <p class="loading" role="status">
          <mat-progress-spinner mode="indeterminate" diameter="24" aria-hidden="true" />
          {{ 'reports.myReport.loading' | transloco }}
        </p>
      }
    }
  `,
  styles: `
    @use '../../../../styles/page';

    @include page.host;
    @include page.title($margin: 0, $shrinks: false);
    @include page.alert-row;
    @include page.loading;

    .past-title {
      margin: 8px 0 0;
      font: var(--mat-sys-title-medium);
    }
    .cycles {
      display: flex;
      flex-direction: column;
      gap: 8px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .cycles li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class MyReportPage {
  private readonly store = inject(Store);
  protected readonly status = this.store.selectSignal(selectMyReportStatus);
  protected readonly open = this.store.selectSignal(selectOpenCycles);
  protected readonly past = this.store.selectSignal(selectPastCycles);
  protected readonly user = this.store.selectSignal(selectUser);
  protected readonly locale = this.store.selectSignal(selectLocale);

  constructor() {
    this.store.dispatch(MyReportPageActions.opened());
  }

  protected retry(): void {
    this.store.dispatch(MyReportPageActions.retryClicked());
  }

  protected name(text: { en: string; ru: string }): string {
    return inLocale(text, this.locale());
  }
}
