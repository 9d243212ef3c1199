import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Locale } from '@ppm/shared';

import type { RegionView } from '../data-access';

/** The regions with their names in both languages and how many states they hold. */
@Component({
  selector: 'app-regions-panel',
  imports: [MatButton, MatIcon, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="panel-header">
      <div>
        <h2 id="regions-heading" class="heading">{{ 'states.regions.heading' | transloco }}</h2>
        <p class="intro">{{ 'states.regions.intro' | transloco }}</p>
      </div>
      @if (editable()) {
        <button mat-stroked-button type="button" class="add-region" (click)="addClicked.emit()">
          <mat-icon svgIcon="add" />
          {{ 'states.regions.add' | transloco }}
        </button>
      }
    </div>
    @if (regions().length === 0) {
      <p class="empty">{{ 'states.regions.empty' | transloco }}</p>
    } @else {
      <ul class="regions">
        @for (region of regions(); track region.code) {
          <li class="region">
            <span class="code">{{ region.code }}</span>
            <div class="names">
              <span class="name">{{ region.name }}</span>
              <span class="other" [attr.lang]="otherLocale()">{{ region.otherName }}</span>
              <span class="count">
                {{
                  'states.regions.states'
                    | transloco: { count: region.stateCount, active: region.activeCount }
                }}
              </span>
            </div>
            @if (editable()) {
              <button
                mat-button
                type="button"
                class="rename"
                [attr.aria-label]="'states.regions.renameLabel' | transloco: { name: region.name }"
                (click)="renameClicked.emit(region)"
              >
                <mat-icon svgIcon="edit" />
                {{ 'states.regions.rename' | transloco }}
              </button>
            }
          </li>
        }
      </ul>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 12px;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface-container-low);
    }
    .panel-header {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      justify-content: space-between;
      gap: 8px 16px;
    }
    .heading {
      margin: 0 0 4px;
      font: var(--mat-sys-title-large);
    }
    .intro,
    .empty {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .regions {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 320px), 1fr));
      column-gap: 24px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .region {
      display: grid;
      grid-template-columns: 3.5em minmax(0, 1fr) auto;
      align-items: start;
      gap: 4px 12px;
      padding-block: 10px;
    }
    .region {
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .code {
      padding-block-start: 2px;
      color: var(--mat-sys-primary);
      font: var(--mat-sys-title-small);
    }
    .names {
      display: flex;
      flex-direction: column;
      gap: 2px;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .name {
      font: var(--mat-sys-body-large);
    }
    .other,
    .count {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class RegionsPanel {
  readonly regions = input.required<readonly RegionView[]>();
  readonly otherLocale = input.required<Locale>();
  readonly editable = input(false);
  readonly addClicked = output();
  readonly renameClicked = output<RegionView>();
}
