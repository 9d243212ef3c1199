import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatProgressSpinner } from '@angular/material/progress-spinner';

/**
 * The small spinner a button shows before its label while its request is on its way, in
 * the label's colour: `@if (saving()) { <app-button-spinner /> }`.
 */
@Component({
  selector: 'app-button-spinner',
  imports: [MatProgressSpinner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<mat-progress-spinner mode="indeterminate" diameter="18" aria-hidden="true" />`,
  styles: `
    :host {
      display: contents;
    }
    mat-progress-spinner {
      display: inline-block;
      margin-inline-end: 8px;
      vertical-align: middle;
      --mat-progress-spinner-active-indicator-color: currentColor;
    }
  `,
})
export class ButtonSpinner {}
