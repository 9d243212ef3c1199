import { ChangeDetectionStrategy, Component, ViewEncapsulation } from '@angular/core';

/**
 * The printed overview (and so its PDF, via the browser's "Save as PDF"): only the page's
 * content, without the app's header, navigation and controls. Unscoped on purpose (it must
 * reach the shell), and present only while a page that includes it is shown.
 */
@Component({
  selector: 'app-print-styles',
  template: '',
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    @media print {
      @page {
        size: A4 landscape;
        margin: 12mm;
      }
      app-shell .app-header,
      app-shell .skip-link,
      app-shell mat-sidenav,
      mat-snack-bar-container {
        display: none !important;
      }
      app-shell .mat-drawer-content,
      app-shell .mat-sidenav-content {
        margin: 0 !important;
      }
      html,
      body {
        height: auto !important;
        background: #fff !important;
      }
      app-shell main.content {
        padding: 0 !important;
        overflow: visible !important;
      }
    }
  `,
})
export class PrintStyles {}
