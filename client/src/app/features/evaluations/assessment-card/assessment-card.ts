import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { TranslocoPipe } from '@jsverse/transloco';

import { BilingualField } from '../bilingual-field/bilingual-field';
import type { BilingualText, RatingCode } from '../data-access';

/** The assessment of one criterion: a rating on the four-level scale and its reasons. */
@Component({
  selector: 'app-assessment-card',
  imports: [BilingualField, MatRadioButton, MatRadioGroup, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <article class="card" [attr.aria-labelledby]="id()">
      <h3 class="criterion" [id]="id()">{{ label() }}</h3>
      <mat-radio-group
        class="rating"
        [value]="rating()"
        [disabled]="readonly()"
        [attr.aria-label]="'evaluations.assessment.ratingOf' | transloco: { criterion: label() }"
        (change)="ratingChanged.emit($event.value)"
      >
        @for (level of levels(); track level.code) {
          <mat-radio-button [value]="level.code">{{ level.label }}</mat-radio-button>
        }
      </mat-radio-group>
      <app-bilingual-field
        [label]="'evaluations.assessment.text' | transloco: { criterion: label() }"
        [text]="text()"
        [readonly]="readonly()"
        [hideLegend]="true"
        (changed)="textChanged.emit($event)"
      />
    </article>
  `,
  styles: `
    .card {
      display: flex;
      flex-direction: column;
      gap: 8px;
      padding: 16px 20px 20px;
      border-radius: var(--mat-sys-corner-large);
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .criterion {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .rating {
      display: flex;
      flex-wrap: wrap;
      gap: 0 12px;
    }
  `,
})
export class AssessmentCard {
  readonly code = input.required<string>();
  readonly label = input.required<string>();
  readonly rating = input.required<RatingCode | null>();
  readonly text = input.required<BilingualText>();
  /** The four levels, best first, named in the reader's language. */
  readonly levels = input.required<readonly { code: RatingCode; label: string }[]>();
  readonly readonly = input(false);
  readonly ratingChanged = output<RatingCode>();
  readonly textChanged = output<BilingualText>();

  protected readonly id = (): string => `criterion-${this.code()}`;
}
