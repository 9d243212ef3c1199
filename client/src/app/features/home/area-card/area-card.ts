import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import {
  MatCard,
  MatCardAvatar,
  MatCardContent,
  MatCardHeader,
  MatCardSubtitle,
  MatCardTitle,
} from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

import type { AreaSummary } from '../data-access';

/** A cooperation area at a glance: code, title and how many actions it holds. */
@Component({
  selector: 'app-area-card',
  imports: [
    MatCard,
    MatCardHeader,
    MatCardAvatar,
    MatCardTitle,
    MatCardSubtitle,
    MatCardContent,
    MatIcon,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" class="card">
      <mat-card-header>
        <span mat-card-avatar class="code" aria-hidden="true">{{ area().code }}</span>
        <h4 mat-card-title class="title">{{ area().title }}</h4>
        <p mat-card-subtitle class="subtitle">
          {{ 'home.areaCode' | transloco: { code: area().code } }} · {{ area().shortTitle }}
        </p>
      </mat-card-header>
      <mat-card-content class="body">
        <p class="count">
          <mat-icon svgIcon="checklist" />
          {{ 'home.areaActions' | transloco: { count: area().actionCount } }}
        </p>
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    :host {
      display: block;
      height: 100%;
    }
    .card {
      height: 100%;
    }
    .code {
      display: grid;
      place-items: center;
      flex: none;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
      font: var(--mat-sys-title-medium);
    }
    .title {
      margin: 0 0 4px;
      font: var(--mat-sys-title-medium);
      hyphens: auto;
      overflow-wrap: anywhere;
    }
    .subtitle {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .body {
      margin-top: auto;
    }
    .count {
      display: flex;
      align-items: center;
      gap: 8px;
      margin: 16px 0 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-large);
    }
  `,
})
export class AreaCard {
  readonly area = input.required<AreaSummary>();
}
