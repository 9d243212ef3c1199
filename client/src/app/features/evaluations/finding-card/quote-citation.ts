import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import type { QuoteView } from '../data-access';

/** A quotation from a state's narrative and where it comes from: state, cycle, action, version. */
@Component({
  selector: 'app-quote-citation',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (quote().gone) {
      <p class="gone">{{ 'evaluations.quoteGone' | transloco }}</p>
    } @else {
      <blockquote class="quote" [attr.lang]="quote().lang">{{ quote().text }}</blockquote>
    }
    <p class="citation">
      {{
        (quote().gone ? 'evaluations.citation' : 'evaluations.citationWithVersion')
          | transloco
            : {
                state: quote().stateName,
                cycle: quote().cycleName,
                action: quote().actionCode,
                version: quote().reportVersion,
              }
      }}
      · {{ 'evaluations.quoteKind.' + quote().kind | transloco }}
    </p>
  `,
  styles: `
    :host {
      display: block;
    }
    .quote {
      margin: 0;
      padding-inline-start: 12px;
      border-inline-start: 3px solid var(--mat-sys-outline);
      white-space: pre-line;
    }
    .gone {
      margin: 0;
      font-style: italic;
      color: var(--mat-sys-on-surface-variant);
    }
    .citation {
      margin: 4px 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class QuoteCitation {
  readonly quote = input.required<QuoteView>();
}
